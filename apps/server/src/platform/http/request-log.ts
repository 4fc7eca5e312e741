import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify'
import { redactedUrl } from '../logger'

/**
 * One log line per request, at `info`, written when the answer is sent: method, URL with its
 * personal parts redacted by rule (`redactedUrl`: personal path parameters and query values, long
 * runs of digits where no route matched), route, status, time and the error code of a refused
 * request. Never a body or a header. Fastify's own two lines
 * (incoming, completed) are turned off by `requestLogOptions`.
 */
export const requestLogOptions = { disableRequestLogging: true } satisfies FastifyServerOptions

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
        url: redactedUrl(request),
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
