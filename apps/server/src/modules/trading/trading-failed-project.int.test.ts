import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { seedTradingFixtures, type TradingFixtures } from './test-fixtures'

/**
 * A project whose lots all fail at their openings (流标, no bids) fails itself, on both databases:
 * the staff's and the public's view say so, the supervision board counts it and its lots by
 * stage, and its termination (before a re-tender) is still possible.
 */
describe.skipIf(isDbUnavailable())('trading: a project whose lots all fail', () => {
  let ctx: TestContext
  let f: TradingFixtures
  let projectId: string
  let lotIds: string[]
  let tenderId: string
  const api = (method: 'GET' | 'POST', url: string, cookie: string | null, payload?: unknown) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: cookie ? { cookie } : {},
      ...(payload !== undefined ? { payload: payload as object } : {}),
    })
  const status = async () =>
    (await api('GET', `/trading/projects/${projectId}`, f.cookies.agencyA)).json<{
      status: string
      lots: Array<{ stage: string }>
    }>()

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    ctx.clock.set('2026-06-01T02:00:00.000Z')
    f = await seedTradingFixtures(ctx)
    const p = await api('POST', '/trading/projects', f.cookies.agencyA, {
      name: '米东区古牧地镇农村公路养护工程',
      category: 'works',
      method: 'open_tender',
      region: '650109',
      ownerOrgId: f.orgs.owner,
      agencyOrgId: f.orgs.agencyA,
      supervisingDepartmentId: f.departments.housing,
      budgetFen: 3_000_000_00,
      isLegallyRequired: true,
      lots: [
        { name: '第一标段', budgetFen: 1_800_000_00 },
        { name: '第二标段', budgetFen: 1_200_000_00 },
      ],
    })
    expect(p.statusCode, p.body).toBe(201)
    projectId = p.json().id
    lotIds = p.json().lots.map((l: { id: string }) => l.id)
    await api('POST', `/trading/projects/${projectId}/register`, f.cookies.staff)
    const t = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'tender',
      title: '米东区古牧地镇农村公路养护工程招标公告',
      body: '详见招标文件。',
      language: 'zh-CN',
      dates: { saleStart: '2026-06-01', saleEnd: '2026-06-08', bidDeadline: '2026-06-22T10:30:00+08:00' },
    })
    tenderId = t.json().id
    const pub = await api('POST', `/trading/announcements/${tenderId}/publish`, f.cookies.agencyA, {})
    expect(pub.statusCode, pub.body).toBe(200)
  })
  afterAll(() => ctx.close())

  it('stays announced while one lot runs, and fails when the last lot fails', async () => {
    ctx.clock.set('2026-06-22T02:30:00.000Z')
    const first = await api('POST', `/bidding/lots/${lotIds[0]}/opening`, f.cookies.staff)
    expect(first.json(), first.body).toMatchObject({ status: 'failed', bidCount: 0 })
    expect(await status()).toMatchObject({
      status: 'announced',
      lots: [{ stage: 'failed' }, { stage: 'open' }],
    })
    const second = await api('POST', `/bidding/lots/${lotIds[1]}/opening`, f.cookies.staff)
    expect(second.json(), second.body).toMatchObject({ status: 'failed', bidCount: 0 })
    expect(await status()).toMatchObject({
      status: 'failed',
      lots: [{ stage: 'failed' }, { stage: 'failed' }],
    })
    expect((await api('GET', `/trading/public/projects/${projectId}`, null)).json()).toMatchObject({
      status: 'failed',
      lots: [{ stage: 'failed' }, { stage: 'failed' }],
    })
    // no result can follow (a draft may be written; publishing it is refused, changing nothing)
    const result = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'result',
      title: '米东区古牧地镇农村公路养护工程结果公告',
      body: 'x',
      language: 'zh-CN',
      dates: {},
    })
    expect(result.statusCode, result.body).toBe(201)
    const refused = await api(
      'POST',
      `/trading/announcements/${result.json().id}/publish`,
      f.cookies.agencyA,
      {},
    )
    expect(refused.json().code).toBe('TRADING_ANNOUNCEMENT_KIND_NOT_ALLOWED')
    expect((await status()).status).toBe('failed')
  })

  it('the board counts the failed project and its lots by their stage', async () => {
    const board = (await api('GET', '/trading/board', f.cookies.housingSupervisor)).json()
    expect(board.counts).toEqual([
      { status: 'failed', category: 'works', projects: 1, lots: 2, budgetFen: 3_000_000_00 },
    ])
    expect(board.lotCounts).toEqual([
      { stage: 'failed', category: 'works', lots: 2, budgetFen: 3_000_000_00 },
    ])
    // another department's supervisor counts nothing of it
    const other = (await api('GET', '/trading/board', f.cookies.financeSupervisor)).json()
    expect(other).toMatchObject({ counts: [], lotCounts: [] })
  })

  it('is terminated before a re-tender', async () => {
    ctx.clock.set('2026-06-23T02:00:00.000Z')
    const draft = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'termination',
      title: '米东区古牧地镇农村公路养护工程终止公告',
      body: '投标人少于三个，开标失败（流标），招标人将依法重新招标。',
      language: 'zh-CN',
      previousId: tenderId,
      dates: {},
    })
    expect(draft.statusCode, draft.body).toBe(201)
    const pub = await api('POST', `/trading/announcements/${draft.json().id}/publish`, f.cookies.agencyA, {})
    expect(pub.statusCode, pub.body).toBe(200)
    expect((await status()).status).toBe('terminated')
  })
})
