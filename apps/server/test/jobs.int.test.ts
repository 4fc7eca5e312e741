import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { JobRunner } from '../src/modules/jobs/job-runner'
import { createLogger } from '../src/platform/logger'
import { createTestContext, isDbUnavailable, type TestContext } from './support/test-app'

describe.skipIf(isDbUnavailable())('background jobs', () => {
  let ctx: TestContext
  const handled: string[] = []
  let failuresLeft = 0

  beforeAll(async () => {
    ctx = await createTestContext()
    const { registry } = ctx.container.jobs
    registry.define({
      type: 'test.record',
      payload: z.object({ note: z.string() }),
      handle: async (p) => {
        handled.push(p.note)
      },
    })
    registry.define({
      type: 'test.flaky',
      payload: z.object({ note: z.string() }),
      maxAttempts: 3,
      backoffMs: (attempt) => attempt * 10_000,
      handle: async (p) => {
        if (failuresLeft > 0) {
          failuresLeft--
          throw new Error('temporary failure')
        }
        handled.push(p.note)
      },
    })
  })
  afterAll(() => ctx.close())

  const runner = () => ctx.container.jobs.runner
  const queue = () => ctx.container.jobs.queue

  it('runs a job enqueued twice with one key once', async () => {
    handled.length = 0
    expect(await queue().enqueue('test.record', { note: 'once' }, { key: 'k1' })).toBe(true)
    expect(await queue().enqueue('test.record', { note: 'once' }, { key: 'k1' })).toBe(false)
    await runner().runOnce()
    await runner().runOnce()
    expect(handled).toEqual(['once'])
  })

  it('refuses an unknown type and an invalid payload, queueing nothing', async () => {
    await expect(queue().enqueue('test.nope', {})).rejects.toMatchObject({ code: 'JOB_TYPE_UNKNOWN' })
    await expect(queue().enqueue('test.record', { note: 5 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    })
  })

  it('retries with backoff by the clock, then gives up after its attempts', async () => {
    handled.length = 0
    failuresLeft = 1
    await queue().enqueue('test.flaky', { note: 'eventually' }, { key: 'flaky-1' })
    await runner().runOnce()
    expect(handled).toEqual([])
    const job = await ctx.container.jobs.repo.findByKey('test.flaky', 'flaky-1')
    expect(job).toMatchObject({ status: 'queued', attempts: 1, last_error: 'temporary failure' })
    await runner().runOnce() // not due yet
    expect(handled).toEqual([])
    ctx.clock.advance(10_001)
    await runner().runOnce()
    expect(handled).toEqual(['eventually'])

    failuresLeft = 100
    await queue().enqueue('test.flaky', { note: 'never' }, { key: 'flaky-2' })
    for (let i = 0; i < 5; i++) {
      await runner().runOnce()
      ctx.clock.advance(60_000)
    }
    expect(await ctx.container.jobs.repo.findByKey('test.flaky', 'flaky-2')).toMatchObject({
      status: 'failed',
      attempts: 3,
    })
    failuresLeft = 0
  })

  it('takes over a job whose worker died once its lease runs out', async () => {
    handled.length = 0
    await queue().enqueue('test.record', { note: 'orphan' }, { key: 'orphan' })
    const now = ctx.clock.now()
    const claimed = await ctx.container.jobs.repo.claim(
      'dead-worker',
      now.toISOString(),
      new Date(now.getTime() + 60_000).toISOString(),
      10,
    )
    expect(claimed.map((j) => j.key)).toContain('orphan')
    await runner().runOnce()
    expect(handled).toEqual([])
    ctx.clock.advance(61_000)
    await runner().runOnce()
    expect(handled).toEqual(['orphan'])
  })

  it('fires a schedule once per slot even with two runners', async () => {
    handled.length = 0
    const { registry, queue: q, repo } = ctx.container.jobs
    registry.schedule({
      name: 'test.tick',
      type: 'test.record',
      payload: { note: 'tick' },
      everyMs: 3_600_000,
    })
    const other = new JobRunner(registry, q, repo, ctx.clock, createLogger('silent'), {
      workerId: 'other',
      timeZone: 'Asia/Shanghai',
    })
    await Promise.all([runner().runOnce(), other.runOnce()])
    await Promise.all([runner().runOnce(), other.runOnce()])
    expect(handled).toEqual(['tick'])
    ctx.clock.advance(3_600_000)
    await Promise.all([runner().runOnce(), other.runOnce()])
    expect(handled).toEqual(['tick', 'tick'])
  })

  it('checks schedules at start', () => {
    const { registry } = ctx.container.jobs
    registry.schedule({ name: 'test.bad', type: 'test.missing', payload: {}, everyMs: 1000 })
    expect(() => registry.assertComplete()).toThrow(/unknown job type test.missing/)
    ;(registry.schedules as unknown as unknown[]).pop()
  })
})
