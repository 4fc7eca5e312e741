// One instance for the scale-out benchmark: the real app on a shared PostgreSQL schema. The first
// (`seed`) lays down a matter with two parallel departments, a hall with windows and queue
// categories, a clerk and a kiosk; the others (`join`) serve the same database. It adds a control
// route that does no database work (what the cores allow without the database).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { buildApp } from '../../apps/server/src/app'
import { loadConfig } from '../../apps/server/src/config'
import { createContainer } from '../../apps/server/src/container'
import { seedBenchHall } from './bench-hall'
import { serveBench } from './serve'

const env = Object.fromEntries(
  Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
)
const container = await createContainer({
  config: loadConfig({ ...env, LOG_LEVEL: process.env.BENCH_LOG ?? 'silent', SESSION_IDLE_MINUTES: '600' }),
})
const app = await buildApp(container, { serveWeb: false })
const control: FastifyPluginAsyncZod = async (api) => {
  api.post(
    '/api/v1/bench/echo',
    {
      schema: {
        body: z.strictObject({ subject: z.string().min(1).max(64) }),
        response: { 200: z.object({ ok: z.literal(true), subject: z.string() }) },
      },
    },
    async (request) => ({ ok: true as const, subject: request.body.subject }),
  )
}
await app.register(control)
await container.start()

if (process.argv[2] === 'seed')
  await seedBenchHall(
    container,
    new Intl.DateTimeFormat('sv-SE', { timeZone: container.config.timeZone }).format(new Date()),
  )

await serveBench(app, container)
