import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from '../../../test/support/test-app'
import { applicant, residentId, seedCaseFixtures, type CaseFixtures } from '../cases/test-fixtures'
import { seedQueueFixtures, type QueueFixtures } from '../queue/test-fixtures'

type Api = (
  method: 'GET' | 'POST',
  url: string,
  who: string,
  payload?: object,
) => Promise<Awaited<ReturnType<TestContext['app']['inject']>>>
const apiOf =
  (ctx: () => TestContext): Api =>
  (method, url, who, payload) =>
    ctx().app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who.startsWith('device:')
        ? { authorization: `Device ${who.slice(7)}` }
        : who
          ? { cookie: who }
          : {},
      ...(payload ? { payload } : {}),
    })

describe.skipIf(isDbUnavailable())(
  'ratings of cases: SMS replies, QR, rectification, appeals, supervision',
  () => {
    let ctx: TestContext
    let f: CaseFixtures
    let supervisor: string
    const api = apiOf(() => ctx)
    const db = () => ctx.container.database.db
    const receive = (sender: string, body: string) =>
      ctx.container.sms.service.receive({ sender, body, provider: 'outbox' })
    const ratingsOf = (subjectId: string) =>
      db().selectFrom('ratings').selectAll().where('subject_id', '=', subjectId).execute()
    const smsTo = (phone: string, template: string) =>
      db()
        .selectFrom('sms_messages')
        .select(['body', 'is_essential'])
        .where('recipient', '=', phone)
        .where('template', '=', template)
        .execute()
    const cases: Record<'first' | 'second' | 'third', { id: string; number: string }> = {} as never

    /** A passport application taken in, decided and completed through the API (Mon 03-02 → Thu 03-05). */
    const completedCase = async (who: { name: string; phone: string; serial: string }) => {
      ctx.clock.set('2026-03-02T02:00:00.000Z')
      const c = (
        await api('POST', '/cases', f.clerk, {
          matterCode: 'GA-CRJ-001',
          applicant: applicant({
            name: who.name,
            phone: who.phone,
            idNumber: residentId('19800101', who.serial),
          }),
          submittedMaterials: [0, 1],
        })
      ).json()
      const task = (await api('POST', `/cases/${c.id}/accept`, f.clerk, {})).json().tasks[0]
      ctx.clock.set('2026-03-05T03:00:00.000Z')
      expect(
        (
          await api('POST', `/cases/${c.id}/tasks/${task.id}/complete`, f.exitHandler, {
            outcome: 'approved',
          })
        ).statusCode,
      ).toBe(200)
      expect(
        (
          await api('POST', `/cases/${c.id}/complete`, f.exitApprover, {
            outcome: 'approved',
            resultNumber: `E${who.serial}`,
          })
        ).json().status,
      ).toBe('completed')
      return { id: c.id as string, number: c.number as string }
    }

    beforeAll(async () => {
      ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
      f = await seedCaseFixtures(ctx)
      supervisor = await staffSession(ctx, 'rating-supervisor', [{ role: 'supervisor', departmentId: null }])
      cases.first = await completedCase({ name: '阿依古丽', phone: '13899990001', serial: '123' })
      cases.second = await completedCase({ name: '买买提', phone: '13899990002', serial: '456' })
      cases.third = await completedCase({ name: '古丽', phone: '13899990003', serial: '789' })
    })
    afterAll(() => ctx.close())

    it('invites each completed case once, by a non-essential SMS listing 1 = 非常满意 … 5 = 非常不满意', async () => {
      ctx.clock.set('2026-03-05T04:00:00.000Z')
      expect(await ctx.container.ratings.ratings.sendInvitations()).toEqual({ invited: 3, skipped: 0 })
      expect(await ctx.container.ratings.ratings.sendInvitations()).toEqual({ invited: 0, skipped: 0 })
      const ask = await smsTo('13899990001', 'rating.ask')
      expect(ask).toHaveLength(1)
      expect(ask[0]!.body).toContain(cases.first.number)
      expect(ask[0]!.body).toContain('1非常满意')
      expect(ask[0]!.body).toContain('5非常不满意')
      expect(ask[0]!.is_essential).toBe(0)
    })

    it('records a reply `２ 服务很好` as 满意 with its comment on that phone’s case, and keeps the message', async () => {
      const r = await receive('13899990001', '２ 服务很好')
      expect(r.outcome).toBe('rating')
      const [rating] = await ratingsOf(cases.first.id)
      expect(rating).toMatchObject({
        subject_kind: 'case',
        subject_label: cases.first.number,
        level: 'satisfied',
        score: 4,
        comment: '服务很好',
        channel: 'sms',
        phone: '13899990001',
        source_message_id: r.id,
        department_id: f.departments.exitEntry,
      })
      const kept = await db()
        .selectFrom('sms_inbound')
        .select(['body', 'outcome'])
        .where('id', '=', r.id)
        .executeTakeFirstOrThrow()
      expect(kept).toEqual({ body: '２ 服务很好', outcome: 'rating' })
    })

    it('refuses a second rating of the same case (SMS or QR) and changes nothing', async () => {
      expect((await receive('13899990001', '5 其实很差')).outcome).toBe('rating-nothing-to-rate')
      const again = await api('POST', '/ratings/case', '', {
        caseNumber: cases.first.number,
        factor: '0001',
        level: 'very_dissatisfied',
      })
      expect(again.statusCode).toBe(409)
      expect(again.json().code).toBe('RATING_ALREADY_GIVEN')
      expect((await ratingsOf(cases.first.id)).map((r) => r.level)).toEqual(['satisfied'])
      expect(await db().selectFrom('rating_rectifications').select('id').execute()).toEqual([])
    })

    it('lets nobody rate another person’s case: another phone, a wrong last four, malformed input', async () => {
      expect((await receive('13700000000', '1')).outcome).toBe('rating-nothing-to-rate')
      const wrong = await api('POST', '/ratings/case', '', {
        caseNumber: cases.second.number,
        factor: '0001',
        level: 'very_satisfied',
      })
      expect(wrong.statusCode).toBe(404)
      expect(wrong.json().code).toBe('RATING_SUBJECT_NOT_FOUND')
      expect(
        (
          await api('POST', '/ratings/case', '', {
            caseNumber: cases.second.number,
            factor: '0002',
            level: 'great',
          })
        ).json().code,
      ).toBe('VALIDATION_FAILED')
      expect(
        (
          await api('POST', '/ratings/case', '', {
            caseNumber: cases.second.number,
            factor: '0002',
            level: 'satisfied',
            extra: 1,
          })
        ).json().code,
      ).toBe('VALIDATION_FAILED')
      expect(await ratingsOf(cases.second.id)).toEqual([])
    })

    it('answers an unclear reply with a short help text and no rating', async () => {
      const r = await receive('13899990002', '我的证什么时候能办好')
      expect(r.outcome).toBe('rating-unclear')
      const help = await smsTo('13899990002', 'rating.unclear')
      expect(help).toHaveLength(1)
      expect(help[0]!.body).toContain('1非常满意')
      expect(await ratingsOf(cases.second.id)).toEqual([])
    })

    it('TD opts the number out of non-essential SMS; essential notices still go', async () => {
      expect((await receive('13899990002', 'ＴＤ')).outcome).toBe('opt-out')
      expect((await receive('13899990002', 'ok')).outcome).toBe('rating-unclear')
      expect(await smsTo('13899990002', 'rating.unclear')).toHaveLength(1) // no second help text
      const sms = ctx.container.sms.service
      const queued = await db()
        .transaction()
        .execute(async (tx) => ({
          reminder: await sms.queue(tx, {
            causeKey: 'test:reminder',
            recipient: '13899990002',
            template: 'queue.near',
            body: '快到您了',
            isEssential: false,
          }),
          pickup: await sms.queue(tx, {
            causeKey: 'test:pickup',
            recipient: '13899990002',
            template: 'case.ready_for_pickup',
            body: '请领取',
            isEssential: true,
          }),
        }))
      expect(queued).toEqual({ reminder: false, pickup: true })
      expect(await db().selectFrom('sms_opt_outs').select('phone').execute()).toEqual([
        { phone: '13899990002' },
      ])
    })

    it('a reply naming two levels (满意 不满意, 1 2, 2 3) gets the help text, not its first level', async () => {
      for (const body of ['满意 不满意', '1 2', '2 3']) {
        expect((await receive('13899990003', body)).outcome).toBe('rating-unclear')
      }
      expect(await smsTo('13899990003', 'rating.unclear')).toHaveLength(3)
      expect(await ratingsOf(cases.third.id)).toEqual([])
    })

    it('an opt-out word glued to a digit (1TD) opts out and is never read as a rating', async () => {
      const fourth = await completedCase({ name: '艾力', phone: '13899990004', serial: '246' })
      ctx.clock.set('2026-03-05T05:00:00.000Z')
      expect((await receive('13899990004', '1TD')).outcome).toBe('opt-out')
      expect((await receive('13899990004', '满意 退订')).outcome).toBe('opt-out')
      expect(await ratingsOf(fourth.id)).toEqual([])
      expect(
        await db().selectFrom('sms_opt_outs').select('phone').where('phone', '=', '13899990004').execute(),
      ).toEqual([{ phone: '13899990004' }])
    })

    it('a bad review from the receipt’s QR opens a rectification due in 5 working days; callback, fix rated, closed', async () => {
      // Thursday 03-05: five working days → Thursday 03-12
      const bad = await api('POST', '/ratings/case', '', {
        caseNumber: cases.second.number,
        factor: residentId('19800101', '456').slice(-4),
        level: 'very_dissatisfied',
        indicators: { attitude: 'very_dissatisfied' },
        comment: '窗口态度差',
      })
      expect(bad.statusCode).toBe(200)
      expect(bad.json()).toMatchObject({
        level: 'very_dissatisfied',
        score: 1,
        channel: 'qr',
        isBad: true,
        indicators: { attitude: 'very_dissatisfied' },
      })

      const list = (await api('GET', '/ratings/rectifications', f.exitHandler)).json().items
      expect(list).toHaveLength(1)
      const x = list[0]
      expect(x).toMatchObject({
        subjectLabel: cases.second.number,
        departmentId: f.departments.exitEntry,
        status: 'open',
        dueOn: '2026-03-12',
        isOverdue: false,
        comment: '窗口态度差',
        phoneMasked: null,
      })
      // another department neither sees nor touches it
      expect((await api('GET', '/ratings/rectifications', f.marketHandler)).json().items).toEqual([])
      expect(
        (
          await api('POST', `/ratings/rectifications/${x.id}/callback`, f.marketHandler, {
            calledAt: '2026-03-06T02:00:00.000Z',
            note: '已回访',
          })
        ).json().code,
      ).toBe('RATING_RECTIFICATION_NOT_FOUND')
      expect((await api('GET', '/ratings/rectifications', f.clerk)).json().code).toBe('FORBIDDEN')

      ctx.clock.set('2026-03-06T03:00:00.000Z')
      const early = await api('POST', `/ratings/rectifications/${x.id}/close`, f.exitHandler, {
        note: '已整改',
      })
      expect(early.json().code).toBe('RATING_CALLBACK_REQUIRED')
      const called = await api('POST', `/ratings/rectifications/${x.id}/callback`, f.exitHandler, {
        calledAt: '2026-03-06T02:30:00.000Z',
        note: '致电申请人致歉，已对窗口人员批评教育',
        fixLevel: 'satisfied',
      })
      expect(called.statusCode).toBe(200)
      expect(called.json()).toMatchObject({
        status: 'called_back',
        fixLevel: 'satisfied',
        callback: {
          byName: 'exit-handler',
          calledAt: '2026-03-06T02:30:00.000Z',
          note: '致电申请人致歉，已对窗口人员批评教育',
        },
      })
      const closed = await api('POST', `/ratings/rectifications/${x.id}/close`, f.exitHandler, {
        note: '整改完成',
      })
      expect(closed.json()).toMatchObject({
        status: 'closed',
        closeNote: '整改完成',
        fixLevel: 'satisfied',
        isOverdue: false,
      })
      expect(
        (
          await api('POST', `/ratings/rectifications/${x.id}/callback`, f.exitHandler, {
            calledAt: '2026-03-06T02:30:00.000Z',
            note: 'x',
          })
        ).json().code,
      ).toBe('RATING_RECTIFICATION_CLOSED')
      const audited = await db()
        .selectFrom('audit_log')
        .select('action')
        .where('subject', '=', `rectification:${x.id}`)
        .execute()
      expect(audited.map((a) => a.action).sort()).toEqual([
        'rating.rectification.callback',
        'rating.rectification.close',
      ])
    })

    it('an overdue rectification becomes a BAD_RATING_NOT_RECTIFIED alert for the department, once', async () => {
      ctx.clock.set('2026-03-06T04:00:00.000Z')
      expect((await receive('13899990003', '4，材料要求前后不一致')).outcome).toBe('rating')
      const x = (await api('GET', '/ratings/rectifications?status=open', f.exitHandler)).json().items[0]
      expect(x).toMatchObject({
        subjectLabel: cases.third.number,
        level: 'dissatisfied',
        channel: 'sms',
        phoneMasked: '138****0003',
        dueOn: '2026-03-13',
      })
      expect(await ctx.container.ratings.alerts.raiseOverdue()).toEqual({ findings: 0, created: 0 })
      ctx.clock.set('2026-03-16T02:00:00.000Z') // Monday after the due Friday
      expect(await ctx.container.ratings.alerts.raiseOverdue()).toEqual({ findings: 1, created: 1 })
      expect(await ctx.container.ratings.alerts.raiseOverdue()).toEqual({ findings: 1, created: 0 })
      const alerts = (
        await api('GET', '/supervision/alerts?code=BAD_RATING_NOT_RECTIFIED', supervisor)
      ).json()
      const alert = alerts.items.find((a: { code: string }) => a.code === 'BAD_RATING_NOT_RECTIFIED')
      expect(alert).toMatchObject({
        departmentId: f.departments.exitEntry,
        caseNumber: cases.third.number,
        subjectKind: 'rectification',
        subjectId: x.id,
        message: `差评（${cases.third.number}）未按期整改（应于2026-03-13前完成）`,
      })
      expect(
        (await api('GET', '/ratings/rectifications?status=open', f.exitHandler)).json().items[0].isOverdue,
      ).toBe(true)
    })

    it('an appeal a supervisor upholds takes the bad rating out of satisfaction; decided once', async () => {
      const before = (
        await api('GET', '/ratings/satisfaction?of=department&from=2026-03-01&to=2026-03-31', supervisor)
      ).json()
      // satisfied (4), very dissatisfied (1), dissatisfied (2): one of three satisfied
      expect(before.rows).toEqual([
        { id: f.departments.exitEntry, ratings: 3, satisfiedPercent: 33.3, averageScore: 2.3, bad: 2 },
      ])

      const x = (await api('GET', '/ratings/rectifications?status=open', f.exitHandler)).json().items[0]
      const filed = await api('POST', `/ratings/rectifications/${x.id}/appeal`, f.exitHandler, {
        reason: '该申请人未在本窗口办理，系误评',
      })
      expect(filed.json().appeal).toMatchObject({
        status: 'pending',
        reason: '该申请人未在本窗口办理，系误评',
      })
      expect(
        (
          await api('POST', `/ratings/rectifications/${x.id}/appeal`, f.exitHandler, { reason: '再次申诉' })
        ).json().code,
      ).toBe('RATING_APPEAL_EXISTS')
      expect((await api('GET', '/ratings/appeals', f.exitHandler)).json().code).toBe('FORBIDDEN')

      const pending = (await api('GET', '/ratings/appeals?status=pending', supervisor)).json().items
      expect(pending).toHaveLength(1)
      expect(
        (
          await api('POST', `/ratings/appeals/${pending[0].id}/decide`, f.exitApprover, {
            decision: 'upheld',
            note: '核实属实',
          })
        ).json().code,
      ).toBe('FORBIDDEN')
      const decided = await api('POST', `/ratings/appeals/${pending[0].id}/decide`, supervisor, {
        decision: 'upheld',
        note: '经核实，该评价与本窗口无关',
      })
      expect(decided.json()).toMatchObject({ status: 'upheld', decisionNote: '经核实，该评价与本窗口无关' })
      expect(
        (
          await api('POST', `/ratings/appeals/${pending[0].id}/decide`, supervisor, {
            decision: 'rejected',
            note: '改判',
          })
        ).json().code,
      ).toBe('RATING_APPEAL_DECIDED')

      const after = (
        await api('GET', '/ratings/satisfaction?of=department&from=2026-03-01&to=2026-03-31', supervisor)
      ).json()
      expect(after.rows).toEqual([
        { id: f.departments.exitEntry, ratings: 2, satisfiedPercent: 50, averageScore: 2.5, bad: 1 },
      ])
      // the supervision dashboard and the assessment take it as the department's satisfaction
      const departments = (
        await api('GET', '/supervision/departments?from=2026-03-01&to=2026-03-31', supervisor)
      ).json()
      expect(
        departments.rows.find((d: { departmentId: string }) => d.departmentId === f.departments.exitEntry)
          .satisfaction,
      ).toBe(50)
      expect(
        departments.rows.find((d: { departmentId: string }) => d.departmentId === f.departments.market)
          .satisfaction,
      ).toBeNull()
      const assessment = (
        await api('GET', '/supervision/assessment?of=department&from=2026-03-01&to=2026-03-31', supervisor)
      ).json()
      expect(assessment.rows.find((r: { id: string }) => r.id === f.departments.exitEntry).satisfaction).toBe(
        50,
      )
      const staff = (
        await api('GET', '/supervision/assessment?of=staff&from=2026-03-01&to=2026-03-31', supervisor)
      ).json()
      expect(staff.rows.find((r: { name: string }) => r.name === 'clerk')?.satisfaction).toBe(50)
      const closed = (await api('GET', '/ratings/rectifications', f.exitHandler))
        .json()
        .items.find((r: { id: string }) => r.id === x.id)
      expect(closed).toMatchObject({ status: 'closed', isExcluded: true, appeal: { status: 'upheld' } })
      // closed by the upheld appeal: no further alert
      ctx.clock.set('2026-03-30T02:00:00.000Z')
      expect((await ctx.container.ratings.alerts.raiseOverdue()).findings).toBe(0)
    })
  },
)

