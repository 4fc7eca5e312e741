import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicant } from '../src/modules/cases/test-fixtures'
import {
  citizenSession,
  multipart,
  samplePdf,
  seedOnlineFixtures,
  type OnlineFixtures,
} from '../src/modules/online/test-fixtures'
import { createTestContext, isDbUnavailable, staffSession, type TestContext } from './support/test-app'

/** Issue 17 (10): the bundle window's clerk takes in every case of a bundle, whichever department. */
describe.skipIf(isDbUnavailable())('bundles taken in at one window', () => {
  let ctx: TestContext
  let f: OnlineFixtures
  let citizen: string
  /** a clerk of the bundle's lead department (市场监管) only: the bundle window */
  let windowClerk: string
  /** a clerk of another department */
  let otherClerk: string
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })

  const fileBundle = async () => {
    const app = (
      await api('POST', '/citizen/applications', citizen, { kind: 'bundle', code: f.bundleCode })
    ).json()
    await api('PUT', `/citizen/applications/${app.id}`, citizen, {
      applicant: applicant({ phone: '13955556666' }),
      formData: { companyName: '丝路拉面馆' },
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
    return submitted.json() as { bundleNumber: string; cases: Array<{ id: string; matterCode: string }> }
  }

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    f = await seedOnlineFixtures(ctx)
    citizen = await citizenSession(ctx, '13955556666')
    windowClerk = await staffSession(ctx, 'bundle-window-clerk', [
      { role: 'clerk', departmentId: f.departments.market },
    ])
    otherClerk = await staffSession(ctx, 'exit-clerk', [
      { role: 'clerk', departmentId: f.departments.exitEntry },
    ])
  })
  afterAll(() => ctx.close())

  it('lets the lead department’s clerk read, correct and accept the bundle’s case of another department', async () => {
    const b = await fileBundle()
    const tax = b.cases.find((c) => c.matterCode === 'SW-DJ-001')!
    const food = b.cases.find((c) => c.matterCode === 'SCJG-SPJY-001')!
    // both wait in the bundle window's queue
    const queue = (await api('GET', '/cases/intake-queue', windowClerk)).json() as Array<{ id: string }>
    expect(queue.map((c) => c.id)).toEqual(expect.arrayContaining([tax.id, food.id]))
    const detail = await api('GET', `/cases/${tax.id}`, windowClerk)
    expect(detail.statusCode).toBe(200)
    expect(detail.json().allowedActions).toEqual(expect.arrayContaining(['accept', 'request_correction']))
    // a one-time correction notice, the items brought, then acceptance: all at the bundle window
    const corrected = await api('POST', `/cases/${tax.id}/correction`, windowClerk, {
      missingMaterials: [1],
      note: '税务登记表缺少签章',
    })
    expect(corrected.json()).toMatchObject({ status: 'correction_requested' })
    const resubmitted = await api('POST', `/cases/${tax.id}/resubmit`, windowClerk, {
      suppliedMaterials: [1],
    })
    expect(resubmitted.json()).toMatchObject({ status: 'received' })
    const accepted = await api('POST', `/cases/${tax.id}/accept`, windowClerk, {})
    expect(accepted.statusCode, accepted.body).toBe(200)
    expect(accepted.json()).toMatchObject({ status: 'in_progress', departmentId: f.departments.tax })
    expect((await api('POST', `/cases/${food.id}/accept`, windowClerk, {})).statusCode).toBe(200)
    // the department's own work stays the department's: the window clerk cannot decide it
    expect(
      (await api('POST', `/cases/${tax.id}/complete`, windowClerk, { outcome: 'approved' })).statusCode,
    ).toBe(404)
  })

  it('gives a clerk of neither department nothing, and a single case no bundle window', async () => {
    const b = await fileBundle()
    const tax = b.cases.find((c) => c.matterCode === 'SW-DJ-001')!
    expect((await api('GET', `/cases/${tax.id}`, otherClerk)).json().code).toBe('CASE_NOT_FOUND')
    const refused = await api('POST', `/cases/${tax.id}/accept`, otherClerk, {})
    expect(refused.json().code).toBe('CASE_NOT_FOUND')
    expect((await api('GET', `/cases/${tax.id}`, windowClerk)).json().status).toBe('received')
    // a tax case filed on its own at the counter is the tax department's alone
    const single = await api('POST', '/cases', f.clerk, {
      matterCode: 'SW-DJ-001',
      applicant: applicant(),
      submittedMaterials: [0, 1],
    })
    expect(single.statusCode).toBe(200)
    expect((await api('GET', `/cases/${single.json().id}`, windowClerk)).json().code).toBe('CASE_NOT_FOUND')
    expect((await api('POST', `/cases/${single.json().id}/accept`, windowClerk, {})).json().code).toBe(
      'CASE_NOT_FOUND',
    )
  })
})
