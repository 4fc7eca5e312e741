import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  TEST_PASSWORD,
  type TestContext,
} from '../../../test/support/test-app'
import { newId } from '../../platform/ids'
import { creditCode, seedTradingFixtures, type TradingFixtures } from '../trading/test-fixtures'
import type { BidderOrg } from './bidding-port'
import { testExpert } from './test-fixtures'

/**
 * The expert draw through the API on both databases: avoidance of the tenderee's and the
 * bidders' organisations and staff, invitations by SMS that do not name the project, answers by
 * reply taking precedence over ratings, replacements for a decline and for silence, check-in,
 * names 404 to all but the supervising department (refusals audited), the draw reproducible from
 * its record and the bidders' avoidance sealed until the opening.
 */
describe.skipIf(isDbUnavailable())('experts: the committee draw', () => {
  let ctx: TestContext
  let f: TradingFixtures
  let lotId: string
  let projectId: string
  let drawId: string
  let tendereeUserId: string
  let bidderStaffId: string
  const bidders: BidderOrg[] = []
  const ownerCode = creditCode('91650109MA7XK2L3'.padEnd(17, '0'))
  const api = (method: 'GET' | 'POST', url: string, cookie: string | null, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: cookie ? { cookie } : {},
      ...(payload ? { payload } : {}),
    })
  const db = () => ctx.container.database.db
  const invitations = () =>
    db()
      .selectFrom('expert_invitations')
      .selectAll()
      .where('lot_id', '=', lotId)
      .orderBy('sent_at')
      .orderBy('id')
      .execute()
  const expertIdsByName = new Map<string, string>()

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    ctx.clock.set('2026-06-01T02:00:00.000Z')
    f = await seedTradingFixtures(ctx)
    tendereeUserId = (
      await db().selectFrom('users').select('id').where('username', '=', 'tenderee').executeTakeFirstOrThrow()
    ).id
    // a bidder organisation (part 2's bidders) with one staff account
    const bidderOrgId = newId()
    const bidderCode = creditCode('91650104MA7BDX01'.padEnd(17, '4'))
    await db()
      .insertInto('trading_organisations')
      .values({
        id: bidderOrgId,
        name: '新疆投标建设有限公司',
        credit_code: bidderCode,
        kind: 'bidder',
        created_at: '2026-05-01T00:00:00.000Z',
      })
      .execute()
    const staff = await ctx.container.auth.createUser('system', {
      username: 'bidder-staff',
      displayName: 'bidder-staff',
      password: TEST_PASSWORD,
      grants: [],
    })
    bidderStaffId = staff.id
    await db()
      .insertInto('trading_org_members')
      .values({ user_id: bidderStaffId, organisation_id: bidderOrgId })
      .execute()
    bidders.push({ orgId: bidderOrgId, creditCode: bidderCode, name: '新疆投标建设有限公司' })
    ctx.container.experts.useBidding({
      lotBidderOrgs: (_db, id) => Promise.resolve(id === lotId ? bidders : []),
      openedBids: () => Promise.resolve([]),
      bidderPhones: () => Promise.resolve([]),
      lotBidFacts: () => Promise.resolve([]),
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
      lots: [{ name: '第一标段', budgetFen: 31_200_000_00 }],
    })
    expect(p.statusCode, p.body).toBe(201)
    projectId = p.json<{ id: string }>().id
    lotId = p.json<{ lots: Array<{ id: string }> }>().lots[0]!.id
    await api('POST', `/trading/projects/${projectId}/register`, f.cookies.staff)
    const a = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'tender',
      title: '乌鲁木齐市第十九中学教学楼改扩建工程招标公告',
      body: '……',
      language: 'zh-CN',
      dates: { saleStart: '2026-06-01', saleEnd: '2026-06-08', bidDeadline: '2026-06-22T10:30:00+08:00' },
    })
    const pub = await api(
      'POST',
      `/trading/announcements/${a.json<{ id: string }>().id}/publish`,
      f.cookies.agencyA,
      {},
    )
    expect(pub.statusCode, pub.body).toBe(200)

    // the pool: 12 building experts; 1 works for the tenderee, 1 is the tenderee's staff,
    // 1 works for the bidder, 1 is the bidder's staff, 1 declared a conflict with the bidder,
    // 1 is unavailable, 2 are of another specialty
    const special: Record<number, object> = {
      1: { employerCreditCode: ownerCode },
      2: { userId: tendereeUserId },
      3: { employerCreditCode: bidderCode },
      4: { userId: bidderStaffId },
      5: { conflicts: [bidderCode] },
      6: { isAvailable: false },
      7: { specialties: ['law'] },
      8: { specialties: ['it'] },
    }
    for (let i = 1; i <= 20; i++) {
      const r = await api('POST', '/experts', f.cookies.staff, testExpert(i, special[i] ?? {}))
      expect(r.statusCode, r.body).toBe(201)
      expertIdsByName.set(`专家${i}`, r.json<{ id: string }>().id)
    }
  })
  afterAll(async () => ctx?.close())

  const avoided = () => [1, 2, 3, 4, 5, 6, 7, 8].map((i) => expertIdsByName.get(`专家${i}`)!)

  it('the pool: bad input refused with a code; lists mask personal data; a full read is audited', async () => {
    const bad = await api(
      'POST',
      '/experts',
      f.cookies.staff,
      testExpert(99, { idNumber: '650102197001010011' }),
    )
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ code: 'EXPERT_INVALID', details: { field: 'idNumber' } })
    const dup = await api('POST', '/experts', f.cookies.staff, testExpert(1))
    expect(dup.json().code).toBe('EXPERT_ID_NUMBER_TAKEN')
    expect((await api('GET', '/experts', f.cookies.agencyA)).statusCode).toBe(403)
    const list = await api('GET', '/experts', f.cookies.staff)
    expect(list.json<unknown[]>()).toHaveLength(20)
    expect(list.json<Array<{ idNumber: string }>>()[0]!.idNumber).toMatch(/^\d{3}\*+\d{3}[\dX]$/)
    const one = await api('GET', `/experts/${expertIdsByName.get('专家9')}`, f.cookies.staff)
    expect(one.json().phone).toBe('13900000009')
    const audit = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'expert.read-personal-data')
      .execute()
    expect(audit).toHaveLength(1)
  })

  it('refuses a committee smaller than the category requires', async () => {
    const r = await api('POST', `/trading/lots/${lotId}/committee/draw`, f.cookies.staff, {
      specialty: 'building',
      size: 4,
      sessionAt: '2026-06-22T14:00:00+08:00',
      place: '第二评标室',
    })
    expect(r.statusCode).toBe(400)
    expect(r.json()).toMatchObject({ code: 'EXPERT_COMMITTEE_SIZE', details: { minMembers: 5 } })
    expect(await db().selectFrom('expert_draws').selectAll().execute()).toEqual([])
  })

  it('draws five, avoiding the tenderee and the bidders; invites by essential SMS without the project', async () => {
    const r = await api('POST', `/trading/lots/${lotId}/committee/draw`, f.cookies.staff, {
      specialty: 'building',
      sessionAt: '2026-06-22T14:00:00+08:00',
      place: '第二评标室',
    })
    expect(r.statusCode, r.body).toBe(201)
    expect(r.json()).toMatchObject({ seq: 1, size: 5, invited: 5 })
    expect(r.body).not.toContain('专家')
    drawId = r.json<{ drawId: string }>().drawId
    const inv = await invitations()
    expect(inv).toHaveLength(5)
    for (const i of inv) expect(avoided()).not.toContain(i.expert_id)
    const sms = await db()
      .selectFrom('sms_messages')
      .selectAll()
      .where('template', '=', 'expert.invitation')
      .execute()
    expect(sms.map((s) => s.recipient).sort()).toEqual(inv.map((i) => i.phone).sort())
    for (const s of sms) {
      expect(Number(s.is_essential)).toBe(1)
      expect(s.body).toContain('2026/06/22 14:00')
      expect(s.body).toContain('回复1')
      expect(s.body).not.toContain('十九中学')
    }
    // the sealed list holds no bidder code in the clear
    const row = await db()
      .selectFrom('expert_draws')
      .selectAll()
      .where('id', '=', drawId)
      .executeTakeFirstOrThrow()
    expect(row.sealed_exclusions).not.toContain(bidders[0]!.creditCode)
    expect(row.public_rules).toContain(ownerCode)
    expect(row.public_rules).not.toContain(bidders[0]!.creditCode)
    const again = await api('POST', `/trading/lots/${lotId}/committee/draw`, f.cookies.staff, {
      specialty: 'building',
      sessionAt: '2026-06-22T14:00:00+08:00',
      place: '第二评标室',
    })
    expect(again.json().code).toBe('EXPERT_DRAW_EXISTS')
  })

  it('names are 404 to all but the supervising department; refusals audited', async () => {
    for (const cookie of [
      f.cookies.staff,
      f.cookies.agencyA,
      f.cookies.tenderee,
      f.cookies.financeSupervisor,
      f.cookies.admin,
    ]) {
      const r = await api('GET', `/trading/lots/${lotId}/committee`, cookie)
      expect(r.statusCode).toBe(404)
      expect(r.json().code).toBe('EXPERT_COMMITTEE_NOT_FOUND')
      expect((await api('GET', `/experts/draws/${drawId}`, cookie)).statusCode).toBe(404)
    }
    expect((await api('GET', `/trading/lots/${lotId}/committee`, null)).statusCode).toBe(401)
    const refused = await db()
      .selectFrom('audit_log')
      .select('actor')
      .where('action', '=', 'expert.committee-refused')
      .execute()
    expect(refused).toHaveLength(10)
    const ok = await api('GET', `/trading/lots/${lotId}/committee`, f.cookies.housingSupervisor)
    expect(ok.statusCode).toBe(200)
    expect(ok.json<{ members: Array<{ name: string; status: string }> }>().members).toHaveLength(5)
    expect(ok.json<{ members: Array<{ name: string }> }>().members[0]!.name).toMatch(/^专家\d+$/)
    expect(ok.json<{ draws: Array<{ id: string; seq: number }> }>().draws).toEqual([
      expect.objectContaining({ id: drawId, seq: 1 }),
    ])
    // center staff see the committee in counts, never names; others are refused
    const counts = await api('GET', `/trading/lots/${lotId}/committee/counts`, f.cookies.staff)
    expect(counts.json()).toEqual({
      size: 5,
      draws: 1,
      pending: 5,
      accepted: 0,
      declined: 0,
      expired: 0,
      checkedIn: 0,
    })
    expect(counts.body).not.toContain('专家')
    expect((await api('GET', `/trading/lots/${lotId}/committee/counts`, f.cookies.agencyA)).statusCode).toBe(
      403,
    )
  })

  it('a decline by reply draws a replacement; the reply goes before ratings; 1 accepts and check-in works', async () => {
    const [first, second] = await invitations()
    const unclear = await ctx.container.sms.service.receive({
      sender: first!.phone,
      body: '5',
      provider: 'test',
    })
    expect(unclear.outcome).toBe('expert.unclear')
    const declined = await ctx.container.sms.service.receive({
      sender: first!.phone,
      body: '2',
      provider: 'test',
    })
    expect(declined.outcome).toBe('expert.declined')
    const inv = await invitations()
    expect(inv).toHaveLength(6)
    const replacement = inv.find((i) => i.draw_id !== drawId)!
    expect(replacement.status).toBe('pending')
    expect(avoided()).not.toContain(replacement.expert_id)
    expect(inv.filter((i) => i.expert_id === replacement.expert_id)).toHaveLength(1)
    expect(inv.find((i) => i.id === first!.id)).toMatchObject({
      status: 'declined',
      replaced_by_draw_id: replacement.draw_id,
    })
    // no longer open: a later reply from that phone is not the invitation's
    const later = await ctx.container.sms.service.receive({
      sender: first!.phone,
      body: '1',
      provider: 'test',
    })
    expect(later.outcome).not.toMatch(/^expert\./)

    const accepted = await ctx.container.sms.service.receive({
      sender: second!.phone,
      body: '１',
      provider: 'test',
    })
    expect(accepted.outcome).toBe('expert.accepted')
    const code = (await invitations()).find((i) => i.id === second!.id)!.check_in_code!
    const codeSms = await db()
      .selectFrom('sms_messages')
      .select('body')
      .where('cause_key', '=', `expert-accepted:${second!.id}`)
      .executeTakeFirstOrThrow()
    expect(codeSms.body).toContain(code)
    const wrong = await api('POST', `/trading/lots/${lotId}/committee/check-in`, f.cookies.staff, {
      code: code === '000000' ? '000001' : '000000',
    })
    expect(wrong.json().code).toBe('EXPERT_CHECK_IN_INVALID')
    const checkIn = await api('POST', `/trading/lots/${lotId}/committee/check-in`, f.cookies.staff, { code })
    expect(checkIn.statusCode, checkIn.body).toBe(200)
    expect(checkIn.body).not.toContain('专家')
  })

  it('no answer within the time draws a replacement', async () => {
    const before = await invitations()
    ctx.clock.set('2026-06-01T02:29:00.000Z')
    expect(await ctx.container.experts.answers.expireDue()).toBe(0)
    ctx.clock.set('2026-06-01T02:31:00.000Z')
    const pending = before.filter((i) => i.status === 'pending')
    expect(await ctx.container.experts.answers.expireDue()).toBe(pending.length)
    const after = await invitations()
    expect(after).toHaveLength(before.length + pending.length)
    for (const p of pending) expect(after.find((i) => i.id === p.id)!.status).toBe('expired')
    expect(new Set(after.map((i) => i.expert_id)).size).toBe(after.length)
    for (const i of after) expect(avoided()).not.toContain(i.expert_id)
  })

  it('every draw is reproducible from its record; the bidders are revealed only after the opening; all on the chain', async () => {
    const draws = await db()
      .selectFrom('expert_draws')
      .select(['id', 'seq'])
      .where('lot_id', '=', lotId)
      .orderBy('seq')
      .execute()
    expect(draws.length).toBeGreaterThan(2)
    for (const d of draws) {
      const v = await api('POST', `/experts/draws/${d.id}/verify`, f.cookies.housingSupervisor)
      expect(v.statusCode, v.body).toBe(200)
      expect(v.json()).toMatchObject({ isReproduced: true, isSealIntact: true })
    }
    const before = await api('GET', `/experts/draws/${drawId}`, f.cookies.housingSupervisor)
    expect(before.json().revealedExclusions).toBeNull()
    expect(before.body).not.toContain(bidders[0]!.creditCode)
    ctx.clock.set('2026-06-22T02:30:00.000Z')
    const after = await api('GET', `/experts/draws/${drawId}`, f.cookies.housingSupervisor)
    expect(after.json().revealedExclusions).toEqual({
      bidderCreditCodes: [bidders[0]!.creditCode],
      bidderUserIds: [bidderStaffId],
    })
    const types = (
      await db()
        .selectFrom('trading_project_events')
        .select('type')
        .where('project_id', '=', projectId)
        .orderBy('seq')
        .execute()
    ).map((e) => e.type)
    expect(types.filter((t) => t === 'expert.drawn')).toHaveLength(draws.length)
    expect(types).toEqual(
      expect.arrayContaining([
        'expert.invited',
        'expert.declined',
        'expert.accepted',
        'expert.checked-in',
        'expert.expired',
        'expert.exclusions-revealed',
      ]),
    )
    // the chain still verifies
    const events = await db()
      .selectFrom('trading_project_events')
      .selectAll()
      .where('project_id', '=', projectId)
      .orderBy('seq')
      .execute()
    for (let i = 1; i < events.length; i++) expect(events[i]!.prev_hash).toBe(events[i - 1]!.hash)
  })
})
