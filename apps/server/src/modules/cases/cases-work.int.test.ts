import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { applicant, seedCaseFixtures, type CaseFixtures } from './test-fixtures'

describe.skipIf(isDbUnavailable())('parallel departments, pauses, extensions and special procedures', () => {
  let ctx: TestContext
  let f: CaseFixtures
  const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedCaseFixtures(ctx)
  })
  afterAll(() => ctx.close())

  /** A food licence accepted on Monday 2026-03-02 with its three tasks. */
  async function acceptedFoodLicence() {
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0, 1, 2],
      })
    ).json()
    const accepted = (await api('POST', `/cases/${c.id}/accept`, f.clerk, {})).json()
    const task = (dept: string) =>
      accepted.tasks.find((t: { departmentId: string }) => t.departmentId === dept)
    return {
      id: c.id as string,
      accepted,
      lead: task(f.departments.market),
      fire: task(f.departments.fire),
      health: task(f.departments.health),
    }
  }

  it('spawns one task per department with its own deadline and moves on when all are done', async () => {
    const { id, accepted, lead, fire, health } = await acceptedFoodLicence()
    expect(accepted.dueOn).toBe('2026-03-16')
    expect([lead.dueOn, fire.dueOn, health.dueOn]).toEqual(['2026-03-16', '2026-03-11', '2026-03-12'])
    const early = await api('POST', `/cases/${id}/complete`, f.marketApprover, { outcome: 'approved' })
    expect(early.statusCode).toBe(409)
    expect(early.json().code).toBe('CASE_TASKS_OPEN')

    // a department finishes only its own task
    const notMine = await api('POST', `/cases/${id}/tasks/${lead.id}/complete`, f.fireHandler, {
      outcome: 'approved',
    })
    expect(notMine.statusCode).toBe(403)
    expect(
      (await api('POST', `/cases/${id}/tasks/${fire.id}/complete`, f.fireHandler, { outcome: 'approved' }))
        .statusCode,
    ).toBe(200)
    const again = await api('POST', `/cases/${id}/tasks/${fire.id}/complete`, f.fireHandler, {
      outcome: 'approved',
    })
    expect(again.json().code).toBe('CASE_TASK_CLOSED')
    await api('POST', `/cases/${id}/tasks/${health.id}/complete`, f.healthHandler, {
      outcome: 'denied',
      note: '从业人员健康证明不全',
    })
    await api('POST', `/cases/${id}/tasks/${lead.id}/complete`, f.marketHandler, { outcome: 'approved' })
    // all departments are done: the case waits for the approver's decision
    const waiting = (await api('GET', '/cases/decision-queue', f.marketApprover)).json() as Array<{
      id: string
    }>
    expect(waiting.map((c) => c.id)).toContain(id)
    expect(((await api('GET', '/cases/decision-queue', f.fireHandler)).json() as unknown[]).length).toBe(0)
    // health's refusal does not refuse the case (its rule is "continue")
    const done = await api('POST', `/cases/${id}/complete`, f.marketApprover, {
      outcome: 'approved',
      resultNumber: 'JY16501000012345',
    })
    expect(done.json()).toMatchObject({ status: 'completed', outcome: 'approved' })
  })

  it('records 容缺 materials handed in later, finds cases by number, and names who acted', async () => {
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0, 1],
      })
    ).json()
    await api('POST', `/cases/${c.id}/accept`, f.clerk, { deferredMaterials: [2] })
    const notDeferred = await api('POST', `/cases/${c.id}/deferred-materials`, f.clerk, { materials: [0] })
    expect(notDeferred.json().code).toBe('CASE_MATERIAL_UNKNOWN')
    const supplied = await api('POST', `/cases/${c.id}/deferred-materials`, f.clerk, { materials: [2] })
    expect(supplied.json().materials[2].status).toBe('supplied')
    expect(supplied.json().events.at(-1)).toMatchObject({
      type: 'deferred.supplied',
      actorName: 'clerk',
      actorRole: 'clerk',
    })
    expect((await api('GET', `/cases/by-number/${c.number}`, f.clerk)).json()).toEqual({ id: c.id })
    expect((await api('GET', `/cases/by-number/${c.number}`, f.taxHandler)).statusCode).toBe(404)
  })

  it('makes a refusal that refuses the case force a denial', async () => {
    const { id, lead, fire, health } = await acceptedFoodLicence()
    await api('POST', `/cases/${id}/tasks/${fire.id}/complete`, f.fireHandler, {
      outcome: 'denied',
      note: '消防验收不合格',
    })
    await api('POST', `/cases/${id}/tasks/${health.id}/complete`, f.healthHandler, { outcome: 'approved' })
    await api('POST', `/cases/${id}/tasks/${lead.id}/complete`, f.marketHandler, { outcome: 'approved' })
    const conflict = await api('POST', `/cases/${id}/complete`, f.marketApprover, { outcome: 'approved' })
    expect(conflict.json().code).toBe('CASE_OUTCOME_CONFLICT')
    const noReason = await api('POST', `/cases/${id}/complete`, f.marketApprover, { outcome: 'denied' })
    expect(noReason.json().code).toBe('CASE_REASON_REQUIRED')
    const denied = await api('POST', `/cases/${id}/complete`, f.marketApprover, {
      outcome: 'denied',
      reason: '消防验收不合格',
      legalBasis: '《中华人民共和国消防法》第十五条',
    })
    expect(denied.json()).toMatchObject({ status: 'completed', outcome: 'denied' })
  })

  it('routes a task to another level and back', async () => {
    const { id, fire } = await acceptedFoodLicence()
    const away = await api('POST', `/cases/${id}/tasks/${fire.id}/route`, f.fireHandler, {
      departmentId: f.departments.tax,
      note: '请区税务局核实',
    })
    expect(away.json()).toMatchObject({ holderDepartmentId: f.departments.tax, eventType: 'task.routed' })
    expect((await api('GET', `/cases/${id}`, f.taxHandler)).statusCode).toBe(200)
    // the task now belongs to tax: fire can no longer finish it, tax can route it back
    expect(
      (await api('POST', `/cases/${id}/tasks/${fire.id}/complete`, f.fireHandler, { outcome: 'approved' }))
        .statusCode,
    ).toBe(403)
    const back = await api('POST', `/cases/${id}/tasks/${fire.id}/route`, f.taxHandler, {
      departmentId: f.departments.fire,
    })
    expect(back.json().eventType).toBe('task.returned')
    expect((await api('GET', `/cases/${id}`, f.clerk)).json().events.at(-1).type).toBe('task.returned')
    expect(
      (await api('POST', `/cases/${id}/tasks/${fire.id}/complete`, f.fireHandler, { outcome: 'approved' }))
        .statusCode,
    ).toBe(200)
  })

  it('stops the clock for a supplement and moves the due dates when it resumes', async () => {
    const { id } = await acceptedFoodLicence()
    ctx.clock.set('2026-03-04T02:00:00.000Z') // Wednesday
    const paused = await api('POST', `/cases/${id}/supplement`, f.marketHandler, {
      reason: '补充从业人员健康证明',
      items: ['从业人员健康证明'],
    })
    expect(paused.json()).toMatchObject({ status: 'supplement_requested', isPaused: true })
    ctx.clock.set('2026-03-09T02:00:00.000Z') // next Monday
    const stuck = await api(
      'POST',
      `/cases/${id}/tasks/${paused.json().tasks[0].id}/complete`,
      f.marketHandler,
      { outcome: 'approved' },
    )
    expect(stuck.json().code).toBe('CASE_INVALID_TRANSITION')
    const resumed = await api('POST', `/cases/${id}/supply`, f.marketHandler, {})
    // 03-05, 03-06, 03-09 off the clock: 10 working days from 03-02 → 03-19 instead of 03-16
    expect(resumed.json()).toMatchObject({ status: 'in_progress', dueOn: '2026-03-19', isPaused: false })
    expect(
      resumed.json().tasks.find((t: { departmentId: string }) => t.departmentId === f.departments.fire).dueOn,
    ).toBe('2026-03-16')
  })

  it('extends only with an approver, within the cap, and tells the applicant', async () => {
    const { id } = await acceptedFoodLicence()
    const tooLong = await api('POST', `/cases/${id}/approvals`, f.marketHandler, {
      kind: 'extension',
      days: 11,
      reason: '情况复杂',
    })
    expect(tooLong.statusCode).toBe(400)
    expect(tooLong.json()).toMatchObject({ code: 'CASE_EXTENSION_OVER_CAP', details: { capDays: 10 } })
    const asked = await api('POST', `/cases/${id}/approvals`, f.marketHandler, {
      kind: 'extension',
      days: 10,
      reason: '情况复杂，需进一步核查',
    })
    const approvalId = asked.json().approvals[0].id
    expect(asked.json().dueOn).toBe('2026-03-16')
    const selfApproval = await api('POST', `/cases/${id}/approvals/${approvalId}/decide`, f.marketHandler, {
      approve: true,
    })
    expect(selfApproval.statusCode).toBe(403)
    const queue = await api('GET', '/cases/approval-queue', f.marketApprover)
    expect(queue.json().map((a: { id: string }) => a.id)).toContain(approvalId)
    const approved = await api('POST', `/cases/${id}/approvals/${approvalId}/decide`, f.marketApprover, {
      approve: true,
    })
    expect(approved.json()).toMatchObject({ dueOn: '2026-03-30', extensionDays: 10 })
    const twice = await api('POST', `/cases/${id}/approvals/${approvalId}/decide`, f.marketApprover, {
      approve: true,
    })
    expect(twice.json().code).toBe('CASE_APPROVAL_DECIDED')
    const more = await api('POST', `/cases/${id}/approvals`, f.marketHandler, {
      kind: 'extension',
      days: 1,
      reason: '再延',
    })
    expect(more.json().code).toBe('CASE_EXTENSION_OVER_CAP')
    const sms = await ctx.container.database.db
      .selectFrom('sms_messages')
      .select('body')
      .where('template', '=', 'case.extended')
      .execute()
    expect(sms.some((m) => m.body.includes('延长10个工作日') && m.body.includes('3月30日'))).toBe(true)
  })

  it('runs an approved special procedure within its maximum, clock stopped', async () => {
    const { id } = await acceptedFoodLicence()
    const notAllowed = await api('POST', `/cases/${id}/approvals`, f.marketHandler, {
      kind: 'special_procedure',
      procedure: 'hearing',
      days: 5,
      reason: '听证',
    })
    expect(notAllowed.json().code).toBe('CASE_PROCEDURE_NOT_ALLOWED')
    const overMax = await api('POST', `/cases/${id}/approvals`, f.marketHandler, {
      kind: 'special_procedure',
      procedure: 'site_inspection',
      days: 11,
      reason: '现场核查',
    })
    expect(overMax.json().code).toBe('CASE_PROCEDURE_NOT_ALLOWED')
    const asked = await api('POST', `/cases/${id}/approvals`, f.marketHandler, {
      kind: 'special_procedure',
      procedure: 'site_inspection',
      days: 5,
      reason: '现场核查经营场所',
    })
    expect(asked.json().status).toBe('in_progress')
    const started = await api(
      'POST',
      `/cases/${id}/approvals/${asked.json().approvals[0].id}/decide`,
      f.marketApprover,
      { approve: true },
    )
    expect(started.json()).toMatchObject({ status: 'special_procedure', isPaused: true })
    ctx.clock.set('2026-03-06T02:00:00.000Z')
    const ended = await api('POST', `/cases/${id}/special-procedure/end`, f.marketHandler, {})
    expect(ended.json()).toMatchObject({ status: 'in_progress', dueOn: '2026-03-20' })
    expect(ended.json().events.map((e: { type: string }) => e.type)).toContain('special_procedure.started')
  })

  it('recomputes due dates of open cases when the calendar changes, recorded on each case', async () => {
    const { id } = await acceptedFoodLicence()
    const admin = f.admin
    const res = await api('POST', '/calendar/days/2026-03-10', admin, undefined)
    expect(res.statusCode).toBe(404) // PUT is the verb; a POST here is not a route
    const put = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/days/2026-03-10',
      headers: { cookie: admin },
      payload: { kind: 'holiday', name: '测试假日' },
    })
    expect(put.statusCode).toBe(200)
    const after = (await api('GET', `/cases/${id}`, f.clerk)).json()
    expect(after.dueOn).toBe('2026-03-17')
    expect(after.events.at(-1)).toMatchObject({ type: 'deadline.recomputed', reason: 'calendar change' })
    await ctx.app.inject({
      method: 'DELETE',
      url: '/api/v1/calendar/days/2026-03-10',
      headers: { cookie: admin },
    })
  })
})
