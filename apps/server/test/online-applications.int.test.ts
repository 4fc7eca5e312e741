import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicant, residentId } from '../src/modules/cases/test-fixtures'
import {
  citizenSession,
  multipart,
  samplePdf,
  samplePng,
  seedOnlineFixtures,
  type OnlineFixtures,
} from '../src/modules/online/test-fixtures'
import { createTestContext, isDbUnavailable, staffSession, type TestContext } from './support/test-app'

interface Material {
  key: string
  name: { zh: string; ug?: string; en?: string }
  files: Array<{ id: string }>
}

describe.skipIf(isDbUnavailable())('online applications, bundles, corrections and my cases', () => {
  let ctx: TestContext
  let f: OnlineFixtures
  let citizen: string
  let stranger: string
  let marketClerk: string
  let taxClerk: string
  const api = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    cookie: string | null,
    payload?: object,
  ) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      ...(cookie ? { headers: { cookie } } : {}),
      ...(payload ? { payload } : {}),
    })
  const upload = (url: string, cookie: string, name: string, mime: string, content: Buffer) => {
    const body = multipart(name, mime, content)
    return ctx.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      payload: body.payload,
      headers: { ...body.headers, cookie },
    })
  }
  const keyOf = (app: { materials: Material[] }, name: string) => {
    const m = app.materials.find((x) => x.name.zh === name)
    if (!m) throw new Error(`no material ${name}`)
    return encodeURIComponent(m.key)
  }
  const person = applicant({ name: '古丽娜', idNumber: residentId('19920202', '044'), phone: '13911112222' })

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedOnlineFixtures(ctx)
    citizen = await citizenSession(ctx, '13911112222')
    stranger = await citizenSession(ctx, '13933334444')
    marketClerk = await staffSession(ctx, 'market-clerk', [
      { role: 'clerk', departmentId: f.departments.market },
    ])
    taxClerk = await staffSession(ctx, 'tax-clerk', [{ role: 'clerk', departmentId: f.departments.tax }])
  })
  afterAll(() => ctx.close())

  it('files a matter online into the intake queue of its department only', async () => {
    const draft = await api('POST', '/citizen/applications', citizen, {
      kind: 'matter',
      code: 'SCJG-SPJY-001',
    })
    expect(draft.statusCode).toBe(200)
    const app = draft.json()
    expect(app).toMatchObject({
      status: 'draft',
      deliveryMethods: ['window'],
      // the signed-in phone, for the form to start with (issue 21, point 5)
      citizenPhone: '13911112222',
      applicant: null,
    })
    expect(app.name).toEqual({ zh: '食品经营许可' })
    expect(app.materials.map((m: Material) => m.name.zh)).toEqual([
      '食品经营许可申请书',
      '营业执照',
      '经营场所平面图',
    ])

    // incomplete: nothing changes
    const early = await api('POST', `/citizen/applications/${app.id}/submit`, citizen, {})
    expect(early.statusCode).toBe(422)
    expect(early.json()).toMatchObject({
      code: 'ONLINE_APPLICATION_INCOMPLETE',
      details: { applicant: true, materials: ['食品经营许可申请书', '营业执照'] },
    })

    const saved = await api('PUT', `/citizen/applications/${app.id}`, citizen, {
      applicant: person,
      formData: {},
      delivery: { method: 'window' },
    })
    expect(saved.statusCode).toBe(200)
    expect(
      (
        await upload(
          `/citizen/applications/${app.id}/materials/${keyOf(app, '食品经营许可申请书')}/file`,
          citizen,
          '申请书.pdf',
          'application/pdf',
          samplePdf('form'),
        )
      ).statusCode,
    ).toBe(200)
    const up = await upload(
      `/citizen/applications/${app.id}/materials/${keyOf(app, '营业执照')}/file`,
      citizen,
      '营业执照.png',
      'image/png',
      samplePng(),
    )
    expect(up.statusCode).toBe(200)
    expect(up.json().materials[1].files[0]).toMatchObject({ name: '营业执照.png', mime: 'image/png' })

    const submitted = await api('POST', `/citizen/applications/${app.id}/submit`, citizen, {})
    expect(submitted.statusCode).toBe(200)
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      bundleNumber: null,
      cases: [{ matterCode: 'SCJG-SPJY-001', status: 'received' }],
    })
    const caseId = submitted.json().cases[0].id
    // a second submit and later edits are refused
    expect((await api('POST', `/citizen/applications/${app.id}/submit`, citizen, {})).json().code).toBe(
      'ONLINE_APPLICATION_SUBMITTED',
    )
    expect(
      (await api('PUT', `/citizen/applications/${app.id}`, citizen, { applicant: person })).json().code,
    ).toBe('ONLINE_APPLICATION_SUBMITTED')

    const queue = await api('GET', '/cases/intake-queue', marketClerk)
    expect(queue.json().map((c: { id: string }) => c.id)).toContain(caseId)
    expect(
      (await api('GET', '/cases/intake-queue', taxClerk)).json().map((c: { id: string }) => c.id),
    ).not.toContain(caseId)
    const detail = (await api('GET', `/cases/${caseId}`, marketClerk)).json()
    expect(detail).toMatchObject({
      channel: 'online',
      status: 'received',
      intakeDueOn: '2026-03-09',
      applicant: { name: '古丽娜' },
    })
    expect(detail.materials.map((m: { status: string }) => m.status)).toEqual([
      'submitted',
      'submitted',
      'missing',
    ])
    expect(detail.events[0]).toMatchObject({ type: 'received', actor: expect.stringMatching(/^citizen:/) })

    // staff reach the uploaded file through the case's access rules, and the read is audited
    const file = await api('GET', `/online/cases/${caseId}/materials/1/file`, marketClerk)
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toBe('image/png')
    expect(file.rawPayload.equals(samplePng())).toBe(true)
    expect((await api('GET', `/online/cases/${caseId}/materials/1/file`, taxClerk)).json().code).toBe(
      'CASE_NOT_FOUND',
    )
    expect((await api('GET', `/online/cases/${caseId}/materials/1/file`, stranger)).json().code).toBe(
      'CASE_NOT_FOUND',
    )
    const audits = await ctx.container.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'case.read-file')
      .execute()
    expect(audits).toHaveLength(1)

    const mine = (await api('GET', '/citizen/cases', citizen)).json()
    expect(mine.map((c: { id: string }) => c.id)).toContain(caseId)
    expect((await api('GET', '/citizen/cases', stranger)).json()).toEqual([])
  })

  it('refuses matters that are not applied for online', async () => {
    const res = await api('POST', '/citizen/applications', citizen, { kind: 'matter', code: f.offlineCode })
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('ONLINE_NOT_AVAILABLE')
    expect(
      (await api('POST', '/citizen/applications', null, { kind: 'matter', code: 'SCJG-SPJY-001' })).json()
        .code,
    ).toBe('AUTH_REQUIRED')
  })

  it('applies for a bundle once: one number, a case per matter, shared materials uploaded once', async () => {
    const app = (
      await api('POST', '/citizen/applications', citizen, { kind: 'bundle', code: f.bundleCode })
    ).json()
    expect(
      app.materials.map((m: Material & { matterCodes: string[] }) => [m.name.zh, m.matterCodes]),
    ).toEqual([
      ['食品经营许可申请书', ['SCJG-SPJY-001']],
      ['营业执照', ['SCJG-SPJY-001', 'SW-DJ-001']],
      ['经营场所平面图', ['SCJG-SPJY-001']],
      ['税务登记表', ['SW-DJ-001']],
    ])
    // a shared material takes the Uyghur and English names a matter gives it (the portal shows them); none stays null
    expect(app.materials.map((m: Material) => [m.name.ug ?? null, m.name.en ?? null])).toEqual([
      [null, null],
      ['تىجارەت كىنىشكىسى', 'Business licence'],
      [null, null],
      [null, null],
    ])
    const unknownField = await api('PUT', `/citizen/applications/${app.id}`, citizen, {
      applicant: person,
      formData: { shoeSize: 42 },
    })
    expect(unknownField.json().code).toBe('VALIDATION_FAILED')
    await api('PUT', `/citizen/applications/${app.id}`, citizen, {
      applicant: person,
      formData: { companyName: '丝路拉面馆' },
    })
    for (const [name, content] of [
      ['食品经营许可申请书', samplePdf('a')],
      ['营业执照', samplePdf('licence')],
      ['税务登记表', samplePdf('tax')],
    ] as const) {
      expect(
        (
          await upload(
            `/citizen/applications/${app.id}/materials/${keyOf(app, name)}/file`,
            citizen,
            `${name}.pdf`,
            'application/pdf',
            content,
          )
        ).statusCode,
      ).toBe(200)
    }
    const submitted = (await api('POST', `/citizen/applications/${app.id}/submit`, citizen, {})).json()
    expect(submitted.bundleNumber).toMatch(/^YJS65010020260302\d{5}$/)
    expect(submitted.cases.map((c: { matterCode: string }) => c.matterCode).sort()).toEqual([
      'SCJG-SPJY-001',
      'SW-DJ-001',
    ])

    const db = ctx.container.database.db
    const licenceKeys = await db
      .selectFrom('case_materials')
      .select(['file_key'])
      .where(
        'case_id',
        'in',
        submitted.cases.map((c: { id: string }) => c.id),
      )
      .where('name', '=', '营业执照')
      .execute()
    expect(licenceKeys).toHaveLength(2)
    expect(licenceKeys[0]!.file_key).toMatch(/^[0-9a-f]{64}$/)
    expect(licenceKeys[1]!.file_key).toBe(licenceKeys[0]!.file_key)
    const rows = await db
      .selectFrom('cases')
      .select(['bundle_id', 'channel', 'department_id'])
      .where(
        'id',
        'in',
        submitted.cases.map((c: { id: string }) => c.id),
      )
      .execute()
    expect(new Set(rows.map((r) => r.bundle_id))).toEqual(new Set([app.id]))
    expect(new Set(rows.map((r) => r.department_id))).toEqual(
      new Set([f.departments.market, f.departments.tax]),
    )

    // the bundle number looks up all its cases, with the second factor
    const lookup = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/public/bundles/lookup',
      payload: { number: submitted.bundleNumber, factor: '2222' },
    })
    expect(lookup.statusCode).toBe(200)
    expect(lookup.json().cases).toHaveLength(2)
    expect(lookup.body).not.toContain('13911112222')
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/public/bundles/lookup',
          payload: { number: submitted.bundleNumber, factor: '9999' },
        })
      ).json().code,
    ).toBe('CASE_LOOKUP_NOT_FOUND')

    // delivery: post where the matter offers it, refused where it does not
    const taxCase = submitted.cases.find((c: { matterCode: string }) => c.matterCode === 'SW-DJ-001').id
    const foodCase = submitted.cases.find((c: { matterCode: string }) => c.matterCode === 'SCJG-SPJY-001').id
    const post = {
      method: 'post',
      recipient: '古丽娜',
      phone: '13911112222',
      address: '乌鲁木齐市天山区解放北路 1 号',
    }
    expect((await api('PUT', `/citizen/cases/${taxCase}/delivery`, citizen, post)).json()).toMatchObject({
      delivery: post,
    })
    expect((await api('PUT', `/citizen/cases/${foodCase}/delivery`, citizen, post)).json().code).toBe(
      'ONLINE_NOT_AVAILABLE',
    )
  })

  it('takes a correction: the notice, the upload, the resubmission, acceptance with due dates', async () => {
    const app = (
      await api('POST', '/citizen/applications', citizen, { kind: 'matter', code: 'SCJG-SPJY-001' })
    ).json()
    await api('PUT', `/citizen/applications/${app.id}`, citizen, { applicant: person })
    await upload(
      `/citizen/applications/${app.id}/materials/${keyOf(app, '食品经营许可申请书')}/file`,
      citizen,
      'form.pdf',
      'application/pdf',
      samplePdf('c1'),
    )
    await upload(
      `/citizen/applications/${app.id}/materials/${keyOf(app, '营业执照')}/file`,
      citizen,
      'licence.pdf',
      'application/pdf',
      samplePdf('c2'),
    )
    const caseId = (await api('POST', `/citizen/applications/${app.id}/submit`, citizen, {})).json().cases[0]
      .id

    ctx.clock.set('2026-03-03T02:00:00.000Z')
    const corrected = await api('POST', `/cases/${caseId}/correction`, marketClerk, {
      missingMaterials: [1, 2],
      note: '营业执照复印件不清晰',
    })
    expect(corrected.json().status).toBe('correction_requested')

    const seen = (await api('GET', `/citizen/cases/${caseId}`, citizen)).json()
    expect(seen).toMatchObject({
      status: 'correction_requested',
      canResubmit: false,
      canWithdraw: true,
      correction: {
        notice: 1,
        items: ['营业执照', '经营场所平面图', '营业执照复印件不清晰'],
        missingMaterials: [
          { position: 1, name: { zh: '营业执照' } },
          { position: 2, name: { zh: '经营场所平面图' } },
        ],
      },
    })
    expect(seen.documents).toEqual(['receipt', 'correction'])
    const notice = await api('GET', `/citizen/cases/${caseId}/documents/correction`, citizen)
    expect(notice.statusCode).toBe(200)
    expect(notice.body).toContain('一次性告知书')
    expect((await api('GET', `/citizen/cases/${caseId}/documents/correction`, stranger)).json().code).toBe(
      'CASE_NOT_FOUND',
    )

    expect((await api('POST', `/citizen/cases/${caseId}/resubmit`, citizen, {})).json().code).toBe(
      'ONLINE_NOTHING_SUPPLIED',
    )
    const up1 = await upload(
      `/citizen/cases/${caseId}/materials/1/file`,
      citizen,
      'licence-clear.jpg',
      'image/jpeg',
      Buffer.concat([
        Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
        Buffer.from('JFIF\0'),
        Buffer.alloc(200, 1),
      ]),
    )
    expect(up1.statusCode).toBe(200)
    await upload(
      `/citizen/cases/${caseId}/materials/2/file`,
      citizen,
      'plan.pdf',
      'application/pdf',
      samplePdf('plan'),
    )
    expect(
      (
        await upload(
          `/citizen/cases/${caseId}/materials/1/file`,
          stranger,
          'x.pdf',
          'application/pdf',
          samplePdf(),
        )
      ).json().code,
    ).toBe('CASE_NOT_FOUND')

    ctx.clock.set('2026-03-04T02:00:00.000Z')
    const resubmitted = await api('POST', `/citizen/cases/${caseId}/resubmit`, citizen, {})
    expect(resubmitted.json()).toMatchObject({
      status: 'received',
      intakeDueOn: '2026-03-11',
      correction: null,
      pendingFiles: [],
    })
    const staffView = (await api('GET', `/cases/${caseId}`, marketClerk)).json()
    expect(staffView.materials.map((m: { status: string }) => m.status)).toEqual([
      'submitted',
      'supplied',
      'supplied',
    ])
    expect(staffView.events.at(-1)).toMatchObject({
      type: 'resubmitted',
      actor: expect.stringMatching(/^citizen:/),
    })
    expect((await api('GET', `/online/cases/${caseId}/materials/2/file`, marketClerk)).statusCode).toBe(200)

    const accepted = await api('POST', `/cases/${caseId}/accept`, marketClerk, {})
    expect(accepted.json().status).toBe('in_progress')
    const final = (await api('GET', `/citizen/cases/${caseId}`, citizen)).json()
    expect(final).toMatchObject({
      status: 'in_progress',
      acceptedOn: '2026-03-04',
      dueOn: accepted.json().dueOn,
      legalDueOn: accepted.json().legalDueOn,
    })
    expect(final.timeline.map((e: { type: string }) => e.type)).toEqual([
      'received',
      'correction.requested',
      'resubmitted',
      'accepted',
    ])
    const receipt = await api('GET', `/citizen/cases/${caseId}/documents/receipt`, citizen)
    expect(receipt.body).toContain('受理回执')

    // withdraw where the state machine allows it
    const withdrawn = await api('POST', `/citizen/cases/${caseId}/withdraw`, citizen, { reason: '不再需要' })
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', canWithdraw: false })
    const twice = await api('POST', `/citizen/cases/${caseId}/withdraw`, citizen, { reason: '不再需要' })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().code).toBe('CASE_INVALID_TRANSITION')
    ctx.clock.set('2026-03-02T02:00:00.000Z')
  })

  it('keeps drafts, files and cases to their owner (another citizen gets 404)', async () => {
    const app = (
      await api('POST', '/citizen/applications', citizen, { kind: 'matter', code: 'SCJG-SPJY-001' })
    ).json()
    const up = (
      await upload(
        `/citizen/applications/${app.id}/materials/${keyOf(app, '营业执照')}/file`,
        citizen,
        'licence.pdf',
        'application/pdf',
        samplePdf('private'),
      )
    ).json()
    const fileId = up.materials[1].files[0].id
    expect(fileId).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const own = await api('GET', `/citizen/files/${fileId}`, citizen)
    expect(own.statusCode).toBe(200)
    expect(own.headers['content-type']).toBe('application/pdf')
    expect(own.headers['x-content-type-options']).toBe('nosniff')
    for (const [url, code] of [
      [`/citizen/files/${fileId}`, 'ONLINE_FILE_NOT_FOUND'],
      [`/citizen/applications/${app.id}`, 'ONLINE_APPLICATION_NOT_FOUND'],
    ] as const) {
      const res = await api('GET', url, stranger)
      expect(res.statusCode).toBe(404)
      expect(res.json().code).toBe(code)
    }
    expect((await api('GET', `/citizen/files/${fileId}`, null)).statusCode).toBe(401)
    expect((await api('GET', `/citizen/files/${fileId}`, marketClerk)).statusCode).toBe(401)
    expect(
      (
        await upload(
          `/citizen/applications/${app.id}/materials/${keyOf(app, '营业执照')}/file`,
          stranger,
          'x.pdf',
          'application/pdf',
          samplePdf(),
        )
      ).statusCode,
    ).toBe(404)
    expect((await api('DELETE', `/citizen/files/${fileId}`, stranger)).statusCode).toBe(404)
    expect(
      (await api('GET', `/citizen/applications/${app.id}`, citizen)).json().materials[1].files,
    ).toHaveLength(1)
  })

  it('refuses a disguised image, a 50 MB file and a path-traversal name, storing nothing', async () => {
    const app = (
      await api('POST', '/citizen/applications', citizen, { kind: 'matter', code: 'SCJG-SPJY-001' })
    ).json()
    const url = `/citizen/applications/${app.id}/materials/${keyOf(app, '营业执照')}/file`
    const filesBefore = await ctx.container.database.db.selectFrom('online_files').select('id').execute()

    const disguised = await upload(
      url,
      citizen,
      'photo.jpg',
      'image/jpeg',
      Buffer.from('<html><script>alert(1)</script></html>'),
    )
    expect(disguised.statusCode).toBe(415)
    expect(disguised.json().code).toBe('ONLINE_FILE_TYPE_MISMATCH')
    const exe = await upload(
      url,
      citizen,
      'scan.png',
      'image/png',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0)]),
    )
    expect(exe.json().code).toBe('ONLINE_FILE_TYPE_MISMATCH')
    const zip = await upload(
      url,
      citizen,
      'docs.zip',
      'application/zip',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 0)]),
    )
    expect(zip.statusCode).toBe(415)

    const huge = await upload(
      url,
      citizen,
      'big.pdf',
      'application/pdf',
      Buffer.concat([samplePdf(), Buffer.alloc(50 * 1024 * 1024, 0x20)]),
    )
    expect(huge.statusCode).toBe(413)
    expect(huge.json().code).toBe('ONLINE_FILE_TOO_LARGE')

    for (const name of ['../../../etc/passwd.pdf', '..\\..\\windows\\win.ini.pdf', '/tmp/x.pdf']) {
      const res = await upload(url, citizen, name, 'application/pdf', samplePdf())
      expect(res.statusCode, name).toBe(400)
      expect(res.json().code).toBe('ONLINE_FILE_NAME_INVALID')
    }
    const notMultipart = await api('POST', url, citizen, { file: 'x' })
    expect(notMultipart.statusCode).toBe(400)
    expect(notMultipart.json().code).toBe('ONLINE_UPLOAD_INVALID')
    expect(
      (
        await upload(
          `/citizen/applications/${app.id}/materials/nope/file`,
          citizen,
          'a.pdf',
          'application/pdf',
          samplePdf(),
        )
      ).json().code,
    ).toBe('ONLINE_MATERIAL_UNKNOWN')

    expect(await ctx.container.database.db.selectFrom('online_files').select('id').execute()).toHaveLength(
      filesBefore.length,
    )
  })

  it('settles who uploads before reading the file: anonymous 401, a stranger 404, even for a large body', async () => {
    const app = (
      await api('POST', '/citizen/applications', citizen, { kind: 'matter', code: 'SCJG-SPJY-001' })
    ).json()
    const url = `/api/v1/citizen/applications/${app.id}/materials/${keyOf(app, '营业执照')}/file`
    const body = multipart(
      'big.pdf',
      'application/pdf',
      Buffer.concat([samplePdf(), Buffer.alloc(9 * 1024 * 1024, 0x20)]),
    )
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url,
      payload: body.payload,
      headers: body.headers,
    })
    expect([anonymous.statusCode, anonymous.json().code]).toEqual([401, 'AUTH_REQUIRED'])
    const foreign = await ctx.app.inject({
      method: 'POST',
      url,
      payload: body.payload,
      headers: { ...body.headers, cookie: stranger },
    })
    expect([foreign.statusCode, foreign.json().code]).toEqual([404, 'ONLINE_APPLICATION_NOT_FOUND'])
    const caseBody = multipart('x.pdf', 'application/pdf', samplePdf())
    const foreignCase = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/citizen/cases/00000000-0000-0000-0000-000000000000/materials/0/file',
      payload: caseBody.payload,
      headers: { ...caseBody.headers, cookie: stranger },
    })
    expect(foreignCase.json().code).toBe('CASE_NOT_FOUND')
  })
})
