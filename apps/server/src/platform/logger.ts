import type { FastifyBaseLogger, FastifyRequest } from 'fastify'
import pino, { type DestinationStream } from 'pino'

export type Logger = FastifyBaseLogger

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Path parameters and query keys of this route whose values are personal data or secrets:
     * the request log shows `[redacted]` for them (besides the keys every route redacts).
     */
    personal?: readonly string[]
  }
}

const CENSOR = '[redacted]'

/**
 * Structured JSON logs. Personal data is redacted by key wherever it appears in a log object.
 */
export const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.phone',
  '*.idNumber',
  '*.token',
  '*.credential',
  '*.factor',
  // a database error names the offending values (e.g. "Key (phone)=(138…) already exists")
  'err.detail',
  'err.parameters',
  'err.where',
]

/**
 * Path parameters and query keys that hold personal data or secrets on every route. Routes add
 * their own with `config.personal`.
 */
export const personalKeys: ReadonlySet<string> = new Set([
  'phone',
  'idNumber',
  'name',
  'factor',
  'token',
  'credential',
  'password',
  'code',
  'q',
])

/**
 * The request as the log shows it: method, the URL with the values of personal path parameters
 * and query keys replaced by `[redacted]` (and any run of six or more digits in a query value), and
 * the caller's address. A URL that matched no route keeps no query value and no long run of digits
 * in its path (a phone or ID number typed into a wrong path).
 */
export function requestForLog(request: FastifyRequest): Record<string, unknown> {
  return { method: request.method, url: redactedUrl(request), remoteAddress: request.ip }
}

export function redactedUrl(request: Pick<FastifyRequest, 'url' | 'params' | 'routeOptions'>): string {
  const raw = request.url
  const q = raw.indexOf('?')
  const rawPath = q === -1 ? raw : raw.slice(0, q)
  const rawQuery = q === -1 ? '' : raw.slice(q + 1)
  const pattern = request.routeOptions?.url
  const routePersonal = request.routeOptions?.config?.personal ?? []
  const isPersonal = (key: string) => personalKeys.has(key) || routePersonal.includes(key)
  let path: string
  let query: string
  if (pattern === undefined || pattern === '*' || pattern === '/*') {
    path = rawPath.replace(/\d{6,}/g, CENSOR)
    query = redactQuery(rawQuery, () => true)
  } else {
    const params = (request.params ?? {}) as Record<string, string | undefined>
    path = pattern.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) =>
      isPersonal(name) ? CENSOR : encodeURIComponent(String(params[name] ?? '')),
    )
    if (pattern.endsWith('*')) path = rawPath.replace(/\d{6,}/g, CENSOR)
    query = redactQuery(rawQuery, isPersonal)
  }
  return query ? `${path}?${query}` : path
}

function redactQuery(query: string, isPersonal: (key: string) => boolean): string {
  if (!query) return ''
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=')
      const rawKey = eq === -1 ? pair : pair.slice(0, eq)
      let key: string
      try {
        key = decodeURIComponent(rawKey.replace(/\+/g, ' '))
      } catch {
        return CENSOR
      }
      if (!/^[A-Za-z0-9_.-]{1,40}$/.test(key)) return CENSOR
      if (eq === -1) return key
      // a phone or ID number typed into any filter: long runs of digits never reach the log
      return isPersonal(key) ? `${key}=${CENSOR}` : pair.replace(/\d{6,}/g, CENSOR)
    })
    .join('&')
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: redactPaths, censor: CENSOR },
    serializers: { req: requestForLog },
  }
  return destination ? pino(options, destination) : pino(options)
}
