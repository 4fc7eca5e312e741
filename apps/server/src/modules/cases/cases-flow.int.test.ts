import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { multipart, samplePdf } from '../online/test-fixtures'
import { applicant, residentId, seedCaseFixtures, type CaseFixtures } from './test-fixtures'

describe.skipIf(isDbUnavailable())('one-window intake and the case lifecycle', () => {
  let ctx: TestContext
  let f: CaseFixtures
  const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const sms = async (caseNumber: string) =>
    (
      await ctx.container.database.db
        .selectFrom('sms_messages')
        .select(['template', 'body', 'recipient'])
        .where('body', 'like', `%${caseNumber}%`)
        .orderBy('created_at')
        .execute()
    ).map((m) => m.template)

  beforeAll(async () => {
    // the tests move the clock over days: sessions must outlive that
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedCaseFixtures(ctx)
  })
  afterAll(() => ctx.close())

  it('takes a passport application from intake to handover', async () => {
    // Monday 2026-03-02, 10:00 in Urumqi's center (Asia/Shanghai)
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const created = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant(),
      submittedMaterials: [0, 1],
    })
    expect(created.statusCode).toBe(200)
    const c = created.json()
    expect(c.number).toMatch(/^65010020260302\d{5}$/)
    expect(c).toMatchObject({
      status: 'received',
      intakeDueOn: '2026-03-09',
      allowedActions: expect.arrayContaining(['accept', 'request_correction', 'refuse']),
    })

    const accepted = await api('POST', `/cases/${c.id}/accept`, f.clerk, {})
    expect(accepted.json()).toMatchObject({
      status: 'in_progress',
      acceptedOn: '2026-03-02',
      dueOn: '2026-03-11',
      legalDueOn: '2026-03-23',
    })
    const task = accepted.json().tasks[0]
    expect(task).toMatchObject({
      kind: 'lead',
      departmentId: f.departments.exitEntry,
      dueOn: '2026-03-11',
      status: 'open',
    })

    ctx.clock.set('2026-03-05T03:00:00.000Z')
    const done = await api('POST', `/cases/${c.id}/tasks/${task.id}/complete`, f.exitHandler, {
      outcome: 'approved',
    })
    expect(done.statusCode).toBe(200)
    const fees = await api('POST', `/cases/${c.id}/fees`, f.clerk, {
      items: [{ name: '普通护照', amount: 120 }],
    })
    expect(fees.json().fees).toEqual([{ name: '普通护照', amount: 120, catalogAmount: 120 }])
    const decided = await api('POST', `/cases/${c.id}/complete`, f.exitApprover, {
      outcome: 'approved',
      resultNumber: 'E12345678',
    })
    expect(decided.json()).toMatchObject({
      status: 'completed',
      outcome: 'approved',
      completedOn: '2026-03-05',
      resultNumber: 'E12345678',
    })

    const wrongPerson = await api('POST', `/cases/${c.id}/deliver`, f.clerk, {
      method: 'window',
      receiverIdNumber: residentId('19900101', '456'),
    })
    expect(wrongPerson.json().code).toBe('CASE_RECEIVER_MISMATCH')
    const handed = await api('POST', `/cases/${c.id}/deliver`, f.clerk, {
      method: 'window',
      receiverIdNumber: residentId(),
    })
    expect(handed.json().status).toBe('delivered')
    expect(handed.json().events.map((e: { type: string }) => e.type)).toEqual([
      'received',
      'accepted',
      'task.completed',
      'fee.recorded',
      'completed',
      'delivered',
    ])
    expect(await sms(c.number)).toEqual([
      'case.received',
      'case.accepted',
      'case.completed',
      'case.ready_for_pickup',
    ])

    // the public progress page: number + last four of the ID or the phone, nothing personal
    const byId = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases/lookup',
      payload: { number: c.number, factor: residentId().slice(-4) },
    })
    expect(byId.json()).toMatchObject({
      status: 'delivered',
      applicantNameMasked: '阿***',
      matterName: { zh: '普通护照签发' },
    })
    expect(byId.body).not.toContain('13899990001')
    expect(byId.body).not.toContain(residentId())
    const byPhone = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases/lookup',
      payload: { number: c.number, factor: '0001' },
    })
    expect(byPhone.statusCode).toBe(200)
    const wrongFactor = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases/lookup',
      payload: { number: c.number, factor: '9999' },
    })
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases/lookup',
      payload: { number: '65010020260302099999', factor: '9999' },
    })
    expect(wrongFactor.statusCode).toBe(404)
    expect(wrongFactor.json()).toEqual(unknown.json())
  })

  it('sends one correction notice listing everything, counts a second one, and accepts with 容缺', async () => {
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0],
      })
    ).json()
    const refused = await api('POST', `/cases/${c.id}/accept`, f.clerk, {})
    expect(refused.statusCode).toBe(400)
    expect(refused.json()).toMatchObject({
      code: 'CASE_MATERIALS_MISSING',
      details: {
        materials: [
          expect.objectContaining({ position: 1, problem: 'missing' }),
          expect.objectContaining({ position: 2, problem: 'missing' }),
        ],
      },
    })
    expect((await api('GET', `/cases/${c.id}`, f.clerk)).json().status).toBe('received')

    const notice = await api('POST', `/cases/${c.id}/correction`, f.clerk, {
      missingMaterials: [1, 2],
      note: '申请书需法定代表人签字',
    })
    expect(notice.json()).toMatchObject({ status: 'correction_requested', correctionCount: 1 })
    const text = await ctx.container.database.db
      .selectFrom('sms_messages')
      .select('body')
      .where('template', '=', 'case.correction')
      .where('body', 'like', `%${c.number}%`)
      .executeTakeFirstOrThrow()
    expect(text.body).toContain('营业执照；经营场所平面图；申请书需法定代表人签字')

    ctx.clock.set('2026-03-04T02:00:00.000Z')
    const back = await api('POST', `/cases/${c.id}/resubmit`, f.clerk, { suppliedMaterials: [1] })
    expect(back.json()).toMatchObject({ status: 'received', intakeDueOn: '2026-03-11' })
    const second = await api('POST', `/cases/${c.id}/correction`, f.clerk, { missingMaterials: [2] })
    expect(second.json().correctionCount).toBe(2)
    expect(second.json().events.at(-1).type).toBe('correction.repeated')
    await api('POST', `/cases/${c.id}/resubmit`, f.clerk, {})

    const notDeferrable = await api('POST', `/cases/${c.id}/accept`, f.clerk, { deferredMaterials: [0] })
    expect(notDeferrable.json().code).toBe('CASE_MATERIALS_MISSING')
    const accepted = await api('POST', `/cases/${c.id}/accept`, f.clerk, { deferredMaterials: [2] })
    expect(accepted.statusCode).toBe(200)
    expect(accepted.json().materials[2]).toMatchObject({ status: 'deferred', supplyDueOn: '2026-03-11' })
    expect(accepted.json().tasks).toHaveLength(3)
  })

  it('refuses bad input with stable codes and changes nothing', async () => {
    const count = async () =>
      Number(
        (
          await ctx.container.database.db
            .selectFrom('cases')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    const before = await count()
    const badId = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant({ idNumber: '650105198001011231' }),
    })
    expect(badId.statusCode).toBe(400)
    expect(badId.json().details.issues[0].path).toBe('body.applicant.idNumber')
    const badCredit = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: {
        kind: 'organisation',
        name: '某某餐饮有限公司',
        creditCode: '91350100M000100Y44',
        legalRepresentative: '张三',
        phone: '13899990002',
      },
    })
    expect(badCredit.statusCode).toBe(400)
    const unknownMatter = await api('POST', '/cases', f.clerk, { matterCode: 'NOPE', applicant: applicant() })
    expect(unknownMatter.json().code).toBe('CATALOG_MATTER_NOT_FOUND')
    const unknownMaterial = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant(),
      submittedMaterials: [7],
    })
    expect(unknownMaterial.json().code).toBe('CASE_MATERIAL_UNKNOWN')
    const agentless = await api('POST', '/cases', f.clerk, {
      matterCode: 'GA-CRJ-001',
      applicant: applicant(),
      notify: 'agent',
    })
    expect(agentless.json().code).toBe('CASE_AGENT_INCOMPLETE')
    expect(await count()).toBe(before)

    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'GA-CRJ-001',
        applicant: applicant(),
        submittedMaterials: [0, 1],
      })
    ).json()
    const noBasis = await api('POST', `/cases/${c.id}/refuse`, f.clerk, { reason: '不符合条件' })
    expect(noBasis.statusCode).toBe(400)
    await api('POST', `/cases/${c.id}/accept`, f.clerk, {})
    const twice = await api('POST', `/cases/${c.id}/accept`, f.clerk, {})
    expect(twice.statusCode).toBe(409)
    expect(twice.json()).toMatchObject({
      code: 'CASE_INVALID_TRANSITION',
      details: { status: 'in_progress', action: 'accept' },
    })
    const events = (await api('GET', `/cases/${c.id}`, f.clerk)).json().events
    expect(events).toHaveLength(2)
  })

  it('records the agent, sends notices where the application says, and refuses with reason and basis', async () => {
    const agentId = residentId('19750505', '777')
    const scan = multipart('委托书.pdf', 'application/pdf', samplePdf('委托书'))
    const { fileKey } = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/cases/authorisation-files',
        headers: { cookie: f.clerk, ...scan.headers },
        payload: scan.payload,
      })
    ).json()
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'GA-CRJ-001',
        applicant: applicant({ phone: '13899990003' }),
        agent: { name: '李代办', idNumber: agentId, phone: '13899990004', authorisationFileKey: fileKey },
        notify: 'agent',
      })
    ).json()
    expect(c.agent).toMatchObject({ name: '李代办', idNumber: agentId, hasAuthorisation: true })
    const r = await api('POST', `/cases/${c.id}/refuse`, f.clerk, {
      reason: '申请人不具备申请资格',
      legalBasis: '《中华人民共和国护照法》第十三条',
    })
    expect(r.json()).toMatchObject({ status: 'refused', allowedActions: [] })
    const sent = await ctx.container.database.db
      .selectFrom('sms_messages')
      .select(['recipient', 'template'])
      .where('body', 'like', `%${c.number}%`)
      .execute()
    expect(new Set(sent.map((s) => s.recipient))).toEqual(new Set(['13899990004']))
    expect(sent.map((s) => s.template).sort()).toEqual(['case.received', 'case.refused'])
  })

  it('prints the receipt, the correction notice and the refusal as A4 pages with a QR code', async () => {
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0],
      })
    ).json()
    const early = await api('GET', `/cases/${c.id}/documents/refusal`, f.clerk)
    expect(early.statusCode).toBe(404)
    expect(early.json().code).toBe('CASE_DOCUMENT_NOT_AVAILABLE')
    await api('POST', `/cases/${c.id}/correction`, f.clerk, { missingMaterials: [1, 2] })
    const notice = await api('GET', `/cases/${c.id}/documents/correction`, f.clerk)
    expect(notice.headers['content-type']).toContain('text/html')
    expect(notice.body).toContain('补正材料一次性告知书')
    expect(notice.body).toContain('<li>营业执照</li><li>经营场所平面图</li>')
    expect(notice.body).toContain('<svg')
    expect(notice.body).toContain(`/portal/progress?number=${c.number}`)
    await api('POST', `/cases/${c.id}/resubmit`, f.clerk, { suppliedMaterials: [1, 2] })
    await api('POST', `/cases/${c.id}/accept`, f.clerk, {})
    const receipt = await api('GET', `/cases/${c.id}/documents/receipt`, f.clerk)
    expect(receipt.body).toContain('受理回执')
    expect(receipt.body).toContain('2026年3月16日（10 个工作日）')
    expect(receipt.body).toContain('size: A4')
    // the clerk who received it (the staff fixture's display name is its username), the seal's
    // place (issue 21 point 3), and the day it was issued, not the day it is printed
    expect(receipt.body).toContain('<td>经办人</td><td>clerk</td>')
    ctx.clock.set('2026-03-20T02:00:00.000Z')
    const reprint = (await api('GET', `/cases/${c.id}/documents/receipt`, f.clerk)).body
    expect(reprint).toContain('2026年3月2日</footer>')
    expect(receipt.body).toContain('（受理专用章）')
    expect((await api('GET', `/cases/${c.id}/documents/receipt`, f.taxHandler)).statusCode).toBe(404)
    expect((await api('GET', `/cases/${c.id}/documents/bogus`, f.clerk)).statusCode).toBe(400)
  })

  it('keeps other departments, citizens and devices out, and masks lists', async () => {
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'GA-CRJ-001',
        applicant: applicant(),
        submittedMaterials: [0, 1],
      })
    ).json()
    await api('POST', `/cases/${c.id}/accept`, f.clerk, {})
    for (const url of [`/cases/${c.id}`]) {
      expect((await api('GET', url, f.taxHandler)).statusCode).toBe(404)
      expect((await api('GET', url, '')).statusCode).toBe(401)
    }
    const taskId = (await api('GET', `/cases/${c.id}`, f.clerk)).json().tasks[0].id
    const foreign = await api('POST', `/cases/${c.id}/tasks/${taskId}/complete`, f.taxHandler, {
      outcome: 'approved',
    })
    expect(foreign.statusCode).toBe(404)
    expect(foreign.json().code).toBe('CASE_NOT_FOUND')
    const { credential } = await ctx.container.devices.register('system', {
      kind: 'kiosk',
      name: 'k',
      windowId: null,
      areaId: null,
    })
    const asDevice = await ctx.app.inject({
      url: `/api/v1/cases/${c.id}`,
      headers: { authorization: `Device ${credential}` },
    })
    expect(asDevice.statusCode).toBe(404)
    const queue = await api('GET', '/cases/task-queue', f.exitHandler)
    const item = queue.json().find((i: { id: string }) => i.id === c.id)
    expect(item.applicantName).toBe('阿***')
    expect(queue.body).not.toContain(residentId())
    expect(
      (await api('GET', '/cases/task-queue', f.taxHandler)).json().some((i: { id: string }) => i.id === c.id),
    ).toBe(false)
    const reads = await ctx.container.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'case.read-personal-data')
      .where('subject', '=', `case:${c.id}`)
      .execute()
    expect(reads.length).toBeGreaterThan(0)
  })
})
