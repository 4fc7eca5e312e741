import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  setUserPhoneRequest,
  createUserRequest,
  loginCodeRequest,
  loginRequest,
  loginResponse,
  totpCodeRequest,
  totpEnrolmentResponse,
  totpRecoveryCodesResponse,
  totpStatusResponse,
  roleGrantSchema,
  maskPhone,
  meResponse,
  passwordSchema,
  userResponse,
  type MeResponse,
} from '@yimin/shared'
import { SESSION_COOKIE, clearCookie, cookieOptions, requestMeta } from '../../platform/http/principal'
import type { StaffUser } from './auth.service'
import { permissionsOf } from './permissions'

const ok = z.object({ ok: z.literal(true) })
const userIdParams = z.strictObject({ id: z.string().min(1).max(64) })

export const authRoutes: FastifyPluginAsyncZod<{
  loginRateLimitPerMinute: number
  sessionIdleMinutes: number
}> = async (app, opts) => {
  const { auth, totp } = app.container

  const signedIn = (
    request: FastifyRequest,
    reply: FastifyReply,
    { token, user }: { token: string; user: StaffUser },
  ): MeResponse => {
    reply.setCookie(SESSION_COOKIE, token, cookieOptions(request, opts.sessionIdleMinutes * 60))
    return {
      kind: 'staff',
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      grants: user.grants,
      permissions: permissionsOf(user.grants),
      ...(totp.isRequiredFor(user.grants) && !user.totpEnabled ? { totpEnrolmentRequired: true } : {}),
    }
  }

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Staff sign-in (an account with TOTP answers totp-required: send the code next)',
        body: loginRequest,
        response: { 200: loginResponse },
      },
      config: { rateLimit: { max: opts.loginRateLimitPerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const result = await auth.login(request.body.username, request.body.password, requestMeta(request))
      if (result.kind === 'totp-required') return result
      return signedIn(request, reply, result)
    },
  )

  app.post(
    '/auth/login/totp',
    {
      schema: {
        tags: ['auth'],
        summary: 'Staff sign-in, second step: the TOTP code (or a recovery code)',
        body: loginCodeRequest,
        response: { 200: meResponse },
      },
      config: { rateLimit: { max: opts.loginRateLimitPerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) =>
      signedIn(
        request,
        reply,
        await auth.loginWithCode(request.body.pendingToken, request.body.code, requestMeta(request)),
      ),
  )

  app.get(
    '/auth/totp',
    {
      schema: { tags: ['auth'], summary: 'My TOTP second factor', response: { 200: totpStatusResponse } },
    },
    async (request) => totp.status(request.principal),
  )

  app.post(
    '/auth/totp/enrol',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start TOTP enrolment: a new secret (text, otpauth URI, QR code), on after a first code',
        response: { 200: totpEnrolmentResponse },
      },
    },
    async (request) => totp.beginEnrolment(request.principal),
  )

  app.post(
    '/auth/totp/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Switch TOTP on with a first valid code; answers the ten recovery codes, once',
        body: totpCodeRequest,
        response: { 200: totpRecoveryCodesResponse },
      },
    },
    async (request) => totp.confirmEnrolment(request.principal, request.body.code),
  )

  app.post(
    '/auth/totp/disable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Turn my TOTP off (a valid code or a recovery code)',
        body: totpCodeRequest,
        response: { 200: ok },
      },
    },
    async (request) => {
      await totp.disableOwn(request.principal, request.body.code)
      return { ok: true as const }
    },
  )

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 200: ok } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE]
      if (token) await auth.logout(token)
      clearCookie(request, reply, SESSION_COOKIE)
      return { ok: true as const }
    },
  )

  app.get(
    '/me',
    { schema: { tags: ['auth'], summary: 'Who am I', response: { 200: meResponse } } },
    async (request): Promise<MeResponse> => {
      const p = request.principal
      switch (p.kind) {
        case 'staff':
          return { ...p, permissions: permissionsOf(p.grants), windows: await auth.staffedWindows(p.userId) }
        case 'device':
          return p
        case 'citizen':
          return { kind: 'citizen', citizenId: p.citizenId, phoneMasked: maskPhone(p.phone) }
        case 'anonymous':
          return { kind: 'anonymous' }
      }
    },
  )

  app.get(
    '/users',
    { schema: { tags: ['users'], summary: 'List staff accounts', response: { 200: z.array(userResponse) } } },
    async (request) => auth.listUsers(request.principal),
  )

  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a staff account',
        body: createUserRequest,
        response: { 200: userResponse },
      },
    },
    async (request) => auth.createUser(request.principal, request.body),
  )

  app.post(
    '/users/:id/disable',
    {
      schema: {
        tags: ['users'],
        summary: 'Disable an account (ends its sessions)',
        params: userIdParams,
        response: { 200: userResponse },
      },
    },
    async (request) => auth.setDisabled(request.principal, request.params.id, true),
  )

  app.post(
    '/users/:id/enable',
    {
      schema: {
        tags: ['users'],
        summary: 'Enable an account',
        params: userIdParams,
        response: { 200: userResponse },
      },
    },
    async (request) => auth.setDisabled(request.principal, request.params.id, false),
  )

  app.put(
    '/users/:id/grants',
    {
      schema: {
        tags: ['users'],
        summary: 'Set roles and department scopes',
        params: userIdParams,
        body: z.strictObject({ grants: z.array(roleGrantSchema).min(1).max(20) }),
        response: { 200: userResponse },
      },
    },
    async (request) => auth.setGrants(request.principal, request.params.id, request.body.grants),
  )

  app.put(
    '/users/:id/phone',
    {
      schema: {
        tags: ['users'],
        summary: 'Set or clear a staff mobile number (supervision alerts by SMS)',
        params: userIdParams,
        body: setUserPhoneRequest,
        response: { 200: userResponse },
      },
    },
    async (request) => auth.setPhone(request.principal, request.params.id, request.body.phone),
  )

  app.post(
    '/users/:id/totp/reset',
    {
      schema: {
        tags: ['users'],
        summary: "Remove another account's TOTP (a lost phone; ends its sessions)",
        params: userIdParams,
        response: { 200: ok },
      },
    },
    async (request) => {
      await auth.resetTotp(request.principal, request.params.id)
      return { ok: true as const }
    },
  )

  app.post(
    '/users/:id/password',
    {
      schema: {
        tags: ['users'],
        summary: 'Reset a password (ends the sessions)',
        params: userIdParams,
        body: z.strictObject({ password: passwordSchema }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await auth.resetPassword(request.principal, request.params.id, request.body.password)
      return { ok: true as const }
    },
  )
}
