import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Principal } from '@yimin/shared'
import type { Container } from '../../container'
import { AppError } from '../errors'

export const SESSION_COOKIE = 'yimin_session'
export const DEVICE_COOKIE = 'yimin_device'

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal
  }
  interface FastifyInstance {
    container: Container
  }
}

/**
 * Resolves who is calling, once per request: a staff session cookie, or a device credential
 * (the `Authorization: Device <credential>` header or the device cookie set by the device
 * activation page, which EventSource needs). A credential that is unknown or revoked is
 * refused outright, so a revoked kiosk stops working at its next request.
 */
export function registerPrincipalResolution(app: FastifyInstance): void {
  app.decorateRequest('principal', null as never)
  app.addHook('onRequest', async (request, reply) => {
    request.principal = { kind: 'anonymous' }
    if (!request.url.startsWith('/api/')) return
    const { auth, devices } = app.container
    const sessionToken = request.cookies[SESSION_COOKIE]
    if (sessionToken) {
      // staff sessions, then citizen sessions (online channel): one cookie, one sessions table
      const p =
        (await auth.resolveSession(sessionToken)) ??
        (await app.container.online.citizens.resolveSession(sessionToken))
      if (p) {
        request.principal = p
        return
      }
      clearCookie(request, reply, SESSION_COOKIE)
    }
    const header = request.headers.authorization
    const fromHeader = header?.startsWith('Device ') ? header.slice('Device '.length).trim() : undefined
    // activating a device replaces whatever credential the browser had
    const isActivation = request.url.startsWith('/api/v1/device-session')
    const credential = fromHeader ?? (isActivation ? undefined : request.cookies[DEVICE_COOKIE])
    if (credential) {
      const device = await devices.authenticate(credential)
      if (!device) {
        if (!fromHeader) clearCookie(request, reply, DEVICE_COOKIE)
        throw new AppError('DEVICE_INVALID_CREDENTIAL', 'this device credential is unknown or revoked')
      }
      request.principal = device
    }
  })
}

/** Cookies are `secure` only when the request came over HTTPS (directly or via a trusted proxy). */
export function cookieOptions(request: FastifyRequest, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  }
}

export function clearCookie(request: FastifyRequest, reply: FastifyReply, name: string): void {
  reply.clearCookie(name, cookieOptions(request))
}

export function requestMeta(request: FastifyRequest): { ip: string | null; userAgent: string | null } {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null }
}
