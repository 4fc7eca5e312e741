import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from '../../../test/support/test-app'
import { applicant, seedCaseFixtures, type CaseFixtures } from './test-fixtures'

/** The case's allowed actions are those the server would take from this caller, in this department. */
describe.skipIf(isDbUnavailable())('allowed actions by role and department', () => {
  let ctx: TestContext
  let f: CaseFixtures
  let supervisor: string
  const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const actionsOf = async (id: string, cookie: string) => {
    const r = await api('GET', `/cases/${id}`, cookie)
    return r.statusCode === 200
      ? [...(r.json() as { allowedActions: string[] }).allowedActions].sort()
      : r.statusCode
  }

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedCaseFixtures(ctx)
    supervisor = await staffSession(ctx, 'supervisor', [{ role: 'supervisor', departmentId: null }])
  })
  afterAll(() => ctx.close())

  it('shows each staff member only what their role may do in their department, and the server agrees', async () => {
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0, 1, 2],
      })
    ).json() as { id: string; allowedActions: string[] }
    // the answer to the change already carries the clerk's actions
    expect([...c.allowedActions].sort()).toEqual(['accept', 'refuse', 'request_correction', 'withdraw'])
    // received: intake decisions are the window's; the implementing department's handler and approver may read, not decide intake
    expect(await actionsOf(c.id, f.marketHandler)).toEqual([])
    expect(await actionsOf(c.id, f.marketApprover)).toEqual([])
    expect(await actionsOf(c.id, supervisor)).toEqual([])
    expect((await api('POST', `/cases/${c.id}/accept`, f.marketHandler, {})).statusCode).toBe(403)
    // departments the case does not concern yet see nothing at all
    expect(await actionsOf(c.id, f.fireHandler)).toBe(404)
    expect(await actionsOf(c.id, f.taxHandler)).toBe(404)

    const accepted = (await api('POST', `/cases/${c.id}/accept`, f.clerk, {})).json() as {
      allowedActions: string[]
      tasks: Array<{ id: string; departmentId: string }>
    }
    expect(accepted.allowedActions).toEqual(['withdraw'])
    // in progress: each task department may pause the clock; the decision waits until every task is done
    expect(await actionsOf(c.id, f.fireHandler)).toEqual(['request_supplement', 'start_special_procedure'])
    expect(await actionsOf(c.id, f.marketApprover)).toEqual(['request_supplement', 'start_special_procedure'])
    expect(await actionsOf(c.id, f.taxHandler)).toBe(404)
    expect(await actionsOf(c.id, supervisor)).toEqual([])
    expect(
      (await api('POST', `/cases/${c.id}/complete`, f.marketApprover, { outcome: 'approved' })).json().code,
    ).toBe('CASE_TASKS_OPEN')
    expect(
      (await api('POST', `/cases/${c.id}/withdraw`, f.fireHandler, { reason: '申请人撤回' })).statusCode,
    ).toBe(404)

    const handlers = new Map([
      [f.departments.market, f.marketHandler],
      [f.departments.fire, f.fireHandler],
      [f.departments.health, f.healthHandler],
    ])
    let last: { allowedActions: string[] } = accepted
    for (const t of accepted.tasks)
      last = (
        await api('POST', `/cases/${c.id}/tasks/${t.id}/complete`, handlers.get(t.departmentId)!, {
          outcome: 'approved',
        })
      ).json()
    // the last handler's answer shows only a handler's actions
    expect([...last.allowedActions].sort()).toEqual(['request_supplement', 'start_special_procedure'])
    expect(await actionsOf(c.id, f.marketApprover)).toEqual([
      'complete',
      'request_supplement',
      'start_special_procedure',
    ])
    expect(await actionsOf(c.id, f.fireHandler)).toEqual(['request_supplement', 'start_special_procedure'])
    expect(
      (await api('POST', `/cases/${c.id}/complete`, f.fireHandler, { outcome: 'approved' })).statusCode,
    ).toBe(404)

    const done = (
      await api('POST', `/cases/${c.id}/complete`, f.marketApprover, {
        outcome: 'approved',
        resultNumber: 'JY16501000099999',
      })
    ).json() as { allowedActions: string[] }
    expect(done.allowedActions).toEqual(['revoke'])
    expect(await actionsOf(c.id, f.clerk)).toEqual(['deliver'])
    expect(await actionsOf(c.id, f.fireHandler)).toEqual([])
  })

  it('records the read of personal data with the change that answered with it', async () => {
    const before = await ctx.container.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'case.read-personal-data')
      .execute()
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0, 1, 2],
      })
    ).json() as { id: string }
    const reads = await ctx.container.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'case.read-personal-data')
      .where('subject', '=', `case:${c.id}`)
      .execute()
    expect(reads).toHaveLength(1)
    // a refused change leaves neither the change nor a read behind
    expect((await api('POST', `/cases/${c.id}/accept`, f.clerk, { deferredMaterials: [0] })).statusCode).toBe(
      400,
    )
    const after = await ctx.container.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'case.read-personal-data')
      .execute()
    expect(after.length - before.length).toBe(1)
  })
})
