import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simpleDoc } from '../src/modules/catalog/test-fixtures'
import { applicant } from '../src/modules/cases/test-fixtures'
import {
  citizenSession,
  multipart,
  samplePdf,
  seedOnlineFixtures,
  type OnlineFixtures,
} from '../src/modules/online/test-fixtures'
import { createTestContext, isDbUnavailable, staffSession, type TestContext } from './support/test-app'

const PHONE = '13955557777'

/** Issue 17 (11): a bundle does not ask for what it issues; its notices go out once per bundle event. */
describe.skipIf(isDbUnavailable())('a bundle issues what its later matters need', () => {
  let ctx: TestContext
  let f: OnlineFixtures
  let citizen: string
  let windowClerk: string
  let taxApprover: string
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const db = () => ctx.container.database.db
  const sms = async (template: string) =>
    (
      await db()
        .selectFrom('sms_messages')
        .select(['body'])
        .where('recipient', '=', PHONE)
        .where('template', '=', template)
        .execute()
    ).map((m) => m.body)
  const materialsOf = (caseId: string) =>
    db()
      .selectFrom('case_materials')
      .select(['name', 'status', 'note'])
      .where('case_id', '=', caseId)
      .orderBy('position')
      .execute()

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    f = await seedOnlineFixtures(ctx)
    const { matters, bundles } = ctx.container.catalog
    // 企业设立登记 issues the business licence (营业执照) the two later matters ask for
    const registration = await matters.create(
      'system',
      simpleDoc('SCJG-QYDJ-001', '企业设立登记', f.departments.market, {
        materials: [{ name: { zh: '公司登记申请书' }, form: 'original', copies: 1, isRequired: true }],
        delivery: ['window', 'post'],
      }),
    )
    await matters.publish('system', registration.id)
    await bundles.create('system', {
      code: 'YJS-FEED',
      name: { zh: '我要开餐馆（含执照）' },
      leadDepartmentId: f.departments.market,
      matterCodes: ['SCJG-QYDJ-001', 'SCJG-SPJY-001', 'SW-DJ-001'],
      feeds: [
        { fromMatterCode: 'SCJG-QYDJ-001', toMatterCode: 'SCJG-SPJY-001', material: '营业执照' },
        { fromMatterCode: 'SCJG-QYDJ-001', toMatterCode: 'SW-DJ-001', material: '营业执照' },
      ],
      form: [{ key: 'companyName', label: { zh: '拟用企业名称' }, type: 'text', isRequired: true }],
    })
    citizen = await citizenSession(ctx, PHONE)
    windowClerk = await staffSession(ctx, 'feed-window-clerk', [
      { role: 'clerk', departmentId: f.departments.market },
    ])
    taxApprover = await staffSession(ctx, 'feed-tax-approver', [
      { role: 'approver', departmentId: f.departments.tax },
    ])
  })
  afterAll(() => ctx.close())

  it('refuses feeds that are not between the bundle’s matters or name no material of the later one', async () => {
    for (const feed of [
      { fromMatterCode: 'GA-CRJ-001', toMatterCode: 'SW-DJ-001', material: '营业执照' },
      { fromMatterCode: 'SCJG-SPJY-001', toMatterCode: 'SW-DJ-001', material: '户口簿' },
      { fromMatterCode: 'SW-DJ-001', toMatterCode: 'SW-DJ-001', material: '营业执照' },
    ]) {
      const res = await api('POST', '/catalog/admin/bundles', f.admin, {
        code: 'YJS-BAD',
        name: { zh: '错误的一件事' },
        leadDepartmentId: f.departments.market,
        matterCodes: ['SCJG-SPJY-001', 'SW-DJ-001'],
        feeds: [feed],
      })
      expect(res.statusCode, JSON.stringify(feed)).toBe(400)
      expect(res.json().code).toBe('CATALOG_BUNDLE_FEED_INVALID')
    }
    expect((await api('GET', '/catalog/bundles/YJS-BAD', f.admin)).statusCode).toBe(404)
  })

  it('never asks the applicant for the licence; the later cases wait for it and get it when issued; one SMS per bundle event', async () => {
    // the public bundle lists the licence as issued within it, not as something to bring
    const bundle = (await api('GET', '/catalog/bundles/YJS-FEED', '')).json()
    expect(bundle.materials.find((m: { name: { zh: string } }) => m.name.zh === '营业执照')).toMatchObject({
      isRequired: false,
      issuedBy: 'SCJG-QYDJ-001',
    })
    const app = (
      await api('POST', '/citizen/applications', citizen, { kind: 'bundle', code: 'YJS-FEED' })
    ).json()
    const asked = (app.materials as Array<{ key: string; name: { zh: string }; isRequired: boolean }>).map(
      (m) => m.name.zh,
    )
    expect(asked).not.toContain('营业执照')
    await api('PUT', `/citizen/applications/${app.id}`, citizen, {
      applicant: applicant({ phone: PHONE }),
      formData: { companyName: '丝路拉面馆' },
      delivery: { method: 'window' },
    })
    for (const m of app.materials as Array<{ key: string; name: { zh: string }; isRequired: boolean }>) {
      if (!m.isRequired) continue
      const body = multipart(`${m.name.zh}.pdf`, 'application/pdf', samplePdf(m.name.zh))
      const up = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/citizen/applications/${app.id}/materials/${encodeURIComponent(m.key)}/file`,
        payload: body.payload,
        headers: { ...body.headers, cookie: citizen },
      })
      expect(up.statusCode).toBe(200)
    }
    const submitted = await api('POST', `/citizen/applications/${app.id}/submit`, citizen, {})
    expect(submitted.statusCode, submitted.body).toBe(200)
    const b = submitted.json() as { bundleNumber: string; cases: Array<{ id: string; matterCode: string }> }
    const caseOf = (code: string) => b.cases.find((c) => c.matterCode === code)!.id
    const [registration, food, tax] = ['SCJG-QYDJ-001', 'SCJG-SPJY-001', 'SW-DJ-001'].map(caseOf) as [
      string,
      string,
      string,
    ]
    // one "received" SMS with the bundle number, none per case
    expect(await sms('bundle.received')).toEqual([expect.stringContaining(b.bundleNumber)])
    expect(await sms('case.received')).toEqual([])
    expect(await materialsOf(tax)).toEqual(
      expect.arrayContaining([{ name: '营业执照', status: 'awaited', note: null }]),
    )

    // the bundle window accepts all three; one "accepted" SMS when the last is accepted
    for (const [i, id] of [registration, food, tax].entries()) {
      const accepted = await api('POST', `/cases/${id}/accept`, windowClerk, {})
      expect(accepted.statusCode, accepted.body).toBe(200)
      expect(await sms('bundle.accepted')).toHaveLength(i === 2 ? 1 : 0)
    }
    expect((await sms('bundle.accepted'))[0]).toContain(b.bundleNumber)
    expect(await sms('case.accepted')).toEqual([])

    // the tax case cannot be approved before the licence is issued
    const taxTask = (await api('GET', `/cases/${tax}`, f.taxHandler)).json().tasks[0]
    await api('POST', `/cases/${tax}/tasks/${taxTask.id}/complete`, f.taxHandler, { outcome: 'approved' })
    const early = await api('POST', `/cases/${tax}/complete`, taxApprover, {
      outcome: 'approved',
      resultNumber: 'T1',
    })
    expect(early.statusCode).toBe(409)
    expect(early.json()).toMatchObject({
      code: 'CASE_AWAITING_BUNDLE_RESULT',
      details: { materials: [{ name: '营业执照' }] },
    })

    // the licence is issued: it is attached to both later cases, with an event on each
    const regTask = (await api('GET', `/cases/${registration}`, f.marketHandler)).json().tasks[0]
    await api('POST', `/cases/${registration}/tasks/${regTask.id}/complete`, f.marketHandler, {
      outcome: 'approved',
    })
    const issued = await api('POST', `/cases/${registration}/complete`, f.marketApprover, {
      outcome: 'approved',
      resultNumber: '91650100MA00000001',
    })
    expect(issued.statusCode, issued.body).toBe(200)
    for (const id of [food, tax]) {
      expect(await materialsOf(id)).toEqual(
        expect.arrayContaining([
          { name: '营业执照', status: 'supplied', note: expect.stringContaining('91650100MA00000001') },
        ]),
      )
    }
    const taxDetail = (await api('GET', `/cases/${tax}`, f.taxHandler)).json()
    expect(taxDetail.events.map((e: { type: string }) => e.type)).toContain('bundle.result_attached')
    expect(
      (await api('POST', `/cases/${tax}/complete`, taxApprover, { outcome: 'approved', resultNumber: 'T1' }))
        .statusCode,
    ).toBe(200)
    expect(await sms('bundle.completed')).toEqual([])

    // the last case decided: one "completed" SMS for the bundle, none per case
    const handlers: Record<string, string> = {
      [f.departments.market]: f.marketHandler,
      [f.departments.fire]: f.fireHandler,
      [f.departments.health]: f.healthHandler,
    }
    for (const t of (await api('GET', `/cases/${food}`, f.marketHandler)).json().tasks as Array<{
      id: string
      departmentId: string
    }>)
      await api('POST', `/cases/${food}/tasks/${t.id}/complete`, handlers[t.departmentId]!, {
        outcome: 'approved',
      })
    expect(
      (
        await api('POST', `/cases/${food}/complete`, f.marketApprover, {
          outcome: 'approved',
          resultNumber: 'JY1',
        })
      ).statusCode,
    ).toBe(200)
    expect(await sms('bundle.completed')).toEqual([expect.stringContaining(b.bundleNumber)])
    for (const t of ['case.completed', 'case.ready_for_pickup']) expect(await sms(t), t).toEqual([])
  })
})