describe.skipIf(isDbUnavailable())('ratings of visits: the window’s pad and SMS', () => {
  let ctx: TestContext
  let f: QueueFixtures
  let pad5: string
  const api = apiOf(() => ctx)
  const db = () => ctx.container.database.db

  /** A ticket with a phone, called and finished at window 5. */
  const serve = async (phone: string | null) => {
    const t = (
      await api('POST', '/queue/tickets', `device:${f.kiosk}`, {
        categoryId: f.categories.a,
        ...(phone ? { phone } : {}),
      })
    ).json()
    expect(
      (await api('POST', `/queue/windows/${f.windows.w5}/call-next`, f.clerk5, {})).json().current.id,
    ).toBe(t.id)
    expect(
      (await api('POST', `/queue/windows/${f.windows.w5}/finish`, f.clerk5, { ticketId: t.id })).statusCode,
    ).toBe(200)
    return t as { id: string; number: string; token: string }
  }

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedQueueFixtures(ctx)
    pad5 = (
      await ctx.container.devices.register('system', {
        kind: 'rating_pad',
        name: '5 号窗口评价器',
        windowId: f.windows.w5,
        areaId: null,
      })
    ).credential
  })
  afterAll(() => ctx.close())

  it('the pad rates the visit its window just finished, with the indicators; once', async () => {
    const t = await serve(null)
    const rated = await api('POST', '/ratings/pad', `device:${pad5}`, {
      ticketId: t.id,
      level: 'very_satisfied',
      indicators: { efficiency: 'satisfied', attitude: 'very_satisfied' },
    })
    expect(rated.statusCode).toBe(200)
    expect(rated.json()).toMatchObject({
      subjectKind: 'ticket',
      subjectLabel: t.number,
      level: 'very_satisfied',
      channel: 'pad',
      isBad: false,
      indicators: { efficiency: 'satisfied', attitude: 'very_satisfied' },
    })
    const row = await db()
      .selectFrom('ratings')
      .selectAll()
      .where('subject_id', '=', t.id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      window_id: f.windows.w5,
      department_id: f.departments.exitEntry,
      staff_id: expect.any(String),
    })
    const again = await api('POST', '/ratings/pad', `device:${pad5}`, {
      ticketId: t.id,
      level: 'dissatisfied',
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('RATING_ALREADY_GIVEN')
    // the QR of the paper ticket cannot rate it a second time either
    expect(
      (
        await api('POST', '/ratings/ticket', '', { ticketId: t.id, token: t.token, level: 'dissatisfied' })
      ).json().code,
    ).toBe('RATING_ALREADY_GIVEN')
  })

  it('refuses other devices, another window’s pad, unfinished visits and a late pad', async () => {
    const t = await serve('13899990011')
    expect(
      (
        await api('POST', '/ratings/pad', `device:${f.windowDisplay5}`, {
          ticketId: t.id,
          level: 'satisfied',
        })
      ).json().code,
    ).toBe('FORBIDDEN')
    expect((await api('POST', '/ratings/pad', '', { ticketId: t.id, level: 'satisfied' })).json().code).toBe(
      'FORBIDDEN',
    )
    const pad6 = (
      await ctx.container.devices.register('system', {
        kind: 'rating_pad',
        name: '6',
        windowId: f.windows.w6,
        areaId: null,
      })
    ).credential
    expect(
      (await api('POST', '/ratings/pad', `device:${pad6}`, { ticketId: t.id, level: 'satisfied' })).json()
        .code,
    ).toBe('RATING_SUBJECT_NOT_FOUND')
    const waiting = (
      await api('POST', '/queue/tickets', `device:${f.kiosk}`, { categoryId: f.categories.a })
    ).json()
    expect(
      (
        await api('POST', '/ratings/ticket', '', {
          ticketId: waiting.id,
          token: waiting.token,
          level: 'satisfied',
        })
      ).json().code,
    ).toBe('RATING_NOT_RATABLE')
    ctx.clock.advance(11 * 60_000)
    expect(
      (await api('POST', '/ratings/pad', `device:${pad5}`, { ticketId: t.id, level: 'satisfied' })).json()
        .code,
    ).toBe('RATING_WINDOW_CLOSED')
    expect(await db().selectFrom('ratings').select('id').where('subject_id', '=', t.id).execute()).toEqual([])
  })

  it('an SMS reply rates the phone’s visit; a bad one opens a rectification for the window’s department', async () => {
    ctx.clock.advance(60 * 60_000)
    const r = await ctx.container.sms.service.receive({
      sender: '13899990011',
      body: '4 等了太久',
      provider: 'outbox',
    })
    expect(r.outcome).toBe('rating')
    const x = await db()
      .selectFrom('rating_rectifications as x')
      .innerJoin('ratings as r', 'r.id', 'x.rating_id')
      .select(['x.department_id', 'x.status', 'r.subject_kind', 'r.level', 'r.comment', 'r.channel'])
      .executeTakeFirstOrThrow()
    expect(x).toEqual({
      department_id: f.departments.exitEntry,
      status: 'open',
      subject_kind: 'ticket',
      level: 'dissatisfied',
      comment: '等了太久',
      channel: 'sms',
    })
  })
})
