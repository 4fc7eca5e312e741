import type { FastifyInstance } from 'fastify'
import type { IdempotencyService } from './idempotency.service'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** this route creates something: it honours an `Idempotency-Key` header */
    idempotent?: boolean
  }
  interface FastifyRequest {
    idempotencyId: string | null
  }
}

/**
 * One hook pair for every route marked `config.idempotent`: with an `Idempotency-Key` header,
 * the first answer is stored (after the route's schema and before its handler the key is claimed;
 * when the answer is sent it is kept) and a replay gets it back with `idempotent-replayed: true`.
 */
export function registerIdempotency(app: FastifyInstance, service: IdempotencyService): void {
  app.decorateRequest('idempotencyId', null)
  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config.idempotent) return
    const key = request.headers['idempotency-key']
    if (typeof key !== 'string') return
    const outcome = await service.begin({
      key,
      principal: request.principal,
      address: request.ip,
      route: request.routeOptions.url ?? request.url,
      method: request.method,
      url: request.url,
      body: request.body,
    })
    if (outcome.kind === 'first') {
      request.idempotencyId = outcome.id
      return
    }
    return reply
      .code(outcome.status)
      .header('idempotent-replayed', 'true')
      .type('application/json; charset=utf-8')
      .send(outcome.response)
  })
  app.addHook('onSend', async (request, reply, payload) => {
    const id = request.idempotencyId
    if (id === null) return payload
    request.idempotencyId = null
    await service.finish(id, reply.statusCode, typeof payload === 'string' ? payload : '')
    return payload
  })
}
