import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify'
import { personalKeys } from '../logger'

/**
 * One log line per request, at `info`, written when the answer is sent: method, path (the query
 * string is left out: a public lookup can carry part of an ID number there), route, status, time
 * and the error code of a refused request. Never a body or a header. Fastify's own two lines
 * (incoming, completed) are turned off by `requestLogOptions`.
 */
export const requestLogOptions = { disableRequestLogging: true } satisfies FastifyServerOptions

/**
 * The path as the line shows it: a route with a personal path parameter (the logger's
 * `personalKeys`, or the route's `config.personal`) shows the route instead; a URL that matched
 * no route keeps no run of six or more digits (a phone or ID number typed into a wrong path).
 */
function pathForLog(request: FastifyRequest): string {
  const url = request.url
  const query = url.indexOf('?')
  const path = query === -1 ? url : url.slice(0, query)
  const route = request.routeOptions.url
  if (route === undefined || route === '*' || route === '/*' || route.endsWith('*'))
    return path.replace(/\d{6,}/g, '[redacted]')
  const personal = request.routeOptions.config?.personal ?? []
  const hasPersonal = [...route.matchAll(/:([A-Za-z0-9_]+)/g)].some(
    ([, name]) => personalKeys.has(name!) || personal.includes(name!),
  )
  return hasPersonal ? route : path
}

/** The error code of a refused request (4xx), written on its one request line. */
const refusals = new WeakMap<FastifyRequest, string>()

/** Notes why a request was refused: the request line carries the code (no second line). */
export function noteRefusal(request: FastifyRequest, code: string): void {
  refusals.set(request, code)
}

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        path: pathForLog(request),
        route: request.routeOptions.url,
        status: reply.statusCode,
        code: refusals.get(request),
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    )
    done()
  })
}
