// The platform's floor route for the case benchmarks: a validated route writing one row (an
// audit record) in its own transaction — what any write request costs at least.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Container } from '../../apps/server/src/container'

export const floorRoute =
  (container: Container): FastifyPluginAsyncZod =>
  async (api) => {
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
