import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { applicant, seedCaseFixtures, type CaseFixtures } from './test-fixtures'

interface QueueItem {
  id: string
  taskId: string
  dueOn: string | null
  remainingDays: number | null
  awaitingApproval: boolean
  status: string
}

/** The workbench's task queue: projected dates of paused cases, requests waiting for the approver. */
describe.skipIf(isDbUnavailable())('the department task queue', () => {
  let ctx: TestContext
  let f: CaseFixtures
  const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const queue = async (cookie: string): Promise<QueueItem[]> => {
    const res = await api('GET', '/cases/task-queue', cookie)
    expect(res.statusCode).toBe(200)
    return res.json()
  }
  const acceptedFoodLicence = async () => {
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0, 1, 2],
      })
    ).json()
    expect((await api('POST', `/cases/${c.id}/accept`, f.clerk, {})).statusCode).toBe(200)
    return c as { id: string; number: string }
  }

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedCaseFixtures(ctx)
  })
  afterAll(() => ctx.close())

  it('shows a paused case’s task due date moved by the running pause, as the case page does', async () => {
    ctx.clock.set('2026-03-02T02:00:00.000Z') // Monday: accepted
    const c = await acceptedFoodLicence()
    ctx.clock.set('2026-03-04T02:00:00.000Z') // Wednesday: the supplement pause begins
    expect(
      (
        await api('POST', `/cases/${c.id}/supplement`, f.marketHandler, {
          reason: '补充从业人员健康证明',
          items: ['从业人员健康证明'],
        })
      ).statusCode,
    ).toBe(200)
    const stored = (await queue(f.fireHandler)).find((t) => t.id === c.id)!
    // the fire department's task (7 working days): 03-11 when the pause began
    expect(stored).toMatchObject({ dueOn: '2026-03-11', status: 'supplement_requested', remainingDays: null })
    ctx.clock.set('2026-03-09T02:00:00.000Z') // next Monday, still paused: three more days off the clock
    const moved = (await queue(f.fireHandler)).find((t) => t.id === c.id)!
    expect(moved.dueOn).toBe('2026-03-16')
    const detail = (await api('GET', `/cases/${c.id}`, f.fireHandler)).json()
    expect(detail.tasks.find((t: { id: string }) => t.id === moved.taskId).dueOn).toBe(moved.dueOn)
    // resumed: the stored (moved) date, counted again
    await api('POST', `/cases/${c.id}/supply`, f.marketHandler, {})
    const resumed = (await queue(f.fireHandler)).find((t) => t.id === c.id)!
    expect(resumed.dueOn).toBe('2026-03-16')
    expect(resumed.remainingDays).not.toBeNull()
  })

  it('marks a case whose extension waits for the approver, until it is decided', async () => {
    ctx.clock.set('2026-03-17T02:00:00.000Z')
    const c = await acceptedFoodLicence()
    const other = await acceptedFoodLicence()
    const before = await queue(f.marketHandler)
    expect(before.filter((t) => t.id === c.id).every((t) => !t.awaitingApproval)).toBe(true)
    const asked = await api('POST', `/cases/${c.id}/approvals`, f.marketHandler, {
      kind: 'extension',
      days: 5,
      reason: '情况复杂，需进一步核查',
    })
    expect(asked.statusCode).toBe(200)
    const waiting = await queue(f.marketHandler)
    expect(waiting.find((t) => t.id === c.id)!.awaitingApproval).toBe(true)
    expect(waiting.find((t) => t.id === other.id)!.awaitingApproval).toBe(false)
    // the fire department's task of the same case is marked too: the whole case waits
    expect((await queue(f.fireHandler)).find((t) => t.id === c.id)!.awaitingApproval).toBe(true)
    const approvalId = asked.json().approvals[0].id
    await api('POST', `/cases/${c.id}/approvals/${approvalId}/decide`, f.marketApprover, { approve: true })
    expect((await queue(f.marketHandler)).find((t) => t.id === c.id)!.awaitingApproval).toBe(false)
  })
})
