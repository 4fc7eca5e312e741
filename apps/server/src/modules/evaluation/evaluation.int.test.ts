import { backfillAnnouncementLots } from '../../db/migrations/0044-announcement-lots'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { newId } from '../../platform/ids'
import { testExpert } from '../experts/test-fixtures'
import type { OpenedBid } from '../experts/bidding-port'
import { creditCode, seedTradingFixtures, type TradingFixtures } from '../trading/test-fixtures'

/**
 * From the committee to the award on both databases: check-in, the session (bids only with a
 * member's token, during the session), scores → report with a deviating member flagged → every
 * member confirms → candidates published through part 1's announcement → an objection pauses
 * until answered → the award after the publicity, its notice and public verification; deposits
 * sealed until the opening and late returns after the contract.
 */
describe.skipIf(isDbUnavailable())('evaluation: scores to award', () => {
  let ctx: TestContext
  let f: TradingFixtures
  let lotId: string
  /** the project's second lot, which fails at its opening (流标) while the first is in publicity */
  let lot2Id: string
  let projectId: string
  let tokens: Array<{ invitationId: string; token: string }>
  let resultId: string
  const bids: OpenedBid[] = []
  const api = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    cookie: string | null,
    payload?: object,
    token?: string,
  ) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(cookie ? { cookie } : {}), ...(token ? { 'x-evaluation-token': token } : {}) },
      ...(payload ? { payload } : {}),
    })
  const db = () => ctx.container.database.db

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    ctx.clock.set('2026-06-01T02:00:00.000Z')
    f = await seedTradingFixtures(ctx)
    for (const [i, price] of [
      [1, 1_000_000_00],
      [2, 900_000_00],
      [3, 1_200_000_00],
    ] as const) {
      const orgId = newId()
      const code = creditCode(`91650104MA7BD${i}01`.padEnd(17, '5'))
      const name = `新疆第${i}建设工程有限公司`
      await db()
        .insertInto('trading_organisations')
        .values({
          id: orgId,
          name,
          credit_code: code,
          kind: 'bidder',
          created_at: '2026-05-01T00:00:00.000Z',
        })
        .execute()
      bids.push({
        bidId: `bid-${i}`,
        orgId,
        creditCode: code,
        name,
        figures: { priceFen: price, durationDays: 300 },
      })
    }
    ctx.container.experts.useBidding({
      lotBidderOrgs: () => Promise.resolve(bids),
      openedBids: (_db, id) =>
        Promise.resolve(id === lotId && ctx.clock.now() >= new Date('2026-06-22T02:30:00Z') ? bids : []),
      bidderPhones: (_db, orgIds) =>
        Promise.resolve(
          bids
            .map((b, i) => ({ orgId: b.orgId, phone: `1390000000${i + 1}` }))
            .filter((b) => orgIds.includes(b.orgId)),
        ),
      // bids 1 and 2 were uploaded from one address: a rigging sign for the board
      lotBidFacts: (_db, lotIds) =>
        Promise.resolve(
          lotIds.includes(lotId) && ctx.clock.now() >= new Date('2026-06-22T02:30:00Z')
            ? bids.map((b, i) => ({
                lotId,
                bidId: b.bidId,
                orgId: b.orgId,
                orgName: b.name,
                uploadIp: i < 2 ? '10.1.2.3' : `10.9.9.${i}`,
                deviceId: null,
                ciphertextHashes: [`${i}`.repeat(64)],
                plaintextHashes: [],
                contactPhone: `1390000000${i + 1}`,
                staffUserIds: [],
                persons: [],
                priceFen: b.figures.priceFen,
              }))
            : [],
        ),
    })
    const p = await api('POST', '/trading/projects', f.cookies.agencyA, {
      name: '乌鲁木齐市第十九中学教学楼改扩建工程',
      category: 'works',
      method: 'open_tender',
      region: '650104',
      ownerOrgId: f.orgs.owner,
      agencyOrgId: f.orgs.agencyA,
      supervisingDepartmentId: f.departments.housing,
      budgetFen: 31_200_000_00,
      isLegallyRequired: true,
      lots: [
        { name: '第一标段', budgetFen: 31_200_000_00 },
        { name: '第二标段', budgetFen: 1_200_000_00 },
      ],
    })
    projectId = p.json<{ id: string }>().id
    ;[lotId, lot2Id] = p.json<{ lots: Array<{ id: string }> }>().lots.map((l) => l.id) as [string, string]
    await api('POST', `/trading/projects/${projectId}/register`, f.cookies.staff)
    const a = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'tender',
      title: '乌鲁木齐市第十九中学教学楼改扩建工程招标公告',
      body: '……',
      language: 'zh-CN',
      dates: { saleStart: '2026-06-01', saleEnd: '2026-06-08', bidDeadline: '2026-06-22T10:30:00+08:00' },
    })
    await api('POST', `/trading/announcements/${a.json<{ id: string }>().id}/publish`, f.cookies.agencyA, {})
    for (let i = 1; i <= 6; i++) await api('POST', '/experts', f.cookies.staff, testExpert(i))
  })
  afterAll(async () => ctx?.close())

  it('deposits: imported from a bank statement, payers sealed until the opening', async () => {
    const csv = `日期,时间,付款人代码,付款人,金额,流水号\n2026-06-10,09:30,${bids[0]!.creditCode},${bids[0]!.name},200000.00,B001\n`
    const bad = await api('POST', `/trading/lots/${lotId}/deposits/import`, f.cookies.staff, {
      csv: csv + 'x,y\n',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({
      code: 'DEPOSIT_STATEMENT_INVALID',
      details: { problems: [{ line: 3, problem: 'columns' }] },
    })
    const ok = await api('POST', `/trading/lots/${lotId}/deposits/import`, f.cookies.staff, { csv })
    expect(ok.json()).toEqual({ imported: 1, skipped: 0 })
    expect(
      (await api('POST', `/trading/lots/${lotId}/deposits/import`, f.cookies.staff, { csv })).json(),
    ).toEqual({
      imported: 0,
      skipped: 1,
    })
    const sealed = await api('GET', `/trading/lots/${lotId}/deposits`, f.cookies.housingSupervisor)
    expect(sealed.json()).toEqual({ isSealed: true, count: 1, totalFen: 200_000_00, deposits: [], late: [] })
    expect((await api('GET', `/trading/lots/${lotId}/deposits`, f.cookies.agencyA)).statusCode).toBe(404)
  })

  it('the committee accepts and checks in; the session needs all of it', async () => {
    const d = await api('POST', `/trading/lots/${lotId}/committee/draw`, f.cookies.staff, {
      specialty: 'building',
      sessionAt: '2026-06-22T14:00:00+08:00',
      place: '第二评标室',
    })
    expect(d.statusCode, d.body).toBe(201)
    const inv = await db().selectFrom('expert_invitations').selectAll().where('lot_id', '=', lotId).execute()
    for (const i of inv)
      await ctx.container.sms.service.receive({ sender: i.phone, body: '1', provider: 'test' })
    const codes = (
      await db()
        .selectFrom('expert_invitations')
        .select('check_in_code')
        .where('lot_id', '=', lotId)
        .execute()
    ).map((r) => r.check_in_code!)
    ctx.clock.set('2026-06-22T05:30:00.000Z')
    for (const code of codes.slice(0, 4))
      await api('POST', `/trading/lots/${lotId}/committee/check-in`, f.cookies.staff, { code })
    const sheet = {
      method: 'comprehensive',
      criteria: [
        { id: 'price', name: '报价', maxPoints: 60, isPrice: true },
        { id: 'tech', name: '技术', maxPoints: 30, isPrice: false },
        { id: 'credit', name: '信誉', maxPoints: 10, isPrice: false },
      ],
    }
    const early = await api('POST', `/trading/lots/${lotId}/evaluation`, f.cookies.staff, sheet)
    expect(early.json()).toMatchObject({ code: 'EVAL_TOO_FEW_MEMBERS', details: { checkedIn: 4, size: 5 } })
    await api('POST', `/trading/lots/${lotId}/committee/check-in`, f.cookies.staff, { code: codes[4] })
    const badSheet = await api('POST', `/trading/lots/${lotId}/evaluation`, f.cookies.staff, {
      ...sheet,
      criteria: sheet.criteria.slice(1),
    })
    expect(badSheet.json().code).toBe('EVAL_SHEET_INVALID')
    // an inquiry (询价) awards at the lowest price: a scoring sheet is refused with its basis
    const inquiry = await api('POST', '/trading/projects', f.cookies.agencyA, {
      name: '第十九中学办公家具采购',
      category: 'procurement',
      method: 'inquiry',
      region: '650104',
      ownerOrgId: f.orgs.owner,
      agencyOrgId: f.orgs.agencyA,
      supervisingDepartmentId: f.departments.housing,
      budgetFen: 800_000_00,
      isLegallyRequired: false,
      lots: [{ name: '办公家具', budgetFen: 800_000_00 }],
    })
    expect(inquiry.statusCode, inquiry.body).toBe(201)
    const inquiryLot = inquiry.json<{ lots: Array<{ id: string }> }>().lots[0]!.id
    expect(
      (await api('POST', `/trading/lots/${inquiryLot}/evaluation`, f.cookies.staff, sheet)).json(),
    ).toMatchObject({
      code: 'EVAL_METHOD_NOT_ALLOWED',
      details: { allowed: ['lowest_price'], basis: '政府采购法 第40条' },
    })
    expect(
      (await api('POST', `/trading/lots/${lotId}/evaluation`, f.cookies.agencyA, sheet)).statusCode,
    ).toBe(403)
    // the staff page reads the state: none before the start, started after (no form again)
    const state = () => api('GET', `/trading/lots/${lotId}/evaluation`, f.cookies.staff)
    expect((await state()).json()).toMatchObject({ status: 'none', startedAt: null, memberCount: 0 })
    const s = await api('POST', `/trading/lots/${lotId}/evaluation`, f.cookies.staff, sheet)
    expect(s.statusCode, s.body).toBe(201)
    tokens = s.json<{ members: Array<{ invitationId: string; token: string }> }>().members
    expect(tokens).toHaveLength(5)
    expect((await state()).json()).toMatchObject({
      status: 'open',
      startedAt: ctx.clock.now().toISOString(),
      method: 'comprehensive',
      memberCount: 5,
    })
    expect((await state()).body).not.toContain(tokens[0]!.token)
    // the lot is in evaluation (评标); the project is not while its second lot still takes bids
    const lot = await db()
      .selectFrom('trading_lots')
      .select('stage')
      .where('id', '=', lotId)
      .executeTakeFirst()
    expect(lot?.stage).toBe('evaluating')
    expect((await api('POST', `/trading/lots/${lotId}/evaluation`, f.cookies.staff, sheet)).json().code).toBe(
      'EVAL_SESSION_EXISTS',
    )
    expect((await api('GET', `/trading/lots/${lotId}/evaluation`, f.cookies.agencyA)).statusCode).toBe(404)
    const stored = await db().selectFrom('eval_members').select('token_hash').execute()
    for (const t of tokens) expect(stored.map((r) => r.token_hash)).not.toContain(t.token)
  })

  it('members see the bids with their token only, score, and one deviating member is flagged', async () => {
    expect((await api('GET', '/evaluation/session', f.cookies.staff)).statusCode).toBe(401)
    expect((await api('GET', '/evaluation/session', null, undefined, 'x'.repeat(43))).json().code).toBe(
      'EVAL_TOKEN_INVALID',
    )
    const view = await api('GET', '/evaluation/session', null, undefined, tokens[0]!.token)
    expect(view.json<{ bids: unknown[] }>().bids).toHaveLength(3)
    const over = await api(
      'PUT',
      '/evaluation/scores/bid-1',
      null,
      { points: { tech: 31 }, isPassed: true },
      tokens[0]!.token,
    )
    expect(over.json()).toMatchObject({ code: 'EVAL_MARKS_INVALID' })
    expect(
      (await api('PUT', '/evaluation/scores/bid-9', null, { points: {}, isPassed: true }, tokens[0]!.token))
        .statusCode,
    ).toBe(404)
    const marks: Record<string, [number, number]> = { 'bid-1': [25, 8], 'bid-2': [20, 8], 'bid-3': [30, 10] }
    for (const [m, t] of tokens.entries())
      for (const [bidId, [tech, credit]] of Object.entries(marks)) {
        if (m === 4 && bidId === 'bid-3') continue
        const techPoints = m === 4 && bidId === 'bid-2' ? 2 : tech
        const r = await api(
          'PUT',
          `/evaluation/scores/${bidId}`,
          null,
          { points: { tech: techPoints, credit }, isPassed: true },
          t.token,
        )
        expect(r.statusCode, r.body).toBe(200)
      }
    const missing = await api('POST', `/trading/lots/${lotId}/evaluation/report`, f.cookies.staff)
    expect(missing.json()).toMatchObject({ code: 'EVAL_SCORES_MISSING', details: { missing: 1 } })
    await api(
      'PUT',
      '/evaluation/scores/bid-3',
      null,
      { points: { tech: 30, credit: 10 }, isPassed: true },
      tokens[4]!.token,
    )
    const report = await api('POST', `/trading/lots/${lotId}/evaluation/report`, f.cookies.staff)
    expect(report.statusCode, report.body).toBe(200)
    const r = report.json<{
      ranked: Array<{ bidId: string; rank: number; score: number }>
      deviations: Array<{ memberId: string; bidId: string }>
    }>()
    // bid-2 is the benchmark (60); bid-1 54 + 33; bid-3 45 + 40; member 5 gave bid-2 2 for tech instead of 20
    expect(r.ranked.map((x) => [x.bidId, x.rank, x.score])).toEqual([
      ['bid-1', 1, 8700],
      ['bid-3', 2, 8500],
      ['bid-2', 3, 8440],
    ])
    expect(r.deviations.map((x) => [x.memberId, x.bidId])).toEqual([[tokens[4]!.invitationId, 'bid-2']])
    const late = await api(
      'PUT',
      '/evaluation/scores/bid-1',
      null,
      { points: { tech: 1 }, isPassed: true },
      tokens[0]!.token,
    )
    expect(late.json().code).toBe('EVAL_SESSION_STATE')
  })

  it('every member confirms; the session closes and the tokens see nothing more', async () => {
    for (const t of tokens)
      expect((await api('POST', '/evaluation/confirm', null, undefined, t.token)).statusCode).toBe(200)
    const report = await api('GET', `/trading/lots/${lotId}/evaluation/report`, f.cookies.housingSupervisor)
    expect(report.json().status).toBe('confirmed')
    expect((await api('GET', '/evaluation/session', null, undefined, tokens[0]!.token)).statusCode).toBe(401)
  })

  it('candidates, an objection that pauses, the award with its notice and verification', async () => {
    ctx.clock.set('2026-06-23T02:00:00.000Z')
    const c = await api('POST', `/trading/lots/${lotId}/candidates`, f.cookies.agencyA, {
      publicityStart: '2026-06-23',
      publicityEnd: '2026-06-26',
    })
    expect(c.statusCode, c.body).toBe(201)
    expect(c.json<{ candidates: Array<{ bidId: string }> }>().candidates.map((x) => x.bidId)).toEqual([
      'bid-1',
      'bid-3',
      'bid-2',
    ])
    resultId = c.json<{ id: string }>().id
    const ofLot = await api('GET', `/trading/lots/${lotId}/result`, f.cookies.staff)
    expect(ofLot.json()).toMatchObject({ id: resultId, status: 'publicity' })
    // the lot is in publicity, not the project: its second lot is still running
    const stages = async () => {
      const p = (await api('GET', `/trading/projects/${projectId}`, f.cookies.agencyA)).json<{
        status: string
        lots: Array<{ stage: string }>
      }>()
      return { status: p.status, stages: p.lots.map((l) => l.stage) }
    }
    expect(await stages()).toEqual({ status: 'announced', stages: ['publicity', 'open'] })
    expect(
      (
        await api('POST', `/trading/lots/${lotId}/candidates`, f.cookies.agencyA, {
          publicityStart: '2026-06-23',
          publicityEnd: '2026-06-26',
        })
      ).json().code,
    ).toBe('RESULT_STATE')
    // the second lot has no bid: its opening fails (流标); every running lot is in publicity now
    const failed = await api('POST', `/bidding/lots/${lot2Id}/opening`, f.cookies.staff)
    expect(failed.json(), failed.body).toMatchObject({ status: 'failed', bidCount: 0 })
    expect(await stages()).toEqual({ status: 'publicity', stages: ['publicity', 'failed'] })
    // on the public site too
    expect((await api('GET', `/trading/public/projects/${projectId}`, null)).json()).toMatchObject({
      status: 'publicity',
      lots: [{ stage: 'publicity' }, { stage: 'failed' }],
    })
    const ann = await api('GET', `/trading/public/announcements/${c.json().candidatesAnnouncementId}`, null)
    expect(ann.statusCode).toBe(200)
    expect(ann.body).toContain('新疆第1建设工程有限公司')
    // it names its lot (标段), on the page and in the project's timeline
    expect(ann.json().lots).toEqual([{ seq: 1, name: expect.any(String) }])
    const timeline = (await api('GET', `/trading/public/projects/${projectId}`, null)).json<{
      announcements: Array<{ id: string; kind: string; lots: Array<{ seq: number }> }>
    }>()
    expect(timeline.announcements.find((x) => x.kind === 'candidates')?.lots).toEqual([
      { seq: 1, name: expect.any(String) },
    ])
    expect(timeline.announcements.find((x) => x.kind === 'tender')?.lots).toEqual([])
    // migration 0044 gives an announcement published before it its lots from the journal
    const database = ctx.container.database.db
    await database.updateTable('trading_announcements').set({ lot_ids: null }).execute()
    expect((await api('GET', `/trading/public/announcements/${ann.json().id}`, null)).json().lots).toEqual([])
    await backfillAnnouncementLots(database)
    expect((await api('GET', `/trading/public/announcements/${ann.json().id}`, null)).json().lots).toEqual([
      { seq: 1, name: expect.any(String) },
    ])

    ctx.clock.set('2026-06-24T02:00:00.000Z')
    const o = await api('POST', `/trading/results/${resultId}/objections`, f.cookies.staff, {
      raisedBy: '新疆第2建设工程有限公司',
      text: '对评分有异议',
    })
    expect(o.json()).toMatchObject({ status: 'paused', objections: [{ dueOn: '2026-06-27', answer: null }] })
    ctx.clock.set('2026-06-27T02:00:00.000Z')
    expect((await api('POST', `/trading/results/${resultId}/award`, f.cookies.agencyA)).json().code).toBe(
      'RESULT_OBJECTION_OPEN',
    )
    const objectionId = o.json<{ objections: Array<{ id: string }> }>().objections[0]!.id
    expect(
      (await api('POST', `/trading/objections/${objectionId}/answer`, f.cookies.agencyB, { answer: 'x' }))
        .statusCode,
    ).toBe(404)
    const answered = await api('POST', `/trading/objections/${objectionId}/answer`, f.cookies.agencyA, {
      answer: '经复核，评分无误。',
    })
    expect(answered.json().status).toBe('publicity')

    ctx.clock.set('2026-06-26T02:00:00.000Z')
    expect((await api('POST', `/trading/results/${resultId}/award`, f.cookies.agencyA)).json().code).toBe(
      'RESULT_PUBLICITY_RUNNING',
    )
    ctx.clock.set('2026-06-27T02:00:00.000Z')
    const award = await api('POST', `/trading/results/${resultId}/award`, f.cookies.agencyA)
    expect(award.statusCode, award.body).toBe(200)
    const verifyPath = award.json<{ verifyPath: string }>().verifyPath
    // the award is the lot's award notice for part 1's supervision (contract within 30 days)
    const facts = () =>
      db()
        .selectFrom('trading_lots')
        .select(['award_notice_on', 'award_fen', 'contract_signed_on'])
        .where('id', '=', lotId)
        .executeTakeFirstOrThrow()
    expect(await facts()).toMatchObject({ award_notice_on: '2026-06-27', contract_signed_on: null })
    expect(Number((await facts()).award_fen)).toBe(award.json().candidates[0].priceFen)
    // the two losing bidders are told by SMS (essential), the winner is not
    const told = await db()
      .selectFrom('sms_messages')
      .select(['recipient', 'body', 'is_essential'])
      .where('cause_key', 'like', 'result-not-awarded:%')
      .orderBy('recipient')
      .execute()
    expect(told.map((m) => m.recipient)).toEqual(['13900000002', '13900000003'])
    expect(told.every((m) => m.body.includes('未中标') && m.body.includes('新疆第1建设工程有限公司'))).toBe(
      true,
    )
    expect(told.every((m) => Number(m.is_essential) === 1)).toBe(true)
    expect(verifyPath).toMatch(/^\/api\/v1\/trading\/public\/awards\/[A-Za-z0-9_-]{32}$/)
    const v = await ctx.app.inject({ method: 'GET', url: verifyPath })
    expect(v.json()).toMatchObject({
      isValid: true,
      winner: '新疆第1建设工程有限公司',
      priceFen: 1_000_000_00,
    })
    expect((await api('GET', `/trading/public/awards/${'A'.repeat(32)}`, null)).statusCode).toBe(404)
    const notice = await api('GET', `/trading/results/${resultId}/notice`, f.cookies.agencyA)
    expect(notice.headers['content-type']).toContain('text/html')
    expect(notice.body).toContain('中标通知书')
    expect(notice.body).toContain('<svg')
    // the QR code leads to the public web page, which reads the verification route
    expect(notice.body).toContain(`/portal/trading/awards/${verifyPath.split('/').pop()}`)
    // every lot awarded or failed: the project is awarded
    expect(await stages()).toEqual({ status: 'awarded', stages: ['awarded', 'failed'] })
    // the result is decided: the center may now see the committee
    expect((await api('GET', `/trading/lots/${lotId}/committee`, f.cookies.staff)).statusCode).toBe(200)
  })

  it('deposits: returned within 5 days of the contract, else late', async () => {
    await api('POST', `/trading/results/${resultId}/contract`, f.cookies.agencyA, { signedOn: '2026-06-28' })
    expect(
      (
        await db()
          .selectFrom('trading_lots')
          .select('contract_signed_on')
          .where('id', '=', lotId)
          .executeTakeFirstOrThrow()
      ).contract_signed_on,
    ).toBe('2026-06-28')
    ctx.clock.set('2026-07-03T08:00:00.000Z')
    const open = await api('GET', `/trading/lots/${lotId}/deposits`, f.cookies.housingSupervisor)
    expect(open.json()).toMatchObject({ isSealed: false, count: 1, late: [] })
    expect(open.json().deposits[0].orgId).toBe(bids[0]!.orgId)
    ctx.clock.set('2026-07-04T08:00:00.000Z')
    const late = await api('GET', `/trading/lots/${lotId}/deposits`, f.cookies.housingSupervisor)
    expect(late.json().late).toEqual([{ depositId: open.json().deposits[0].id, dueOn: '2026-07-03' }])
    // the supervising department's board shows the late return and the rigging sign of the lot
    const board = await api('GET', '/trading/board', f.cookies.housingSupervisor)
    const onLot = board
      .json<{ anomalies: Array<{ code: string; subjectId: string; params: Record<string, unknown> }> }>()
      .anomalies.filter((a) => a.subjectId === lotId)
    expect(onLot.find((a) => a.code === 'TRADING_DEPOSIT_RETURN_LATE')?.params).toMatchObject({
      count: 1,
      dueOn: '2026-07-03',
    })
    expect(onLot.find((a) => a.code === 'TRADING_BID_RIGGING')?.params).toMatchObject({
      count: 1,
      signs: 'RIGGING_SAME_ADDRESS',
      bidders: '新疆第1建设工程有限公司、新疆第2建设工程有限公司',
    })

    const types = (
      await db()
        .selectFrom('trading_project_events')
        .select('type')
        .where('project_id', '=', projectId)
        .execute()
    ).map((e) => e.type)
    for (const t of [
      'deposit.recorded',
      'eval.started',
      'eval.scored',
      'eval.reported',
      'eval.report-confirmed',
      'result.candidates',
      'result.objection',
      'result.objection-answered',
      'result.awarded',
      'result.contract-signed',
    ])
      expect(types).toContain(t)
  })
})
