import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { createDeviceRequest, deviceResponse, meResponse } from '@yimin/shared'
import { DEVICE_COOKIE, clearCookie, cookieOptions, requestMeta } from '../../platform/http/principal'

const idParams = z.strictObject({ id: z.string().min(1).max(64) })
const YEAR_SECONDS = 365 * 24 * 3600

export const devicesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { devices } = app.container

  app.get(
    '/devices',
    { schema: { tags: ['devices'], summary: 'List devices', response: { 200: z.array(deviceResponse) } } },
    async (request) => devices.list(request.principal),
  )

  app.post(
    '/devices',
    {
      schema: {
        tags: ['devices'],
        summary: 'Register a device; its credential is shown once',
        body: createDeviceRequest,
        response: { 200: z.object({ device: deviceResponse, credential: z.string() }) },
      },
    },
    async (request) => devices.register(request.principal, request.body),
  )

  app.put(
    '/devices/:id/binding',
    {
      schema: {
        tags: ['devices'],
        summary: 'Bind a device to a window or an area',
        params: idParams,
        body: z.strictObject({
          windowId: z.string().min(1).max(64).nullable(),
          areaId: z.string().min(1).max(64).nullable(),
        }),
        response: { 200: deviceResponse },
      },
    },
    async (request) => devices.bind(request.principal, request.params.id, request.body),
  )

  app.post(
    '/devices/:id/revoke',
    {
      schema: {
        tags: ['devices'],
        summary: 'Revoke a device credential',
        params: idParams,
        response: { 200: deviceResponse },
      },
    },
    async (request) => devices.revoke(request.principal, request.params.id),
  )

  app.post(
    '/devices/:id/sessions/end',
    {
      schema: {
        tags: ['devices'],
        summary: 'Sign every browser of a device out (its credential stays valid)',
        params: idParams,
        response: { 200: deviceResponse },
      },
    },
    async (request) => devices.endSessions(request.principal, request.params.id),
  )

  // The screen of an unattended device is activated once with its credential, exchanged for a
  // device session: the cookie carries the session's token (EventSource cannot send headers),
  // never the credential.
  app.post(
    '/device-session',
    {
      schema: {
        tags: ['devices'],
        summary: 'Activate this browser as a device',
        body: z.strictObject({ credential: z.string().min(16).max(128) }),
        response: { 200: meResponse },
      },
    },
    async (request, reply) => {
      const { device, token } = await devices.startSession(request.body.credential, requestMeta(request))
      reply.setCookie(DEVICE_COOKIE, token, cookieOptions(request, YEAR_SECONDS))
      return device
    },
  )

  app.delete(
    '/device-session',
    {
      schema: {
        tags: ['devices'],
        summary: 'Deactivate this browser',
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const token = request.cookies[DEVICE_COOKIE]
      if (token) await devices.endSession(token)
      clearCookie(request, reply, DEVICE_COOKIE)
      return { ok: true as const }
    },
  )
}
