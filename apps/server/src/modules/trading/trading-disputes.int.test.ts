import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { signIn, TEST_PASSWORD } from '../../../test/support/test-app'
import { seedTradingFixtures, type TradingFixtures } from './test-fixtures'

/**
 * Objections, complaints and the facts of a lot through the API on both databases: limits from
 * the timetable (a late filing is refused with its rule and changes nothing), who records and
 * answers what (others get 404), answers once, everything in the project's history.
 */
describe.skipIf(isDbUnavailable())('trading: objections, complaints, lot facts', () => {
  let ctx: TestContext
  let f: TradingFixtures
  let projectId: string
  let lotId: string
  const api = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string | null, payload?: unknown) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: cookie ? { cookie } : {},
      ...(payload !== undefined ? { payload: payload as object } : {}),
    })
  const objection = (filedOn: string) => ({
    kind: 'objection',
    complainant: '新疆昆仑路桥建设有限公司',
    summary: '招标文件第三章资格条件设置不合理',
    filedOn,
  })

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    ctx.clock.set('2026-06-01T02:00:00.000Z')
    f = await seedTradingFixtures(ctx)
    const p = await api('POST', '/trading/projects', f.cookies.agencyA, {
      name: '米东区第二污水处理厂提标改造工程',
      category: 'works',
      method: 'open_tender',
      region: '650109',
      ownerOrgId: f.orgs.owner,
      agencyOrgId: f.orgs.agencyA,
      supervisingDepartmentId: f.departments.housing,
      budgetFen: 12_000_000_00,
      isLegallyRequired: true,
      lots: [{ name: '施工', budgetFen: 12_000_000_00 }],
    })
    projectId = p.json().id
    lotId = p.json().lots[0].id
    await api('POST', `/trading/projects/${projectId}/register`, f.cookies.staff)
    const t = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'tender',
      title: '米东区第二污水处理厂提标改造工程招标公告',
      body: '详见招标文件。',
      language: 'zh-CN',
      dates: { saleStart: '2026-06-01', saleEnd: '2026-06-08', bidDeadline: '2026-06-22T10:30:00+08:00' },
    })
    const pub = await api('POST', `/trading/announcements/${t.json().id}/publish`, f.cookies.agencyA, {})
    expect(pub.statusCode, pub.body).toBe(200)
  })
  afterAll(() => ctx.close())

  it('an objection ten days before the deadline is recorded with its 3-day limit; a later one is refused', async () => {
    ctx.clock.set('2026-06-13T02:00:00.000Z')
    const late = await api(
      'POST',
      `/trading/projects/${projectId}/disputes`,
      f.cookies.agencyA,
      objection('2026-06-13'),
    )
    expect(late.statusCode).toBe(422)
    expect(late.json().code).toBe('TRADING_DISPUTE_LATE')
    expect(late.json().details.violations[0]).toMatchObject({
      ruleId: 'works.objection_before_deadline',
      basis: '实施条例 第22条',
      required: '2026-06-12',
    })
    expect((await api('GET', `/trading/projects/${projectId}/disputes`, f.cookies.agencyA)).json()).toEqual(
      [],
    )

    const future = await api(
      'POST',
      `/trading/projects/${projectId}/disputes`,
      f.cookies.agencyA,
      objection('2026-06-14'),
    )
    expect(future.json().code).toBe('TRADING_DISPUTE_DATE_INVALID')
    const bad = await api('POST', `/trading/projects/${projectId}/disputes`, f.cookies.agencyA, {
      ...objection('2026-06-12'),
      extra: 1,
    })
    expect(bad.statusCode).toBe(400)
    const res = await api(
      'POST',
      `/trading/projects/${projectId}/disputes`,
      f.cookies.agencyA,
      objection('2026-06-12'),
    )
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({
      kind: 'objection',
      status: 'open',
      filedOn: '2026-06-12',
      dueOn: '2026-06-15', // Friday + 3 = Monday
      ruleId: 'works.objection_answer',
      isOverdue: false,
    })
  })

  it('only the agency records objections; only the supervising department complaints (404 otherwise)', async () => {
    for (const c of [f.cookies.agencyB, f.cookies.tenderee, f.cookies.financeSupervisor, f.cookies.clerk])
      expect(
        (await api('POST', `/trading/projects/${projectId}/disputes`, c, objection('2026-06-12'))).statusCode,
      ).toBeOneOf([403, 404])
    expect(
      (
        await api(
          'POST',
          `/trading/projects/${projectId}/disputes`,
          f.cookies.agencyB,
          objection('2026-06-12'),
        )
      ).statusCode,
    ).toBe(404)
    const complaint = {
      kind: 'complaint',
      complainant: '新疆昆仑路桥建设有限公司',
      summary: '对异议答复不服',
      filedOn: '2026-06-13',
      knownOn: '2026-06-05',
    }
    expect(
      (await api('POST', `/trading/projects/${projectId}/disputes`, f.cookies.agencyA, complaint)).statusCode,
    ).toBe(404)
    expect(
      (await api('POST', `/trading/projects/${projectId}/disputes`, f.cookies.financeSupervisor, complaint))
        .statusCode,
    ).toBe(404)
    const noKnown = await api(
      'POST',
      `/trading/projects/${projectId}/disputes`,
      f.cookies.housingSupervisor,
      {
        ...complaint,
        knownOn: undefined,
      },
    )
    expect(noKnown.json().code).toBe('TRADING_DISPUTE_DATE_INVALID')
    const lateComplaint = await api(
      'POST',
      `/trading/projects/${projectId}/disputes`,
      f.cookies.housingSupervisor,
      {
        ...complaint,
        knownOn: '2026-06-02',
      },
    )
    // a complaint filed late is on the record, not accepted (不予受理), with the rule it missed
    expect(lateComplaint.statusCode, lateComplaint.body).toBe(201)
    expect(lateComplaint.json()).toMatchObject({
      status: 'decided',
      outcome: 'rejected',
      isLate: true,
      ruleId: 'works.complaint_filing',
      basis: '实施条例 第60条',
    })
    const res = await api(
      'POST',
      `/trading/projects/${projectId}/disputes`,
      f.cookies.housingSupervisor,
      complaint,
    )
    expect(res.statusCode, res.body).toBe(201)
    // first accepted or not within 3 working days of receipt (Saturday 06-13: Mon, Tue, Wed)
    expect(res.json()).toMatchObject({
      kind: 'complaint',
      status: 'open',
      isLate: false,
      ruleId: 'works.complaint_acceptance',
      basis: '实施条例 第61条',
      dueOn: '2026-06-17',
    })
  })

  it('answers once, on the record; complaints are decided with an outcome; overdue shows', async () => {
    ctx.clock.set('2026-06-16T02:00:00.000Z')
    const list = (await api('GET', '/trading/disputes', f.cookies.housingSupervisor)).json()
    expect(list.map((d: { kind: string }) => d.kind).sort()).toEqual(['complaint', 'complaint', 'objection'])
    const objectionId = list.find((d: { kind: string }) => d.kind === 'objection').id
    const complaintId = list.find(
      (d: { kind: string; status: string }) => d.status === 'open' && d.kind === 'complaint',
    ).id
    expect(list.find((d: { kind: string }) => d.kind === 'objection').isOverdue).toBe(true)
    expect(
      (await api('GET', '/trading/disputes?status=open&kind=complaint', f.cookies.agencyA)).json(),
    ).toHaveLength(1)
    expect((await api('GET', '/trading/disputes', f.cookies.agencyB)).json()).toEqual([])

    // the overdue objection is a supervision alert of the supervising department, once; the
    // center's supervisor (电子监察) issues a yellow card on it through the supervision module
    const raised = await ctx.container.trading.alerts.sweep()
    expect(raised).toMatchObject({ created: 1, resolved: 0 })
    expect(await ctx.container.trading.alerts.sweep()).toMatchObject({ created: 0 })
    await ctx.container.auth.createUser('system', {
      username: 'jcs',
      displayName: 'jcs',
      password: TEST_PASSWORD,
      grants: [{ role: 'supervisor', departmentId: null }],
    })
    const jcs = await signIn(ctx.app, 'jcs', TEST_PASSWORD)
    const alerts = (await api('GET', '/supervision/alerts?code=TRADING_OBJECTION_UNANSWERED', jcs)).json()
    expect(alerts.items).toHaveLength(1)
    expect(alerts.items[0]).toMatchObject({
      severity: 'serious',
      caseId: projectId,
      departmentId: f.departments.housing,
      subjectKind: 'trading_dispute',
      subjectId: objectionId,
      // the board, where objections and complaints are decided (a project has no case page), is
      // not the center's supervisor's to open: no link rather than one that ends on "no access"
      link: null,
    })
    // the supervising department's trading supervisor (行政监督) sees the trading alerts of the
    // projects it supervises, not its department's case alerts, nor another department's; and
    // nothing else of the service center's supervision (an alert it may not act on is not found)
    const db = ctx.container.database.db
    const raisedRow = await db.selectFrom('supervision_alerts').selectAll().executeTakeFirstOrThrow()
    await db
      .insertInto('supervision_alerts')
      .values({
        ...raisedRow,
        id: `${raisedRow.id}-case`,
        key: `${raisedRow.key}-case`,
        subject_kind: 'case',
      })
      .execute()
    const listed = async (cookie: string) => {
      const res = await api('GET', '/supervision/alerts', cookie)
      expect(res.statusCode, res.body).toBe(200)
      return res.json<{ items: Array<{ id: string }> }>().items.map((a) => a.id)
    }
    expect(await listed(f.cookies.housingSupervisor)).toEqual([alerts.items[0].id])
    // the department's trading supervisor opens the board, where it decides the objection
    expect(
      (
        await api('GET', '/supervision/alerts?code=TRADING_OBJECTION_UNANSWERED', f.cookies.housingSupervisor)
      ).json().items[0].link,
    ).toBe('/trading/board')
    expect(await listed(f.cookies.financeSupervisor)).toEqual([])
    expect((await listed(jcs)).sort()).toEqual([alerts.items[0].id, `${raisedRow.id}-case`].sort())
    for (const url of [
      '/supervision/overview',
      '/supervision/cards',
      `/supervision/cases/${projectId}/alerts`,
    ])
      expect((await api('GET', url, f.cookies.housingSupervisor)).statusCode, url).toBe(403)
    expect(
      (
        await api(
          'POST',
          `/supervision/alerts/${alerts.items[0].id}/acknowledge`,
          f.cookies.housingSupervisor,
          {},
        )
      ).statusCode,
    ).toBe(404)
    expect((await api('GET', '/supervision/alerts', f.cookies.agencyA)).statusCode).toBe(403)
    await db.deleteFrom('supervision_alerts').where('id', '=', `${raisedRow.id}-case`).execute()

    const card = await api('POST', '/supervision/cards', jcs, {
      colour: 'yellow',
      targetKind: 'department',
      departmentId: f.departments.housing,
      alertId: alerts.items[0].id,
      caseId: alerts.items[0].caseId,
      reason: '异议逾期未答复',
    })
    // the card opens the alert's screen (not a case page for the project: there is none), for a
    // reader who may open it: the center's supervisor may not
    expect(card.json()).toMatchObject({
      colour: 'yellow',
      alertId: alerts.items[0].id,
      caseId: projectId,
      link: null,
      status: 'issued',
    })
    expect((await api('GET', '/supervision/cards', jcs)).json()).toEqual([
      expect.objectContaining({ id: card.json().id, link: null }),
    ])

    expect(
      (await api('POST', `/trading/disputes/${objectionId}/answer`, f.cookies.agencyB, { answer: 'x' }))
        .statusCode,
    ).toBe(404)
    expect(
      (
        await api('POST', `/trading/disputes/${objectionId}/answer`, f.cookies.agencyA, {
          answer: 'x',
          outcome: 'upheld',
        })
      ).json().code,
    ).toBe('TRADING_DISPUTE_OUTCOME_INVALID')
    const answered = await api('POST', `/trading/disputes/${objectionId}/answer`, f.cookies.agencyA, {
      answer: '资格条件依据行业标准设置，不予修改。',
    })
    expect(answered.json()).toMatchObject({ status: 'answered', answeredOn: '2026-06-16', isOverdue: false })
    expect(
      (
        await api('POST', `/trading/disputes/${objectionId}/answer`, f.cookies.agencyA, { answer: 'y' })
      ).json().code,
    ).toBe('TRADING_DISPUTE_ANSWERED')
    expect(
      (
        await api('POST', `/trading/disputes/${complaintId}/answer`, f.cookies.housingSupervisor, {
          answer: 'x',
        })
      ).json().code,
    ).toBe('TRADING_DISPUTE_OUTCOME_INVALID')
    // a works complaint is decided on its merits only once accepted (受理)
    const unaccepted = await api(
      'POST',
      `/trading/disputes/${complaintId}/answer`,
      f.cookies.housingSupervisor,
      {
        answer: 'x',
        outcome: 'dismissed',
      },
    )
    expect(unaccepted.json().code).toBe('TRADING_DISPUTE_OUTCOME_INVALID')
    expect(
      (
        await api('POST', `/trading/disputes/${objectionId}/accept`, f.cookies.agencyA, {
          acceptedOn: '2026-06-16',
        })
      ).json().code,
    ).toBe('TRADING_DISPUTE_NOT_ALLOWED')
    expect(
      (
        await api('POST', `/trading/disputes/${complaintId}/accept`, f.cookies.housingSupervisor, {
          acceptedOn: '2026-06-17',
        })
      ).json().code,
    ).toBe('TRADING_DISPUTE_DATE_INVALID') // tomorrow
    const accepted = await api(
      'POST',
      `/trading/disputes/${complaintId}/accept`,
      f.cookies.housingSupervisor,
      {
        acceptedOn: '2026-06-16',
      },
    )
    expect(accepted.statusCode, accepted.body).toBe(200)
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      acceptedOn: '2026-06-16',
      ruleId: 'works.complaint_decision',
    })
    expect(accepted.json().dueOn > '2026-07-20').toBe(true) // 30 working days from acceptance
    expect(
      (
        await api('POST', `/trading/disputes/${complaintId}/accept`, f.cookies.housingSupervisor, {
          acceptedOn: '2026-06-16',
        })
      ).json().code,
    ).toBe('TRADING_DISPUTE_ANSWERED')
    expect(
      (
        await api('POST', `/trading/disputes/${complaintId}/answer`, f.cookies.housingSupervisor, {
          answer: 'x',
          outcome: 'rejected',
        })
      ).json().code,
    ).toBe('TRADING_DISPUTE_OUTCOME_INVALID')
    const decided = await api(
      'POST',
      `/trading/disputes/${complaintId}/answer`,
      f.cookies.housingSupervisor,
      {
        answer: '投诉缺乏事实根据，驳回。',
        outcome: 'dismissed',
      },
    )
    expect(decided.json()).toMatchObject({ status: 'decided', outcome: 'dismissed' })
    // answered: the alert resolves by itself
    expect(await ctx.container.trading.alerts.sweep()).toMatchObject({ created: 0, resolved: 1 })
    expect(
      (await api('POST', '/trading/disputes/nope/answer', f.cookies.agencyA, { answer: 'x' })).json().code,
    ).toBe('TRADING_DISPUTE_NOT_FOUND')

    const history = (await api('GET', `/trading/projects/${projectId}/history`, f.cookies.staff)).json()
    const types = history.map((e: { type: string }) => e.type)
    expect(types.filter((t: string) => t.startsWith('dispute.'))).toEqual([
      'dispute.filed',
      'dispute.filed',
      'dispute.filed',
      'dispute.answered',
      'dispute.accepted',
      'dispute.answered',
    ])
    const events = history.filter((e: { type: string }) => e.type.startsWith('dispute.'))
    expect(events[1].data).toMatchObject({
      outcome: 'rejected',
      late: { ruleId: 'works.complaint_filing' },
    })
    expect(events[3].data).toMatchObject({ kind: 'objection', isLate: true })
    expect(events[4].data).toMatchObject({ acceptedOn: '2026-06-16', isLate: false })
  })

  it('the center records award notice and contract dates, in order, none in the future', async () => {
    ctx.clock.set('2026-06-30T02:00:00.000Z')
    expect(
      (await api('POST', `/trading/lots/${lotId}/facts`, f.cookies.agencyA, { awardNoticeOn: '2026-06-20' }))
        .statusCode,
    ).toBe(404)
    const disordered = await api('POST', `/trading/lots/${lotId}/facts`, f.cookies.staff, {
      awardNoticeOn: '2026-06-20',
      contractSignedOn: '2026-06-19',
    })
    expect(disordered.json()).toMatchObject({
      code: 'TRADING_LOT_FACTS_INVALID',
      details: { problems: ['contract_before_award'] },
    })
    expect(
      (
        await api('POST', `/trading/lots/${lotId}/facts`, f.cookies.staff, { awardNoticeOn: '2026-07-01' })
      ).json().code,
    ).toBe('TRADING_LOT_FACTS_INVALID')
    expect((await api('POST', `/trading/lots/${lotId}/facts`, f.cookies.staff, {})).statusCode).toBe(400)
    const ok = await api('POST', `/trading/lots/${lotId}/facts`, f.cookies.staff, {
      awardNoticeOn: '2026-06-20',
      awardFen: 11_450_000_00,
    })
    expect(ok.json()).toMatchObject({
      awardNoticeOn: '2026-06-20',
      contractSignedOn: null,
      awardFen: 11_450_000_00,
    })
    const signed = await api('POST', `/trading/lots/${lotId}/facts`, f.cookies.staff, {
      contractSignedOn: '2026-06-29',
    })
    expect(signed.json()).toMatchObject({ awardNoticeOn: '2026-06-20', contractSignedOn: '2026-06-29' })
    const lot = (await api('GET', `/trading/projects/${projectId}`, f.cookies.tenderee)).json().lots[0]
    expect(lot).toMatchObject({
      awardNoticeOn: '2026-06-20',
      contractSignedOn: '2026-06-29',
      awardFen: 11_450_000_00,
    })
  })

  it('figures by month and category with savings against the budget, and as Excel', async () => {
    const res = await api('GET', '/trading/figures?from=2026-06&to=2026-06', f.cookies.housingSupervisor)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().rows).toEqual([
      {
        month: '2026-06',
        category: 'works',
        projects: 1,
        budgetFen: 12_000_000_00,
        awardedLots: 1,
        awardedBudgetFen: 12_000_000_00,
        awardFen: 11_450_000_00,
        savingsFen: 550_000_00,
        savingsRate: 0.0458,
      },
    ])
    expect(
      (await api('GET', '/trading/figures?from=2026-06&to=2026-06', f.cookies.financeSupervisor)).json().rows,
    ).toEqual([])
    expect(
      (await api('GET', '/trading/figures?from=2026-05&to=2026-05', f.cookies.staff)).json().rows,
    ).toEqual([])
    expect((await api('GET', '/trading/figures?from=2026-06&to=2026-06', f.cookies.agencyA)).statusCode).toBe(
      403,
    )
    expect((await api('GET', '/trading/figures?from=2026-07&to=2026-06', f.cookies.staff)).statusCode).toBe(
      400,
    )
    expect((await api('GET', '/trading/figures?from=2026-13&to=2026-06', f.cookies.staff)).statusCode).toBe(
      400,
    )
    const xlsx = await api('GET', '/trading/figures.xlsx?from=2026-06&to=2026-06', f.cookies.staff)
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const row = wb.worksheets[0]!.getRow(2).values as unknown[]
    expect(row.slice(1, 9)).toEqual([
      '2026-06',
      '工程建设',
      1,
      12_000_000,
      1,
      12_000_000,
      11_450_000,
      550_000,
    ])
  })

  it('gives an organisation only an account that exists (the auth module answers)', async () => {
    const unknown = await api('POST', `/trading/organisations/${f.orgs.agencyB}/members`, f.cookies.staff, {
      userId: '01890000-0000-7000-8000-000000000000',
    })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().code).toBe('TRADING_USER_NOT_FOUND')
  })
})
