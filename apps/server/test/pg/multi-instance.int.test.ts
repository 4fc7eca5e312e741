import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../support/test-app'
import { startServer, waitUntil, type ServerProcess } from '../support/server-process'

/** Two server processes on one PostgreSQL schema, as a province-scale deployment runs them. */
describe.skipIf(isDbUnavailable())('several instances on one PostgreSQL', () => {
  let ctx: TestContext
  let a: ServerProcess
  let b: ServerProcess

  beforeAll(async () => {
    ctx = await createTestContext()
    const env = {
      DATABASE_URL: ctx.env.DATABASE_URL!,
      PG_SCHEMA: ctx.pgSchema!,
      DATA_DIR: ctx.env.DATA_DIR!,
      YIMIN_MODE: 'demo',
    }
    ;[a, b] = await Promise.all([startServer(env), startServer(env)])
  }, 60_000)

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await ctx.close()
  })

  it('runs each job once', async () => {
    const { queue, repo } = ctx.container.jobs
    for (let i = 0; i < 40; i++) await queue.enqueue('platform.prune', {}, { key: `multi-${i}` })
    const jobs = await waitUntil(
      async () => {
        const rows = await ctx.container.database.db
          .selectFrom('jobs')
          .selectAll()
          .where('key', 'like', 'multi-%')
          .execute()
        return rows.every((r) => r.status === 'done') ? rows : null
      },
      20_000,
      'jobs to finish',
    )
    expect(jobs).toHaveLength(40)
    // a claim counts an attempt: one attempt each means no job was taken twice
    expect(jobs.map((j) => j.attempts)).toEqual(Array(40).fill(1))
    // the hourly schedule fired once for its slot, though both instances started it
    const scheduled = await repo.countByStatus()
    expect(scheduled.failed ?? 0).toBe(0)
    const slots = await ctx.container.database.db
      .selectFrom('jobs')
      .select('key')
      .where('key', 'like', 'schedule:platform.prune:%')
      .execute()
    expect(new Set(slots.map((s) => s.key)).size).toBe(slots.length)
  })

  it('delivers an event published on one instance to an SSE client of the other', async () => {
    const received: string[] = []
    const req = http.get(`${b.url}/api/v1/events?channels=virtual-phone`, (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => received.push(chunk))
    })
    req.on('error', () => {})
    try {
      await waitUntil(async () => received.join('').includes('system.hello'), 10_000, 'hello from b')
      const reply = await fetch(`${a.url}/api/v1/virtual-phone/numbers/13700001111/replies`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body: '2' }),
      })
      expect(reply.status).toBe(200)
      const { id } = (await reply.json()) as { id: string }
      await waitUntil(async () => received.join('').includes(id), 10_000, 'the event on b')
      expect(received.join('')).toContain('event: sms.message')
    } finally {
      req.destroy()
    }
  })
})
