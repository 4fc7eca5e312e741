import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedQueueFixtures, type QueueFixtures } from '../src/modules/queue/test-fixtures'
import { createTestContext, isDbUnavailable, type TestContext } from './support/test-app'

/** One sample of the exposition text: the value of `name{labels}` (labels as written), or undefined. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `))
  if (!line) return undefined
  const v = line.slice(line.lastIndexOf(' ') + 1)
  return v === '+Inf' ? Infinity : Number(v)
}

describe.skipIf(isDbUnavailable())('operational figures on /metrics', () => {
  let ctx: TestContext
  let f: QueueFixtures
  let code: string
  const scrape = async () => (await ctx.app.inject('/metrics')).body

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedQueueFixtures(ctx)
    code = (
      await ctx.container.database.db
        .selectFrom('queue_categories')
        .select('code')
        .where('id', '=', f.categories.a)
        .executeTakeFirstOrThrow()
    ).code
  })
  afterAll(() => ctx.close())

  it('starts calm: nothing waiting, no backup yet (+Inf), none scheduled in demo mode', async () => {
    const m = await scrape()
    expect(sample(m, 'yimin_queue_waiting_tickets', `{category="${code}"}`)).toBeUndefined()
    expect(sample(m, 'yimin_sms_oldest_queued_seconds')).toBe(0)
    expect(sample(m, 'yimin_jobs_overdue')).toBe(0)
    expect(sample(m, 'yimin_backup_age_seconds')).toBe(Infinity)
    expect(sample(m, 'yimin_backup_scheduled')).toBe(0)
    expect(sample(m, 'yimin_history_seal_age_seconds')).toBe(0)
    expect(sample(m, 'yimin_case_lights', '{what="cases",light="red"}')).toBe(0)
    expect(sample(m, 'yimin_realtime_subscribers')).toBe(0)
  })

  it('shows waiting tickets, the SMS outbox, overdue jobs and the backup growing older', async () => {
    const kiosk = { authorization: `Device ${f.kiosk}` }
    for (const phone of [undefined, '13899990001']) {
      const r = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/queue/tickets',
        headers: kiosk,
        payload: { categoryId: f.categories.a, ...(phone ? { phone } : {}) },
      })
      expect(r.statusCode).toBe(200)
    }
    // a job that should have run an hour ago (no runner in this test)
    await ctx.container.jobs.queue.enqueue(
      'platform.prune',
      {},
      { key: 'late', runAt: new Date(ctx.clock.now().getTime() - 3600_000) },
    )
    await ctx.container.backups.backupNow()
    ctx.clock.advance(10 * 60_000)
    const m = await scrape()
    expect(sample(m, 'yimin_queue_waiting_tickets', `{category="${code}"}`)).toBe(2)
    expect(sample(m, 'yimin_queue_oldest_wait_seconds', `{category="${code}"}`)).toBe(600)
    expect(sample(m, 'yimin_sms_queued')).toBe(1)
    expect(sample(m, 'yimin_sms_oldest_queued_seconds')).toBe(600)
    expect(sample(m, 'yimin_jobs_overdue')).toBe(1)
    expect(sample(m, 'yimin_job_lag_seconds')).toBe(4200)
    expect(sample(m, 'yimin_backup_age_seconds')).toBe(600)
    expect(sample(m, 'yimin_backup_last_failed')).toBe(0)

    // a called ticket no longer waits; the figures are cached while the clock stands still
    const clerk = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/queue/windows/${f.windows.w5}/call-next`,
      headers: { cookie: f.clerk5 },
      payload: {},
    })
    expect(sample(await scrape(), 'yimin_queue_waiting_tickets', `{category="${code}"}`)).toBe(2)
    ctx.clock.advance(10_000)
    const later = await scrape()
    expect(clerk.statusCode).toBe(200)
    expect(sample(later, 'yimin_queue_waiting_tickets', `{category="${code}"}`)).toBe(1)
    expect(sample(later, 'yimin_backup_age_seconds')).toBe(610)
  })

  it('exposes every metric the shipped alerting rules and dashboard use', async () => {
    const deploy = path.resolve(import.meta.dirname, '../../../deploy')
    const used = new Set(
      [
        fs.readFileSync(path.join(deploy, 'prometheus/yimin-alerts.yml'), 'utf8'),
        fs.readFileSync(path.join(deploy, 'grafana/yimin-dashboard.json'), 'utf8'),
      ].flatMap((text) => text.match(/yimin_[a-z0-9_]+/g) ?? []),
    )
    expect(used.size).toBeGreaterThan(10)
    const m = await scrape()
    const exposed = new Set(
      [...m.matchAll(/^# TYPE (yimin_[a-z0-9_]+) (\w+)/gm)].flatMap(([, name, type]) =>
        type === 'histogram' ? [`${name}_bucket`, `${name}_count`, `${name}_sum`] : [name!],
      ),
    )
    expect([...used].filter((n) => !exposed.has(n))).toEqual([])
  })
})
