import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  citizenMeResponse,
  citizenProfileRequest,
  otpRequest,
  otpRequestResponse,
  otpVerifyRequest,
} from '@yimin/shared'
import { SESSION_COOKIE, clearCookie, cookieOptions, requestMeta } from '../../platform/http/principal'

const tags = ['citizens']

/** Citizen sign-in by phone + SMS code, the session (same cookie as staff), the profile. */
export const citizensRoutes: FastifyPluginAsyncZod<{
  sessionIdleMinutes: number
  codeRequestsPerMinute: number
}> = async (app, opts) => {
  const { citizens } = app.container.online

  app.post(
    '/citizen/otp',
    {
      schema: {
        tags,
        summary: 'Send a one-time sign-in code by SMS',
        body: otpRequest,
        response: { 200: otpRequestResponse },
      },
      config: { rateLimit: { max: opts.codeRequestsPerMinute, timeWindow: 60_000 } },
    },
    async (request) => citizens.requestCode(request.body.phone, request.ip ?? null),
  )

  app.post(
    '/citizen/sign-in',
    {
      schema: {
        tags,
        summary: 'Sign in with the code (binds the resident ID at first use when given)',
        body: otpVerifyRequest,
        response: { 200: citizenMeResponse },
      },
      config: { rateLimit: { max: opts.codeRequestsPerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const { token, me } = await citizens.verify(request.body, requestMeta(request))
      reply.setCookie(SESSION_COOKIE, token, cookieOptions(request, opts.sessionIdleMinutes * 60))
      return me
    },
  )

  app.post(
    '/citizen/sign-out',
    { schema: { tags, summary: 'Sign out', response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE]
      if (token) await citizens.signOut(token)
      clearCookie(request, reply, SESSION_COOKIE)
      return { ok: true as const }
    },
  )

  app.get(
    '/citizen/me',
    { schema: { tags, summary: 'The signed-in citizen', response: { 200: citizenMeResponse } } },
    async (request) => citizens.me(request.principal),
  )

  app.put(
    '/citizen/me',
    {
      schema: {
        tags,
        summary: 'Set the name; bind the resident ID (once)',
        body: citizenProfileRequest,
        response: { 200: citizenMeResponse },
      },
    },
    async (request) => citizens.updateProfile(request.principal, request.body),
  )
}
