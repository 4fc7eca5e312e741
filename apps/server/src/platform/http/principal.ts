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

export const DEVICE_COOKIE_SECONDS = 365 * 24 * 3600

/** What a session that must enrol TOTP first may still reach: who am I, sign-in/out, enrolment. */
const ENROLMENT_PATHS = /^\/api\/v1\/(me|auth\/(login(\/totp)?|logout|totp(\/(enrol|confirm))?))(\?|$)/

/**
 * Resolves who is calling, once per request: a staff session cookie, a device credential in the
 * `Authorization: Device <credential>` header, or a device session (the cookie the activation
 * page set, which EventSource needs; it carries a rotated session token, never the credential).
 * A credential or session that is unknown, ended or revoked is refused outright, so a revoked
 * kiosk stops working at its next request.
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
        if (p.kind === 'staff' && p.totpEnrolmentRequired && !ENROLMENT_PATHS.test(request.url))
          throw new AppError(
            'TOTP_ENROLMENT_REQUIRED',
            'this account must enrol a TOTP second factor before anything else',
          )
        return
      }
      clearCookie(request, reply, SESSION_COOKIE)
    }
    const header = request.headers.authorization
    const fromHeader = header?.startsWith('Device ') ? header.slice('Device '.length).trim() : undefined
    if (fromHeader) {
      const device = await devices.authenticate(fromHeader)
      if (!device)
        throw new AppError('DEVICE_INVALID_CREDENTIAL', 'this device credential is unknown or revoked')
      request.principal = device
      return
    }
    // activating a device replaces whatever session the browser had
    if (request.url.startsWith('/api/v1/device-session')) return
    const deviceToken = request.cookies[DEVICE_COOKIE]
    if (deviceToken) {
      const resolved = await devices.resolveSession(deviceToken, requestMeta(request))
      if (!resolved) {
        clearCookie(request, reply, DEVICE_COOKIE)
        throw new AppError(
          'DEVICE_INVALID_CREDENTIAL',
          'this device session ended, or its device was revoked',
        )
      }
      if (resolved.rotatedToken)
        reply.setCookie(DEVICE_COOKIE, resolved.rotatedToken, cookieOptions(request, DEVICE_COOKIE_SECONDS))
      request.principal = resolved.device
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
