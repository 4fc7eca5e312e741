import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from '../../../test/support/test-app'
import { passportDoc } from '../catalog/test-fixtures'
import {
  citizenSession,
  multipart,
  samplePdf,
  seedOnlineFixtures,
  type OnlineFixtures,
} from '../online/test-fixtures'
import { applicant } from './test-fixtures'

/** The dates the applicant and the staff see: pauses move them while they run; days off. */
describe.skipIf(isDbUnavailable())('dates the applicant sees', () => {
  let ctx: TestContext
  let f: OnlineFixtures
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedOnlineFixtures(ctx)
    // an instant matter (即办, 0 working days)
    const instant = await ctx.container.catalog.matters.create(
      'system',
      passportDoc(f, {
        code: 'GA-CRJ-009',
        name: { zh: '即办证明' },
        promisedLimitDays: 0,
        legalLimitDays: 0,
        steps: [{ name: '受理', limitDays: 0 }],
      }),
    )
    await ctx.container.catalog.matters.publish('system', instant.id)
  })
  afterAll(() => ctx.close())

  const lookup = async (number: string) =>
    (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/public/cases/lookup',
        payload: { number, factor: '0001' },
      })
    ).json()

  it('moves the projected due date with a running supplement pause, for staff and on the public page', async () => {
    // a food licence accepted Monday 03-02: due 03-16 (10 working days)
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0, 1, 2],
      })
    ).json()
    expect((await api('POST', `/cases/${c.id}/accept`, f.clerk, {})).json().dueOn).toBe('2026-03-16')
    ctx.clock.set('2026-03-04T02:00:00.000Z') // Wednesday: the pause begins
    const paused = await api('POST', `/cases/${c.id}/supplement`, f.marketHandler, {
      reason: '补充从业人员健康证明',
      items: ['从业人员健康证明'],
    })
    expect(paused.json()).toMatchObject({ status: 'supplement_requested', dueOn: '2026-03-16' })
    // next Monday, still paused: 03-05, 03-06 and 03-09 are off the clock → 03-19, not 03-16
    ctx.clock.set('2026-03-09T02:00:00.000Z')
    const staff = (await api('GET', `/cases/${c.id}`, f.marketHandler)).json()
    expect(staff).toMatchObject({ dueOn: '2026-03-19', isPaused: true })
    // the fire department's task (7 days: 03-11 before the pause) moves with it
    expect(
      staff.tasks.find((t: { departmentId: string }) => t.departmentId === f.departments.fire).dueOn,
    ).toBe('2026-03-16')
    expect(await lookup(c.number)).toMatchObject({ status: 'supplement_requested', dueOn: '2026-03-19' })
    // a day later it has moved again; resuming then keeps the date shown
    ctx.clock.set('2026-03-10T02:00:00.000Z')
    expect((await lookup(c.number)).dueOn).toBe('2026-03-20')
    const resumed = (await api('POST', `/cases/${c.id}/supply`, f.marketHandler, {})).json()
    expect(resumed).toMatchObject({ status: 'in_progress', dueOn: '2026-03-20' })
    expect((await lookup(c.number)).dueOn).toBe('2026-03-20')
  })

  it('shows the citizen the moving due date in my cases, list and detail', async () => {
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const phone = '13955558888'
    const citizen = await citizenSession(ctx, phone)
    const app = (
      await api('POST', '/citizen/applications', citizen, { kind: 'matter', code: 'SCJG-SPJY-001' })
    ).json()
    await api('PUT', `/citizen/applications/${app.id}`, citizen, {
      applicant: applicant({ phone }),
      delivery: { method: 'window' },
    })
    for (const m of app.materials as Array<{ key: string; name: string; isRequired: boolean }>) {
      if (!m.isRequired) continue
      const body = multipart(`${m.name}.pdf`, 'application/pdf', samplePdf(m.name))
      await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/citizen/applications/${app.id}/materials/${encodeURIComponent(m.key)}/file`,
        payload: body.payload,
        headers: { ...body.headers, cookie: citizen },
      })
    }
    const submitted = await api('POST', `/citizen/applications/${app.id}/submit`, citizen, {})
    expect(submitted.statusCode, submitted.body).toBe(200)
    const id = submitted.json().cases[0].id as string
    expect((await api('POST', `/cases/${id}/accept`, f.clerk, {})).json().dueOn).toBe('2026-03-16')
    ctx.clock.set('2026-03-04T02:00:00.000Z')
    await api('POST', `/cases/${id}/supplement`, f.marketHandler, { reason: '补充材料', items: ['健康证明'] })
    ctx.clock.set('2026-03-09T02:00:00.000Z')
    expect((await api('GET', `/citizen/cases/${id}`, citizen)).json()).toMatchObject({
      status: 'supplement_requested',
      dueOn: '2026-03-19',
    })
    const mine = (await api('GET', '/citizen/cases', citizen)).json() as Array<{ id: string; dueOn: string }>
    expect(mine.find((c) => c.id === id)?.dueOn).toBe('2026-03-19')
  })

  it('warns the clerk on a day off, and an instant matter accepted on a holiday is due the next working day', async () => {
    // Saturday 10-03, in the National Day holiday (10-01…10-07); the next working day is 10-08
    ctx.clock.set('2026-10-03T02:00:00.000Z')
    // months later: a session of this day
    const clerk = await staffSession(ctx, 'holiday-clerk', [{ role: 'clerk', departmentId: null }])
    const c = (
      await api('POST', '/cases', clerk, {
        matterCode: 'GA-CRJ-009',
        applicant: applicant(),
        submittedMaterials: [0, 1],
      })
    ).json()
    const before = (await api('GET', `/cases/${c.id}`, clerk)).json()
    expect(before.acceptOnDayOff).toEqual({ today: '2026-10-03', nextWorkingDay: '2026-10-08' })
    const accepted = (await api('POST', `/cases/${c.id}/accept`, clerk, {})).json()
    expect(accepted).toMatchObject({ status: 'in_progress', dueOn: '2026-10-08', acceptOnDayOff: null })
    expect((await lookup(c.number)).dueOn).toBe('2026-10-08')
    // on a working day there is no warning
    ctx.clock.set('2026-10-08T02:00:00.000Z')
    const weekday = (
      await api('POST', '/cases', clerk, {
        matterCode: 'GA-CRJ-009',
        applicant: applicant(),
        submittedMaterials: [0, 1],
      })
    ).json()
    expect((await api('GET', `/cases/${weekday.id}`, clerk)).json().acceptOnDayOff).toBeNull()
    expect((await api('POST', `/cases/${weekday.id}/accept`, clerk, {})).json().dueOn).toBe('2026-10-08')
  })
})
