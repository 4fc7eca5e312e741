// Two servers in one process for the HTTP floor benchmark: a bare Fastify route, and a route
// through the whole Yimin stack (principal hook, zod validation, error handler, metrics, one
// transaction writing one row on SQLite).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Fastify from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { buildApp } from '../../apps/server/src/app'
import { loadConfig } from '../../apps/server/src/config'
import { createContainer } from '../../apps/server/src/container'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-bench-'))
const container = await createContainer({
  config: loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    WORKERS: 'false',
    DATABASE_URL: process.env.DATABASE_URL,
  }),
})

const app = await buildApp(container, { serveWeb: false })
const benchRoutes: FastifyPluginAsyncZod = async (api) => {
  api.post(
    '/api/v1/bench/notes',
    {
      schema: {
        body: z.strictObject({ subject: z.string().min(1).max(64), note: z.string().max(500) }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await container.database.db.transaction().execute((tx) =>
        container.audit.record(
          {
            actor: request.principal,
            action: 'bench.note',
            subject: request.body.subject,
            details: request.body.note,
          },
          tx,
        ),
      )
      return { ok: true as const }
    },
  )
}
await app.register(benchRoutes)
await app.listen({ port: 0, host: '127.0.0.1' })

const bare = Fastify()
bare.post('/notes', async () => ({ ok: true }))
await bare.listen({ port: 0, host: '127.0.0.1' })

const portOf = (a: { server: { address(): unknown } }) => (a.server.address() as { port: number }).port
process.stdout.write(`READY ${portOf(bare)} ${portOf(app)}\n`)
process.on('SIGTERM', () => {
  void Promise.all([app.close(), bare.close()]).then(async () => {
    await container.close()
    fs.rmSync(dir, { recursive: true, force: true })
    process.exit(0)
  })
})
