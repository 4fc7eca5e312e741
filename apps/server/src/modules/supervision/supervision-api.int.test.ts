import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from '../../../test/support/test-app'
import { applicant, residentId, seedCaseFixtures, type CaseFixtures } from '../cases/test-fixtures'

/** The dashboard, alert handling, cards and the public page, through the API. */
describe.skipIf(isDbUnavailable())('supervision API', () => {
  let ctx: TestContext
  let f: CaseFixtures
  let supervisor: string
  let foodId: string
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const idNumber = residentId('19900101', '456')

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedCaseFixtures(ctx)
    supervisor = await staffSession(ctx, 'supervisor', [{ role: 'supervisor', departmentId: null }])
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const food = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant({ name: '阿依古丽', idNumber, phone: '13800001111' }),
        submittedMaterials: [0, 1, 2],
      })
    ).json()
    foodId = food.id
    await api('POST', `/cases/${foodId}/accept`, f.clerk, {})
    // a passport completed within the day, then a sweep on 03-12 (fire's task late, health's yellow)
    const p = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'GA-CRJ-001',
        applicant: applicant({ name: '买买提', phone: '13800002222' }),
        submittedMaterials: [0, 1],
      })
    ).json()
    const accepted = (await api('POST', `/cases/${p.id}/accept`, f.clerk, {})).json()
    // an application nobody decides on: its intake decision is late from 03-10
    await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant({ name: '古丽', phone: '13800003333' }),
      submittedMaterials: [0, 1],
    })
    ctx.clock.set('2026-03-04T02:00:00.000Z')
    await api('POST', `/cases/${p.id}/tasks/${accepted.tasks[0].id}/complete`, f.exitHandler, {
      outcome: 'approved',
    })
    await api('POST', `/cases/${p.id}/complete`, f.exitApprover, { outcome: 'approved', resultNumber: 'E1' })
    ctx.clock.set('2026-03-12T02:00:00.000Z')
    await ctx.container.supervision.sweep.run()
  })
  afterAll(() => ctx.close())

  it('shows live counts and the lights of cases and tasks', async () => {
    const o = (await api('GET', '/supervision/overview', supervisor)).json()
    expect(o).toMatchObject({
      today: '2026-03-12',
      received: 0,
      open: 2,
      red: 2,
      yellow: 0,
      cases: { green: 1, red: 0 },
      intakes: { red: 1 },
      tasks: { red: 1, yellow: 1, green: 1 },
    })
    // the step that runs over is red although the case is on time
    const red = (await api('GET', '/supervision/cases?light=red', supervisor)).json()
    expect(red.total).toBe(2)
    // most overdue first: the intake decision was due 03-09
    expect(red.items[0]).toMatchObject({ what: 'intake', dueOn: '2026-03-09', applicantName: '古*' })
    expect(red.items[1]).toMatchObject({
      id: foodId,
      light: 'red',
      lightLabel: '超期',
      what: 'task',
      dueOn: '2026-03-11',
      applicantName: '阿***',
    })
    // the fixture's matter has no Uyghur or English name in the catalog: the Chinese name shows
    expect(red.items[1].matterName).toEqual({ zh: '食品经营许可' })
    expect(
      (await api('GET', `/supervision/cases?light=red&departmentId=${f.departments.fire}`, supervisor)).json()
        .total,
    ).toBe(1)
    expect(JSON.stringify(red)).not.toContain(idNumber)
    expect(JSON.stringify(red)).not.toContain('13800001111')
    // the lights move with time alone: on 03-17 the case itself is red
    ctx.clock.set('2026-03-17T02:00:00.000Z')
    expect((await api('GET', '/supervision/overview', supervisor)).json()).toMatchObject({
      red: 2,
      cases: { red: 1 },
      tasks: { red: 3 },
    })
    ctx.clock.set('2026-03-12T02:00:00.000Z')
  })

  it('lets department staff see and answer only their own alerts', async () => {
    const all = (await api('GET', '/supervision/alerts', supervisor)).json()
    expect(all.items.map((a: { code: string }) => a.code).sort()).toEqual(['INTAKE_OVERDUE', 'TASK_OVERDUE'])
    const fire = (await api('GET', '/supervision/alerts', f.fireHandler)).json()
    expect(fire.items).toHaveLength(1)
    expect(fire.items[0]).toMatchObject({
      code: 'TASK_OVERDUE',
      departmentId: f.departments.fire,
      message: expect.stringContaining('超时'),
      link: `/cases/${foodId}`,
    })
    expect((await api('GET', '/supervision/alerts', f.marketHandler)).json().items).toHaveLength(0)
    const exitAlert = all.items.find((a: { code: string }) => a.code === 'INTAKE_OVERDUE')
    expect(
      (await api('POST', `/supervision/alerts/${exitAlert.id}/acknowledge`, f.fireHandler, {})).json().code,
    ).toBe('SUPERVISION_ALERT_NOT_FOUND')
    expect((await api('GET', '/supervision/alerts', f.clerk)).statusCode).toBe(403)
    // department tables are for supervisors
    expect((await api('GET', '/supervision/departments', f.fireHandler)).json().code).toBe(
      'SUPERVISION_SCOPE_ALL_ONLY',
    )
    expect((await api('GET', '/supervision/overview', f.fireHandler)).json()).toMatchObject({
      red: 1,
      tasks: { red: 1 },
    })
    expect((await api('GET', '/supervision/overview', f.marketHandler)).json()).toMatchObject({ red: 0 })
  })

  it('takes an alert from open through acknowledged and answered to closed, all kept', async () => {
    const alert = (await api('GET', '/supervision/alerts', f.fireHandler)).json().items[0]
    expect((await api('POST', `/supervision/alerts/${alert.id}/close`, f.fireHandler, {})).statusCode).toBe(
      403,
    )
    expect(
      (
        await api('POST', `/supervision/alerts/${alert.id}/acknowledge`, f.fireHandler, { note: '已知悉' })
      ).json().status,
    ).toBe('acknowledged')
    expect(
      (
        await api('POST', `/supervision/alerts/${alert.id}/answer`, f.fireHandler, {
          answer: '消防检查人员外出，已安排明日完成',
        })
      ).json().status,
    ).toBe('answered')
    const closed = (
      await api('POST', `/supervision/alerts/${alert.id}/close`, supervisor, { note: '情况属实' })
    ).json()
    expect(closed).toMatchObject({
      status: 'closed',
      answer: '消防检查人员外出，已安排明日完成',
      closeNote: '情况属实',
    })
    expect(closed.history.map((h: { action: string }) => h.action)).toEqual([
      'acknowledge',
      'answer',
      'close',
    ])
    expect(
      (await api('POST', `/supervision/alerts/${alert.id}/answer`, f.fireHandler, { answer: '再答' })).json()
        .code,
    ).toBe('SUPERVISION_ALERT_STATE')
    const audit = await ctx.container.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'supervision.%')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'supervision.alert-acknowledge',
        'supervision.alert-answer',
        'supervision.alert-close',
      ]),
    )
  })

  it('issues yellow and red cards that the department answers, shown on the case', async () => {
    expect(
      (
        await api('POST', '/supervision/cards', f.fireHandler, {
          colour: 'yellow',
          targetKind: 'department',
          departmentId: f.departments.fire,
          reason: '超时',
        })
      ).statusCode,
    ).toBe(403)
    const missing = await api('POST', '/supervision/cards', supervisor, {
      colour: 'red',
      targetKind: 'department',
      departmentId: 'nope',
      reason: '超时',
    })
    expect(missing.json().code).toBe('SUPERVISION_TARGET_NOT_FOUND')
    const card = (
      await api('POST', '/supervision/cards', supervisor, {
        colour: 'yellow',
        targetKind: 'department',
        departmentId: f.departments.fire,
        caseId: foodId,
        reason: '并联环节超时',
      })
    ).json()
    expect(card).toMatchObject({
      colour: 'yellow',
      status: 'issued',
      departmentName: { zh: '市消防救援支队' },
      link: `/cases/${foodId}`,
    })
    expect(
      (
        await api('POST', `/supervision/cards/${card.id}/answer`, f.marketHandler, { answer: '不是我们' })
      ).json().code,
    ).toBe('SUPERVISION_CARD_NOT_FOUND')
    expect(
      (await api('POST', `/supervision/cards/${card.id}/answer`, f.fireHandler, { answer: '已整改' })).json(),
    ).toMatchObject({ status: 'answered', answer: '已整改' })
    expect(
      (await api('POST', `/supervision/cards/${card.id}/answer`, f.fireHandler, { answer: '再答' })).json()
        .code,
    ).toBe('SUPERVISION_CARD_ANSWERED')
    const onCase = (await api('GET', `/supervision/cases/${foodId}/alerts`, supervisor)).json()
    expect(onCase.alerts.map((a: { code: string }) => a.code)).toEqual(['TASK_OVERDUE'])
    expect(onCase.cards[0].history.map((h: { action: string }) => h.action)).toEqual([
      'card.yellow',
      'card.answered',
    ])
    expect((await api('GET', '/supervision/cards', f.marketHandler)).json()).toEqual([])
  })

  it('closes a card only once the department has answered, by a supervisor, with a reason', async () => {
    const card = (
      await api('POST', '/supervision/cards', supervisor, {
        colour: 'red',
        targetKind: 'department',
        departmentId: f.departments.fire,
        caseId: foodId,
        reason: '再次超时',
      })
    ).json()
    // not answered yet: nothing to close
    expect(
      (await api('POST', `/supervision/cards/${card.id}/close`, supervisor, { reason: '已核实' })).json()
        .code,
    ).toBe('SUPERVISION_CARD_STATE')
    expect(
      (await api('POST', `/supervision/cards/${card.id}/answer`, f.fireHandler, { answer: '人员已到位' }))
        .statusCode,
    ).toBe(200)
    // the department cannot close its own card; another department does not see it; a reason is required
    expect(
      (await api('POST', `/supervision/cards/${card.id}/close`, f.fireHandler, { reason: '我们关了' }))
        .statusCode,
    ).toBe(403)
    expect(
      (
        await api('POST', `/supervision/cards/${card.id}/close`, f.marketHandler, { reason: '我们关了' })
      ).json().code,
    ).toBe('SUPERVISION_CARD_NOT_FOUND')
    expect(
      (await api('POST', `/supervision/cards/${card.id}/close`, supervisor, { reason: '  ' })).statusCode,
    ).toBe(400)
    expect(
      (await api('POST', '/supervision/cards/nope/close', supervisor, { reason: '已核实' })).json().code,
    ).toBe('SUPERVISION_CARD_NOT_FOUND')
    expect(
      (await api('GET', `/supervision/cards?status=answered`, supervisor))
        .json()
        .map((c: { id: string }) => c.id),
    ).toContain(card.id)

    const closed = (
      await api('POST', `/supervision/cards/${card.id}/close`, supervisor, { reason: '答复属实，已整改' })
    ).json()
    expect(closed).toMatchObject({
      status: 'closed',
      closeReason: '答复属实，已整改',
      closedAt: '2026-03-12T02:00:00.000Z',
      answer: '人员已到位',
    })
    // the steps name their actors (display names, not ids)
    expect(
      closed.history.map((h: { action: string; actorName: string; note: string }) => [
        h.action,
        h.actorName,
        h.note,
      ]),
    ).toEqual([
      ['card.red', 'supervisor', '再次超时'],
      ['card.answered', 'fire-handler', '人员已到位'],
      ['card.closed', 'supervisor', '答复属实，已整改'],
    ])
    expect(
      (await api('POST', `/supervision/cards/${card.id}/close`, supervisor, { reason: '再关' })).json().code,
    ).toBe('SUPERVISION_CARD_STATE')
    expect(
      (await api('POST', `/supervision/cards/${card.id}/answer`, f.fireHandler, { answer: '再答' })).json()
        .code,
    ).toBe('SUPERVISION_CARD_ANSWERED')
    // shown closed in the cards list (filter by state) and on the case; department staff read it too
    expect(
      (await api('GET', '/supervision/cards?status=closed', supervisor))
        .json()
        .map((c: { id: string }) => c.id),
    ).toEqual([card.id])
    // department names in every language the data has, for the reader's language
    await ctx.container.database.db
      .updateTable('departments')
      .set({ name_ug: 'ئوت ئۆچۈرۈش', name_en: 'Fire and Rescue' })
      .where('id', '=', f.departments.fire)
      .execute()
    const onCase = (await api('GET', `/supervision/cases/${foodId}/alerts`, f.fireHandler)).json()
    expect(onCase.alerts[0]).toMatchObject({
      departmentName: { ug: 'ئوت ئۆچۈرۈش', en: 'Fire and Rescue' },
    })
    expect(onCase.cards[0]).toMatchObject({
      departmentName: { zh: '市消防救援支队', en: 'Fire and Rescue' },
    })
    expect(onCase.cards.find((c: { id: string }) => c.id === card.id)).toMatchObject({
      status: 'closed',
      closeReason: '答复属实，已整改',
    })
    const audit = await ctx.container.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'supervision.card-closed')
      .execute()
    expect(audit).toHaveLength(1)
  })

  it('tabulates departments, windows, trends, rankings and grades from the rollup', async () => {
    const q = '?from=2026-03-01&to=2026-03-31'
    const depts = (await api('GET', `/supervision/departments${q}`, supervisor)).json()
    const exit = depts.rows.find((r: { departmentId: string }) => r.departmentId === f.departments.exitEntry)
    expect(exit).toMatchObject({
      received: 2,
      accepted: 1,
      completed: 1,
      completedOnTime: 1,
      onTimeRate: 1,
      avgUsedDays: 2,
      avgPromisedDays: 7,
    })
    expect(
      depts.rows.find((r: { departmentId: string }) => r.departmentId === f.departments.market),
    ).toMatchObject({ received: 1, open: 1, completed: 0, onTimeRate: null })
    const trend = (await api('GET', `/supervision/trends${q}&by=day`, supervisor)).json()
    expect(trend.points).toHaveLength(31)
    expect(trend.points.find((p: { period: string }) => p.period === '2026-03-02')).toMatchObject({
      received: 3,
      accepted: 2,
    })
    expect((await api('GET', `/supervision/trends${q}&by=month`, supervisor)).json().points).toEqual([
      expect.objectContaining({ period: '2026-03', received: 3, completed: 1 }),
    ])
    const ranking = (await api('GET', `/supervision/rankings${q}&by=onTimeRate`, supervisor)).json()
    expect(ranking.rows[0]).toMatchObject({ rank: 1, id: f.departments.exitEntry, value: 1 })
    const grades = (await api('GET', `/supervision/assessment${q}&of=department`, supervisor)).json()
    expect(grades.rows[0]).toMatchObject({
      id: f.departments.exitEntry,
      grade: 'excellent',
      gradeLabel: '优秀',
    })
    const staff = (await api('GET', `/supervision/assessment${q}&of=staff`, supervisor)).json()
    expect(staff.rows.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['clerk', 'exit-handler']),
    )
    expect((await api('GET', '/supervision/windows', supervisor)).statusCode).toBe(200)
    expect(
      (await api('GET', '/supervision/departments?from=2026-03-31&to=2026-03-01', supervisor)).json().code,
    ).toBe('SUPERVISION_PERIOD_INVALID')
  })

  it('exports every table to Excel', async () => {
    for (const table of ['departments', 'windows', 'red', 'alerts', 'assessment-staff', 'trends']) {
      const res = await api('GET', `/supervision/export/${table}?from=2026-03-01&to=2026-03-31`, supervisor)
      expect(res.statusCode, table).toBe(200)
      expect(res.headers['content-type']).toContain('spreadsheetml')
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK')
    }
    expect((await api('GET', '/supervision/export/departments', f.fireHandler)).statusCode).toBe(403)
  })

  it('keeps settings that move the yellow threshold per matter type', async () => {
    const s = (await api('GET', '/supervision/settings', supervisor)).json()
    expect((await api('PUT', '/supervision/settings', f.fireHandler, s)).statusCode).toBe(403)
    expect(
      (await api('PUT', '/supervision/settings', supervisor, { ...s, yellowDaysByType: { licensing: 3 } }))
        .statusCode,
    ).toBe(200)
    // the case (due 03-16) has 2 days left on 03-12: yellow at 3
    expect((await api('GET', '/supervision/overview', supervisor)).json()).toMatchObject({
      cases: { yellow: 1 },
    })
    await api('PUT', '/supervision/settings', supervisor, s)
  })

  it('publishes department performance without signing in and without personal data', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/public/performance?from=2026-03-01&to=2026-03-31',
    })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.departments.find((d: { code: string }) => d.code === 'GA-CRJ')).toMatchObject({
      name: '市公安局出入境管理支队',
      completed: 1,
      onTimeRate: 1,
    })
    for (const secret of [
      '阿依古丽',
      '买买提',
      '古丽',
      idNumber,
      '13800001111',
      '13800002222',
      'clerk',
      'exit-handler',
      f.departments.exitEntry,
    ])
      expect(res.body).not.toContain(secret)
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/supervision/overview' })).statusCode).toBe(
      401,
    )
  })

  it('grades and ranks no department from volume alone: one red case and nothing completed is no data', async () => {
    const q = '?from=2026-03-01&to=2026-03-31'
    // the market department has one case (red) and nothing completed or rated
    const grades = (await api('GET', `/supervision/assessment${q}&of=department`, supervisor)).json()
    const market = grades.rows.find((r: { id: string }) => r.id === f.departments.market)
    expect(market).toMatchObject({ volume: 1, score: null, grade: null, gradeLabel: null, rank: null })
    expect(grades.rows.find((r: { id: string }) => r.id === f.departments.exitEntry)).toMatchObject({
      rank: 1,
    })
    for (const by of ['onTimeRate', 'volume', 'speed']) {
      const ranking = (await api('GET', `/supervision/rankings${q}&by=${by}`, supervisor)).json()
      expect(
        ranking.rows.find((r: { id: string }) => r.id === f.departments.market),
        by,
      ).toMatchObject({
        rank: null,
        value: null,
      })
      expect(
        ranking.rows.find((r: { id: string }) => r.id === f.departments.exitEntry),
        by,
      ).toMatchObject({
        rank: 1,
      })
    }
  })

  it('counts today in "this month" as the live tab does, between sweeps', async () => {
    // after the 03-12 sweep, a case is received the same day: no sweep has rolled it up yet
    ctx.clock.set('2026-03-12T03:00:00.000Z')
    expect(
      (
        await api('POST', '/cases', f.clerk, {
          matterCode: 'GA-CRJ-001',
          applicant: applicant({ name: '艾力', phone: '13800004444' }),
          submittedMaterials: [0, 1],
        })
      ).statusCode,
    ).toBe(200)
    const live = (await api('GET', '/supervision/overview', supervisor)).json()
    expect(live.received).toBe(1)
    const month = (await api('GET', '/supervision/departments', supervisor)).json()
    expect(month).toMatchObject({ from: '2026-03-01', to: '2026-03-12' })
    const exit = month.rows.find((r: { departmentId: string }) => r.departmentId === f.departments.exitEntry)
    expect(exit).toMatchObject({ received: 3, completed: 1 })
    const today = (await api('GET', '/supervision/trends?by=day', supervisor)).json()
    expect(today.points.find((p: { period: string }) => p.period === '2026-03-12')).toMatchObject({
      received: 1,
    })
    // a period that ended before today still reads the rollup alone
    const past = (
      await api('GET', '/supervision/departments?from=2026-03-01&to=2026-03-11', supervisor)
    ).json()
    expect(
      past.rows.find((r: { departmentId: string }) => r.departmentId === f.departments.exitEntry),
    ).toMatchObject({ received: 2 })
  })
})
