import type { FastifyInstance } from 'fastify'
import type { LookupGuardService, LookupTicket } from './lookup-guard.service'

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * This route takes a case or bundle number with a second factor anonymously: its body field
     * `numberField` is counted by the lookup guard (a 404 answer is a wrong pair).
     */
    secondFactor?: { numberField: string }
  }
  interface FastifyRequest {
    lookupTicket: LookupTicket | null
  }
}

/**
 * Puts every route marked `config.secondFactor` under the lookup guard: the attempt is counted
 * before the handler runs (refused while the number is locked or the address is over its
 * budget), and its answer recorded when the reply is sent.
 */
export function registerLookupGuard(app: FastifyInstance, guard: LookupGuardService): void {
  app.decorateRequest('lookupTicket', null)
  app.addHook('preHandler', async (request) => {
    const field = request.routeOptions.config.secondFactor?.numberField
    if (!field) return
    const value = (request.body as Record<string, unknown> | undefined)?.[field]
    if (typeof value !== 'string') return
    request.lookupTicket = await guard.before(request.principal, request.ip, value)
  })
  app.addHook('onSend', async (request, reply, payload) => {
    const ticket = request.lookupTicket
    if (ticket) {
      request.lookupTicket = null
      await guard.after(ticket, reply.statusCode === 404)
    }
    return payload
  })
}
