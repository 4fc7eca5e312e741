import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, signIn, type TestContext } from '../../test/support/test-app'
import { DEMO_PASSWORD, seedDemo } from './demo'

/** The demo trading center: its projects at their stages, through the API as the demo accounts see them. */
describe.skipIf(isDbUnavailable())('demo trading center', () => {
  let ctx: TestContext
  const get = (url: string, cookie?: string) =>
    ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: cookie ? { cookie } : {} })

  beforeAll(async () => {
    ctx = await createTestContext()
    ctx.clock.set('2026-06-01T02:00:00.000Z')
    expect(await seedDemo(ctx.container)).toBe(true)
  })
  afterAll(() => ctx.close())

  it('has ten projects at their stages for the center, the agency and the tenderee', async () => {
    const staff = await signIn(ctx.app, 'trading-staff', DEMO_PASSWORD)
    const projects = (await get('/trading/projects', staff)).json<
      Array<{ status: string; category: string }>
    >()
    expect(projects).toHaveLength(10)
    const byStatus = projects.reduce<Record<string, number>>(
      (m, p) => ({ ...m, [p.status]: (m[p.status] ?? 0) + 1 }),
      {},
    )
    expect(byStatus).toEqual({ draft: 1, registered: 1, announced: 7, terminated: 1 })
    expect(new Set(projects.map((p) => p.category))).toEqual(
      new Set(['works', 'procurement', 'land', 'mining', 'property']),
    )
    const agency = await signIn(ctx.app, 'trading-agency', DEMO_PASSWORD)
    expect((await get('/trading/projects', agency)).json()).toHaveLength(10)
    const tenderee = await signIn(ctx.app, 'trading-tenderee', DEMO_PASSWORD)
    expect((await get('/trading/projects', tenderee)).json()).toHaveLength(7)
    const supervisor = await signIn(ctx.app, 'trading-supervisor', DEMO_PASSWORD)
    expect((await get('/trading/board', supervisor)).json().counts.length).toBeGreaterThan(0)
  })

  it('shows the published announcements publicly, the scheduled one from the next morning', async () => {
    expect((await get('/trading/public/announcements')).json().total).toBe(8)
    ctx.clock.set('2026-06-02T01:00:00.000Z') // 09:00 in the center
    expect((await get('/trading/public/announcements')).json().total).toBe(9)
    expect((await get('/trading/public/announcements?category=land')).json().total).toBe(1)
  })
})
