import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { passportDoc } from '../catalog/test-fixtures'
import { multipart, samplePdf, samplePng } from '../online/test-fixtures'
import { applicant, residentId, seedCaseFixtures, type CaseFixtures } from './test-fixtures'

/** A matter's own form fields at intake, and the agent's authorisation document (委托书). */
describe.skipIf(isDbUnavailable())('intake: form fields and the agent authorisation', () => {
  let ctx: TestContext
  let f: CaseFixtures
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const upload = (cookie: string, name: string, mime: string, content: Buffer) => {
    const body = multipart(name, mime, content)
    return ctx.app.inject({
      method: 'POST',
      url: '/api/v1/cases/authorisation-files',
      headers: { cookie, ...body.headers },
      payload: body.payload,
    })
  }
  const count = async () =>
    Number(
      (
        await ctx.container.database.db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const agent = { name: '李代办', idNumber: residentId('19750505', '777'), phone: '13899990004' }

  beforeAll(async () => {
    ctx = await createTestContext()
    f = await seedCaseFixtures(ctx)
    // the passport gets its own form: 前往国家 (required text), 事由 (required choice), 停留天数 (number 1–365), 出发日期
    const admin = await api('GET', '/catalog/admin/matters?q=GA-CRJ-001', f.admin)
    const matterId = (admin.json().items as Array<{ id: string; code: string }>).find(
      (m) => m.code === 'GA-CRJ-001',
    )!.id
    const doc = passportDoc(f, {
      formFields: [
        {
          key: 'destinationCountry',
          label: { zh: '前往国家', en: 'Destination country' },
          type: 'text',
          isRequired: true,
          maxLength: 20,
        },
        {
          key: 'purpose',
          label: { zh: '出境事由', ug: 'چىقىش سەۋەبى' },
          type: 'select',
          isRequired: true,
          options: [
            { zh: '旅游', ug: 'ساياھەت', en: 'Tourism' },
            { zh: '探亲', ug: 'تۇغقان يوقلاش', en: 'Family visit' },
            { zh: '商务', ug: 'سودا', en: 'Business' },
          ],
        },
        { key: 'stayDays', label: { zh: '停留天数' }, type: 'number', min: 1, max: 365 },
        { key: 'departureOn', label: { zh: '出发日期' }, type: 'date' },
      ],
    })
    expect((await api('PUT', `/catalog/admin/matters/${matterId}/draft`, f.admin, doc)).statusCode).toBe(200)
    expect((await api('POST', `/catalog/admin/matters/${matterId}/publish`, f.admin, {})).statusCode).toBe(
      200,
    )
  })
  afterAll(() => ctx.close())

  it('refuses a form with bad fields in the catalog (keys twice, a choice without choices, a range upside down)', async () => {
    const bad = await api('POST', '/catalog/admin/matters', f.admin, {
      ...passportDoc(f, { code: 'GA-CRJ-099' }),
      formFields: [
        { key: 'a', label: { zh: '甲' }, type: 'select' },
        { key: 'a', label: { zh: '乙' }, type: 'number', min: 5, max: 1 },
        // each choice carries its own translations; one Chinese choice twice is refused
        { key: 'c', label: { zh: '丙' }, type: 'select', options: [{ zh: '是' }, { zh: '是', en: 'Yes' }] },
      ],
    })
    expect(bad.statusCode).toBe(400)
    const paths = (bad.json().details.issues as Array<{ path: string; code: string }>).map(
      (i) => `${i.path}:${i.code}`,
    )
    expect(paths).toEqual(
      expect.arrayContaining([
        'formFields.0.options:CATALOG_FORM_FIELD_INVALID',
        'formFields.1.key:CATALOG_FORM_FIELD_INVALID',
        'formFields.1.max:CATALOG_FORM_FIELD_INVALID',
        'formFields.2.options:CATALOG_FORM_FIELD_INVALID',
      ]),
    )
    const guide = await api('GET', '/catalog/matters/GA-CRJ-001', '')
    expect(guide.json().document.formFields.map((x: { key: string }) => x.key)).toEqual([
      'destinationCountry',
      'purpose',
      'stayDays',
      'departureOn',
    ])
  })

  it('refuses an application whose form is incomplete or wrong, with every field named, and changes nothing', async () => {
    const before = await count()
    const missing = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant(),
      formData: { purpose: '留学', stayDays: 0, departureOn: '2026-02-30', shoeSize: 42 },
    })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().code).toBe('CASE_FORM_INVALID')
    expect(missing.json().details.fields).toEqual([
      { key: 'shoeSize', problem: 'unknown' },
      { key: 'destinationCountry', problem: 'required' },
      { key: 'purpose', problem: 'option' },
      { key: 'stayDays', problem: 'too-small' },
      { key: 'departureOn', problem: 'type' },
    ])
    const tooLong = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant(),
      formData: { destinationCountry: '很'.repeat(21), purpose: '旅游' },
    })
    expect(tooLong.json().details.fields).toEqual([{ key: 'destinationCountry', problem: 'too-long' }])
    expect(await count()).toBe(before)
  })

  it('stores the answers with the case and shows them with their labels, in the form’s order', async () => {
    const c = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant(),
      formData: {
        departureOn: '2026-05-01',
        purpose: '探亲',
        destinationCountry: ' 哈萨克斯坦 ',
        stayDays: '30',
      },
    })
    expect(c.statusCode).toBe(200)
    expect(c.json().form).toEqual([
      {
        key: 'destinationCountry',
        label: { zh: '前往国家', en: 'Destination country' },
        value: '哈萨克斯坦',
        choice: null,
      },
      // a choice is stored as its Chinese text and shown in the matter's translation of it
      {
        key: 'purpose',
        label: { zh: '出境事由', ug: 'چىقىش سەۋەبى' },
        value: '探亲',
        choice: { zh: '探亲', ug: 'تۇغقان يوقلاش', en: 'Family visit' },
      },
      {
        key: 'stayDays',
        label: { zh: '停留天数' },
        value: 30,
        choice: null,
      },
      {
        key: 'departureOn',
        label: { zh: '出发日期' },
        value: '2026-05-01',
        choice: null,
      },
    ])
    const read = await api('GET', `/cases/${c.json().id}`, f.exitHandler)
    expect(read.json().form.map((x: { value: unknown }) => x.value)).toEqual([
      '哈萨克斯坦',
      '探亲',
      30,
      '2026-05-01',
    ])
  })

  it('needs the authorisation document on file when an agent applies', async () => {
    const form = { destinationCountry: '哈萨克斯坦', purpose: '旅游' }
    const before = await count()
    const without = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant(),
      agent,
      notify: 'agent',
      formData: form,
    })
    expect(without.statusCode).toBe(400)
    expect(without.json().code).toBe('CASE_AGENT_AUTHORISATION_REQUIRED')
    const unknown = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant(),
      agent: { ...agent, authorisationFileKey: 'a'.repeat(64) },
      formData: form,
    })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().code).toBe('CASE_AUTHORISATION_FILE_UNKNOWN')
    expect(await count()).toBe(before)

    // the upload follows the online channel's rules: the content decides the type
    const text = await upload(f.clerk, '委托书.png', 'image/png', Buffer.from('not an image at all'))
    expect(text.statusCode).toBe(415)
    expect(text.json().code).toBe('ONLINE_FILE_TYPE_MISMATCH')
    expect((await upload(f.exitHandler, '委托书.pdf', 'application/pdf', samplePdf('x'))).json().code).toBe(
      'FORBIDDEN',
    )

    const png = samplePng()
    const stored = await upload(f.clerk, '委托书.png', 'image/png', png)
    expect(stored.statusCode).toBe(200)
    expect(stored.json()).toMatchObject({ name: '委托书.png', mime: 'image/png', size: png.length })
    const c = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant(),
      agent: { ...agent, authorisationFileKey: stored.json().fileKey },
      notify: 'agent',
      formData: form,
    })
    expect(c.statusCode).toBe(200)
    expect(c.json().agent).toMatchObject({ name: '李代办', hasAuthorisation: true })

    const file = await api('GET', `/cases/${c.json().id}/authorisation`, f.exitHandler)
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toBe('image/png')
    expect(file.rawPayload.equals(png)).toBe(true)
    const reads = await ctx.container.database.db
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('action', '=', 'case.read-file')
      .where('subject', '=', `case:${c.json().id}`)
      .execute()
    expect(reads).toHaveLength(1)
    // another department does not see the case, nor its documents
    expect((await api('GET', `/cases/${c.json().id}/authorisation`, f.taxHandler)).statusCode).toBe(404)
    // a case without an agent has none
    const plain = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant(),
      formData: form,
    })
    const none = await api('GET', `/cases/${plain.json().id}/authorisation`, f.clerk)
    expect(none.statusCode).toBe(404)
    expect(none.json().code).toBe('CASE_AUTHORISATION_NOT_FOUND')
  })
})
