import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Registry } from 'prom-client'
import { z } from 'zod'
import { cleanText } from '@yimin/shared'
import { demoHistoryStatus, passwordSchema, userResponse } from '@yimin/shared'
import { ping } from '../../db/database'
import { pendingMigrations } from '../../db/migrate'

const readiness = z.object({
  status: z.enum(['ready', 'not-ready']),
  checks: z.record(z.string(), z.object({ ok: z.boolean(), detail: z.string().optional() })),
})

/** Health, readiness, metrics (outside /api/v1) and the one-time setup. */
export const probeRoutes: FastifyPluginAsyncZod<{ metrics: Registry }> = async (app, opts) => {
  const { database, config } = app.container

  app.get(
    '/healthz',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({
      status: 'ok' as const,
    }),
  )

  app.get(
    '/readyz',
    { schema: { tags: ['system'], summary: 'Readiness', response: { 200: readiness, 503: readiness } } },
    async (_request, reply) => {
      const checks: Record<string, { ok: boolean; detail?: string }> = {}
      try {
        await ping(database.db)
        checks.database = { ok: true, detail: database.dialect }
        const pending = await pendingMigrations(database)
        checks.migrations =
          pending.length === 0 ? { ok: true } : { ok: false, detail: `pending: ${pending.join(', ')}` }
      } catch {
        checks.database = { ok: false, detail: 'unreachable' }
      }
      checks.mode = { ok: true, detail: config.mode }
      // a calendar year not loaded is a warning in the detail, never a reason to be not ready
      checks.calendar = await app.container.calendar
        .readiness()
        .catch(() => ({ ok: true, detail: 'unknown (database unreachable)' }))
      const ok = Object.values(checks).every((c) => c.ok)
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ready' : 'not-ready', checks })
    },
  )

  app.get(
    '/metrics',
    { schema: { tags: ['system'], summary: 'Prometheus metrics', hide: true } },
    async (_request, reply) => {
      const text = await opts.metrics.metrics()
      return reply.type(opts.metrics.contentType).send(text)
    },
  )
}

/** What every page needs of the server's configuration before its first render (public). */
export const centerConfigResponse = z.object({
  /** the center's time zone (TZ_CENTER): dates, "today" and clock times on every screen */
  timeZone: z.string(),
})

export const centerConfigRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.container
  const body = { timeZone: config.timeZone }
  app.get(
    '/center',
    {
      schema: {
        tags: ['system'],
        summary: "The center's public configuration (its time zone)",
        response: { 200: centerConfigResponse },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'no-cache').send(body),
  )
  app.get(
    '/demo-history',
    {
      schema: {
        tags: ['system'],
        summary: 'Whether the demo history is built (demo mode; staff screens show a banner while it builds)',
        response: { 200: demoHistoryStatus },
      },
    },
    async (_request, reply) =>
      reply.header('cache-control', 'no-cache').send(await app.container.demoHistory.read()),
  )
}

export const setupRoutes: FastifyPluginAsyncZod = async (app) => {
  const { setup } = app.container

  app.get(
    '/setup',
    {
      schema: {
        tags: ['system'],
        summary: 'Whether the first administrator must be created',
        response: { 200: z.object({ isSetupNeeded: z.boolean() }) },
      },
    },
    async () => ({
      isSetupNeeded: await setup.isSetupNeeded(),
    }),
  )

  app.post(
    '/setup',
    {
      schema: {
        tags: ['system'],
        summary: 'Create the first administrator with the setup code from the server log',
        body: z.strictObject({
          setupCode: z.string().min(4).max(32),
          username: z
            .string()
            .trim()
            .min(2)
            .max(64)
            .regex(/^[a-zA-Z0-9._-]+$/),
          displayName: cleanText({ min: 1, max: 64 }),
          password: passwordSchema,
        }),
        response: { 200: userResponse },
      },
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (request) => setup.complete(request.body),
  )
}
