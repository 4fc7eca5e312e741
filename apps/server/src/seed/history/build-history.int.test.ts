import { afterAll, describe, expect, it } from 'vitest'
import { ManualClock } from '../../platform/clock'
import { createTestContext, testDb, type TestContext } from '../../../test/support/test-app'
import { seedDemo } from '../demo'
import { buildHistory, type HistorySummary } from './build-history'
import { historyFigures } from './history-figures'

// Three weeks of history, twice from the same seed into two fresh demo databases: the same
// figures, the trading center's too (the quotations placed to stand at each stage today run their
// whole course in this span). "Today" is injected (the live clock is a manual one too); nothing
// reads the real date.
const TODAY = '2026-11-18'
const contexts: TestContext[] = []
afterAll(async () => {
  for (const c of contexts) await c.close()
})

async function build(): Promise<{
  ctx: TestContext
  summary: HistorySummary
  figures: Record<string, unknown>
}> {
  const ctx = await createTestContext({ clock: new ManualClock(`${TODAY}T02:00:00Z`) })
  contexts.push(ctx)
  await seedDemo(ctx.container)
  const summary = await buildHistory(ctx.container, {
    days: 24,
    seed: 7,
    today: TODAY,
    ticketsPerDay: 40,
    casesPerDay: 12,
  })
  return { ctx, summary, figures: await historyFigures(ctx.container.database.db) }
}

// SQLite only: the demo is SQLite's use case; on PostgreSQL this test passes too (two containers
// sharing the pool) but seeding the demo twice there costs about 2.5 minutes on the CI machine.
describe.runIf(testDb === 'sqlite')('demo history', () => {
  it('drives the services through past working days, the same from the same seed', async () => {
    const a = await build()
    const b = await build()
    // 2026-10-26 … 2026-11-17: seventeen working days
    expect(a.summary).toMatchObject({ days: 17, from: '2026-10-26', to: '2026-11-17' })
    expect(a.summary.tickets).toBeGreaterThan(50)
    expect(a.summary.served).toBe(a.summary.tickets)
    expect(a.summary.cases).toBeGreaterThan(15)
    // citizens applied online (single matters and bundles) and booked appointments, some served
    expect(a.summary.portal.onlineApplications).toBeGreaterThan(0)
    expect(a.summary.portal.bundles).toBeGreaterThan(0)
    expect(a.summary.portal.appointments).toBeGreaterThan(0)
    expect(a.summary.portal.checkedIn).toBeGreaterThan(0)
    expect(JSON.stringify(a.figures.casesByChannel)).toContain('online bundle')
    expect(a.summary.trading.projects).toBeGreaterThan(8)
    expect(a.summary.trading.awarded).toBeGreaterThan(0)
    const rows = (k: string) =>
      Object.fromEntries((a.figures[k] as Array<{ k: string; n: number }>).map((r) => [r.k, Number(r.n)]))
    // sealed bids opened at their deadlines, decrypted, evaluated, published, awarded, signed
    expect(rows('openings').recorded).toBeGreaterThan(2)
    expect(rows('decryptions').decrypted).toBeGreaterThan(6)
    expect(rows('invitations').accepted).toBeGreaterThan(6)
    expect(rows('results').awarded).toBeGreaterThan(0)
    expect(rows('results').publicity).toBeGreaterThan(0)
    expect(rows('tradingEvents')['result.contract-signed']).toBeGreaterThan(0)
    expect(rows('deposits').returned).toBeGreaterThan(0)
    expect(a.summary.failures).toEqual({})
    expect(a.figures).toEqual(b.figures)
    expect({ ...a.summary, ms: 0, cpuMs: 0 }).toEqual({ ...b.summary, ms: 0, cpuMs: 0 })
    // nothing of it happened today, and today's screens were told nothing
    const todays = await a.ctx.container.database.db
      .selectFrom('queue_tickets')
      .select('id')
      .where('service_date', '=', TODAY)
      .execute()
    expect(todays).toHaveLength(0)
    // the bookings for today and the next days stay booked for the live center's screens
    const ahead = await a.ctx.container.database.db
      .selectFrom('queue_appointments')
      .select('id')
      .where('service_date', '>=', TODAY)
      .where('status', '=', 'booked')
      .execute()
    expect(ahead.length).toBeGreaterThan(0)
    const events = await a.ctx.container.database.db.selectFrom('realtime_events').select('seq').execute()
    expect(events).toHaveLength(0)
    const res = await a.ctx.app.inject({ method: 'GET', url: '/api/v1/demo-history' })
    expect(res.json()).toMatchObject({ state: 'done', done: 17, days: 17, seed: 7 })
  }, 480_000)
})
