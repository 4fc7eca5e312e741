import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toHex, unwrapBidKey, type WrappedBidKey } from '@yimin/shared'
import { createTestContext, isDbUnavailable, signIn, type TestContext } from '../../test/support/test-app'
import { DEMO_PASSWORD, seedDemo } from './demo'
import { DEMO_BIDDERS } from './demo/bidders'
import { refreshDemoOpening } from './demo/load-opening'

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

  it('has eleven projects at their stages for the center, the agency and the tenderee', async () => {
    const staff = await signIn(ctx.app, 'trading-staff', DEMO_PASSWORD)
    const projects = (await get('/trading/projects', staff)).json<
      Array<{ status: string; category: string }>
    >()
    expect(projects).toHaveLength(11)
    const byStatus = projects.reduce<Record<string, number>>(
      (m, p) => ({ ...m, [p.status]: (m[p.status] ?? 0) + 1 }),
      {},
    )
    expect(byStatus).toEqual({ draft: 1, registered: 1, announced: 8, terminated: 1 })
    expect(new Set(projects.map((p) => p.category))).toEqual(
      new Set(['works', 'procurement', 'land', 'mining', 'property']),
    )
    const agency = await signIn(ctx.app, 'trading-agency', DEMO_PASSWORD)
    expect((await get('/trading/projects', agency)).json()).toHaveLength(11)
    const tenderee = await signIn(ctx.app, 'trading-tenderee', DEMO_PASSWORD)
    expect((await get('/trading/projects', tenderee)).json()).toHaveLength(7)
    const supervisor = await signIn(ctx.app, 'trading-supervisor', DEMO_PASSWORD)
    expect((await get('/trading/board', supervisor)).json().counts.length).toBeGreaterThan(0)
  })

  it('shows the published announcements publicly, the scheduled one from the next morning', async () => {
    expect((await get('/trading/public/announcements')).json().total).toBe(9)
    ctx.clock.set('2026-06-02T01:00:00.000Z') // 09:00 in the center
    expect((await get('/trading/public/announcements')).json().total).toBe(10)
    expect((await get('/trading/public/announcements?category=land')).json().total).toBe(1)
  })

  it('has a lot opening later in the demo day that a demo bidder decrypts with its documented code', async () => {
    // seeded at 10:00 (2026-06-01, a Monday): the deadline is the next half hour at least 30 minutes on
    ctx.clock.set('2026-06-01T02:05:00.000Z')
    const today = (await get('/trading/public/openings?span=today')).json<{
      items: Array<{ lotId: string; openingAt: string }>
    }>()
    const lot = today.items.find((o) => o.openingAt === '2026-06-01T02:30:00.000Z')
    expect(lot).toBeDefined()
    const lotId = lot!.lotId
    ctx.clock.set('2026-06-01T02:30:00.000Z')
    await ctx.container.bidding.opening.openDue()
    const bidder = await signIn(ctx.app, DEMO_BIDDERS[0].username, DEMO_PASSWORD)
    const opening = (await get(`/bidding/lots/${lotId}/opening`, bidder)).json<{
      status: string
      bidCount: number
      bids: Array<{ bidId: string; isMine: boolean }>
    }>()
    expect(opening).toMatchObject({ status: 'decrypting', bidCount: 3 })
    const mine = opening.bids.find((b) => b.isMine)!
    const sealed = (await get(`/bidding/bids/${mine.bidId}/sealed`, bidder)).json<{
      wrappedKey: WrappedBidKey
    }>()
    // what the browser does with the code the bidder types: unwrap K, send K (never the code)
    const key = await unwrapBidKey(sealed.wrappedKey, DEMO_BIDDERS[0].decryptionCode)
    const sent = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/bidding/bids/${mine.bidId}/key`,
      headers: { cookie: bidder },
      payload: { key: toHex(key) },
    })
    expect(sent.statusCode, sent.body).toBe(200)
    expect(sent.json().bids.find((b: { isMine: boolean }) => b.isMine).decryption).toBe('decrypted')
  })
  it('adds the next watchable opening when the demo starts on a later day, once a day', async () => {
    // the same day as the first opening: nothing new
    ctx.clock.set('2026-06-01T09:00:00.000Z')
    expect(await refreshDemoOpening(ctx.container, () => {})).toBe(false)
    // Wednesday 09:00 in the center: a new lot for 10:30, with the three demo bids sealed
    ctx.clock.set('2026-06-03T01:00:00.000Z')
    const said: string[] = []
    expect(await refreshDemoOpening(ctx.container, (m) => said.push(m))).toBe(true)
    expect(said.join()).toContain('2026-06-03 10:30')
    const today = (await get('/trading/public/openings?span=today')).json<{
      items: Array<{ lotId: string; openingAt: string; projectName: string }>
    }>()
    const lot = today.items.find((o) => o.openingAt === '2026-06-03T02:30:00.000Z')
    expect(lot?.projectName).toBe('乌鲁木齐市第十三中学教学楼抗震加固工程施工')
    // a second start the same day adds nothing
    expect(await refreshDemoOpening(ctx.container, () => {})).toBe(false)
    ctx.clock.set('2026-06-03T02:30:00.000Z')
    await ctx.container.bidding.opening.openDue()
    const bidder = await signIn(ctx.app, DEMO_BIDDERS[1].username, DEMO_PASSWORD)
    expect((await get(`/bidding/lots/${lot!.lotId}/opening`, bidder)).json()).toMatchObject({
      status: 'decrypting',
      bidCount: 3,
    })
  })
})
