import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simpleDoc } from '../src/modules/catalog/test-fixtures'
import {
  applicant,
  residentId,
  seedCaseFixtures,
  type CaseFixtures,
} from '../src/modules/cases/test-fixtures'
import { citizenSession, multipart, samplePdf } from '../src/modules/online/test-fixtures'
import { createTestContext, isDbUnavailable, type TestContext } from './support/test-app'

/** Issue #7: the online form of any matter is generated from the matter's own form fields (its elements), checked as at the window. */
describe.skipIf(isDbUnavailable())('online application forms from the matter’s elements', () => {
  let ctx: TestContext
  let f: CaseFixtures
  let citizen: string
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const person = applicant({ name: '古丽娜', idNumber: residentId('19920202', '044'), phone: '13977778888' })

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedCaseFixtures(ctx)
    const { matters } = ctx.container.catalog
    const created = await matters.create(
      'system',
      simpleDoc('SW-FORM-001', '跨区域涉税事项报告', f.departments.tax, {
        formFields: [
          {
            key: 'destinationRegion',
            label: { zh: '经营地', en: 'Place of business' },
            type: 'text',
            isRequired: true,
            maxLength: 20,
          },
          {
            key: 'purpose',
            label: { zh: '事由' },
            type: 'select',
            isRequired: true,
            options: [{ zh: '建筑安装' }, { zh: '销售' }],
          },
          { key: 'stayDays', label: { zh: '经营天数' }, type: 'number', min: 1, max: 180 },
        ],
      }),
    )
    await matters.publish('system', created.id)
    citizen = await citizenSession(ctx, '13977778888')
  })
  afterAll(() => ctx.close())

  it('asks the matter’s fields, refuses wrong answers with every field named, asks the missing ones at submit, and files the answers with the case', async () => {
    const app = (
      await api('POST', '/citizen/applications', citizen, { kind: 'matter', code: 'SW-FORM-001' })
    ).json()
    expect(app.form.map((x: { key: string; isRequired: boolean }) => [x.key, x.isRequired])).toEqual([
      ['destinationRegion', true],
      ['purpose', true],
      ['stayDays', false],
    ])
    expect(app.form[0]).toMatchObject({ label: { zh: '经营地', en: 'Place of business' } })

    const wrong = await api('PUT', `/citizen/applications/${app.id}`, citizen, {
      applicant: person,
      formData: { purpose: '留学', stayDays: 0 },
    })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json()).toMatchObject({
      code: 'CASE_FORM_INVALID',
      details: {
        fields: [
          { key: 'purpose', problem: 'option' },
          { key: 'stayDays', problem: 'too-small' },
        ],
      },
    })
    expect((await api('GET', `/citizen/applications/${app.id}`, citizen)).json().applicant).toBeNull()

    // a draft may leave answers out; submit names them
    expect(
      (
        await api('PUT', `/citizen/applications/${app.id}`, citizen, {
          applicant: person,
          formData: { purpose: '销售', stayDays: '30' },
        })
      ).statusCode,
    ).toBe(200)
    const body = multipart('营业执照.pdf', 'application/pdf', samplePdf('licence'))
    const key = encodeURIComponent(app.materials[0].key as string)
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/citizen/applications/${app.id}/materials/${key}/file`,
          payload: body.payload,
          headers: { ...body.headers, cookie: citizen },
        })
      ).statusCode,
    ).toBe(200)
    const early = await api('POST', `/citizen/applications/${app.id}/submit`, citizen, {})
    expect(early.json()).toMatchObject({
      code: 'ONLINE_APPLICATION_INCOMPLETE',
      details: { fields: ['destinationRegion'] },
    })

    const saved = await api('PUT', `/citizen/applications/${app.id}`, citizen, {
      applicant: person,
      formData: { destinationRegion: ' 喀什市 ', purpose: '销售', stayDays: '30' },
    })
    expect(saved.json().formData).toEqual({ destinationRegion: '喀什市', purpose: '销售', stayDays: 30 })
    const submitted = await api('POST', `/citizen/applications/${app.id}/submit`, citizen, {})
    expect(submitted.statusCode).toBe(200)
    const row = await ctx.container.database.db
      .selectFrom('cases')
      .select('form_data')
      .where('id', '=', submitted.json().cases[0].id)
      .executeTakeFirstOrThrow()
    expect(JSON.parse(row.form_data)).toMatchObject({
      destinationRegion: '喀什市',
      purpose: '销售',
      stayDays: 30,
    })
  })
})
