import { LogController, type FastifyReply, type FastifyRequest } from 'fastify'
import { redactedUrl } from '../logger'

/** The error code of a refused request (4xx), written on its one request line. */
const refusals = new WeakMap<FastifyRequest, string>()

/** Notes why a request was refused: the request line carries the code (no second line). */
export function noteRefusal(request: FastifyRequest, code: string): void {
  refusals.set(request, code)
}

/**
 * One log line per request, at `info`, written when the answer is sent: method, URL with its
 * personal parts redacted by rule (`redactedUrl`: personal path parameters and query values, long
 * runs of digits where no route matched), route, status, time and the error code of a refused
 * request. Never a body or a header. Fastify's own lines (incoming, completed, route not found)
 * are replaced through its log controller; a response that fails while being sent is logged at
 * `error` with its error.
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      url: redactedUrl(request),
      route: request.routeOptions.url,
      status: reply.statusCode,
      code: refusals.get(request),
      ms: Math.round(reply.elapsedTime * 10) / 10,
    }
    if (error) request.log.error({ ...line, err: error }, 'request')
    else request.log.info(line, 'request')
  }
}
