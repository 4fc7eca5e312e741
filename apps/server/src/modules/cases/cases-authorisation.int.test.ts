import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  signIn,
  staffSession,
  TEST_PASSWORD,
  type TestContext,
} from '../../../test/support/test-app'
import { citizenSession, multipart, samplePdf } from '../online/test-fixtures'
import { applicant, residentId, seedCaseFixtures, type CaseFixtures } from './test-fixtures'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/**
 * The agent's authorisation document (委托书) at the window: a new case takes only the receiving
 * clerk's own recent upload through the authorisation route (the store is content-addressed and
 * shared, so a known hash proves nothing), and uploads no case used are swept away.
 */
describe.skipIf(isDbUnavailable())('intake: the agent authorisation upload', () => {
  let ctx: TestContext
  let f: CaseFixtures
  let clerk: string
  let otherClerk: string
  const db = () => ctx.container.database.db
  const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const upload = async (cookie: string, content: Buffer): Promise<string> => {
    const body = multipart('委托书.pdf', 'application/pdf', content)
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/cases/authorisation-files',
      headers: { cookie, ...body.headers },
      payload: body.payload,
    })
    expect(res.statusCode).toBe(200)
    return res.json().fileKey as string
  }
  const agentA = { name: '李代办', idNumber: residentId('19750505', '777'), phone: '13899990004' }
  const agentB = { name: '王代办', idNumber: residentId('19800101', '555'), phone: '13899990005' }
  const receive = (cookie: string, agent: typeof agentA, fileKey: string, matterCode = 'GA-CRJ-001') =>
    api('POST', '/cases', cookie, {
      matterCode,
      applicant: applicant(),
      agent: { ...agent, authorisationFileKey: fileKey },
      notify: 'agent',
    })
  const caseCount = async () =>
    Number(
      (
        await db()
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const uploadsOf = (fileKey: string) =>
    db()
      .selectFrom('case_authorisation_uploads')
      .selectAll()
      .where('file_key', '=', fileKey)
      .orderBy('uploaded_at')
      .execute()
  const expectRefused = async (res: Awaited<ReturnType<typeof api>>) => {
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('CASE_AUTHORISATION_FILE_UNKNOWN')
  }

  beforeAll(async () => {
    ctx = await createTestContext()
    f = await seedCaseFixtures(ctx)
    clerk = f.clerk
    otherClerk = await staffSession(ctx, 'other-clerk', [{ role: 'clerk', departmentId: null }])
  })
  afterAll(() => ctx.close())

  it('records who uploaded what and when', async () => {
    const key = await upload(clerk, samplePdf('recorded'))
    const [row] = await uploadsOf(key)
    const clerkId = (
      await db().selectFrom('users').select('id').where('username', '=', 'clerk').executeTakeFirstOrThrow()
    ).id
    expect(row).toMatchObject({
      file_key: key,
      uploaded_by: clerkId,
      uploaded_at: ctx.clock.now().toISOString(),
      case_id: null,
    })
    const audit = await db()
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('action', '=', 'case.authorisation-upload')
      .where('subject', '=', `file:${key}`)
      .execute()
    expect(audit).toEqual([{ actor: `staff:${clerkId}`, details: expect.stringContaining(row!.id) }])
  })

  it("refuses another clerk's upload, and changes nothing", async () => {
    const key = await upload(otherClerk, samplePdf('other clerk'))
    const before = await caseCount()
    await expectRefused(await receive(clerk, agentA, key))
    expect(await caseCount()).toBe(before)
    expect((await uploadsOf(key)).map((u) => u.case_id)).toEqual([null])
    // the clerk who scanned it receives the case with it
    expect((await receive(otherClerk, agentA, key)).statusCode).toBe(200)
  })

  it("refuses the key of a citizen's online upload, though the content is in the store", async () => {
    const citizen = await citizenSession(ctx, '13700001111')
    const draft = (
      await api('POST', '/citizen/applications', citizen, { kind: 'matter', code: 'SCJG-SPJY-001' })
    ).json()
    const materialKey = (draft.materials as Array<{ key: string }>)[0]!.key
    const content = samplePdf('citizen material')
    const body = multipart('营业执照.pdf', 'application/pdf', content)
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/citizen/applications/${draft.id}/materials/${materialKey}/file`,
      headers: { cookie: citizen, ...body.headers },
      payload: body.payload,
    })
    expect(res.statusCode).toBe(200)
    const key = sha256(content)
    expect(await ctx.container.storage.exists(key)).toBe(true)
    const before = await caseCount()
    await expectRefused(await receive(clerk, agentA, key))
    expect(await caseCount()).toBe(before)
    expect(await uploadsOf(key)).toEqual([])
  })

  it('refuses an upload older than a day', async () => {
    const key = await upload(clerk, samplePdf('yesterday'))
    ctx.clock.advance(DAY + HOUR)
    // (the session has expired meanwhile: the clerk signs in again)
    clerk = await signIn(ctx.app, 'clerk', TEST_PASSWORD)
    await expectRefused(await receive(clerk, agentA, key))
    expect((await uploadsOf(key)).map((u) => u.case_id)).toEqual([null])
    // scanned again, it is fresh
    await upload(clerk, samplePdf('yesterday'))
    expect((await receive(clerk, agentA, key)).statusCode).toBe(200)
  })

  it("takes the clerk's fresh upload, marks it used, and takes it again for the same agent's next case only", async () => {
    const key = await upload(clerk, samplePdf('bundle'))
    const first = await receive(clerk, agentA, key)
    expect(first.statusCode).toBe(200)
    expect(first.json().agent).toMatchObject({ name: '李代办', hasAuthorisation: true })
    expect((await uploadsOf(key)).map((u) => u.case_id)).toEqual([first.json().id])
    // the same agent's second application (a bundle at the counter)
    const second = await receive(
      clerk,
      { ...agentA, idNumber: agentA.idNumber.toLowerCase() },
      key,
      'SCJG-SPJY-001',
    )
    expect(second.statusCode).toBe(200)
    expect(second.json().agent).toMatchObject({ hasAuthorisation: true })
    const stored = await db()
      .selectFrom('cases')
      .select('agent_authorisation_key')
      .where('id', 'in', [first.json().id, second.json().id])
      .execute()
    expect(stored.map((c) => c.agent_authorisation_key)).toEqual([key, key])
    // the upload stays marked with the case it was first used for
    expect((await uploadsOf(key)).map((u) => u.case_id)).toEqual([first.json().id])
    // another agent's case does not take this agent's authorisation
    const before = await caseCount()
    await expectRefused(await receive(clerk, agentB, key))
    expect(await caseCount()).toBe(before)
  })

  it('sweeps uploads no case used after a week, and their content only when nothing else refers to it', async () => {
    const store = ctx.container.storage
    const unused = await upload(clerk, samplePdf('never used'))
    const used = await upload(clerk, samplePdf('used by a case'))
    expect((await receive(clerk, agentB, used)).statusCode).toBe(200)
    // a citizen uploaded the same bytes online: the store holds them once for both
    const shared = samplePdf('shared content')
    const citizen = await citizenSession(ctx, '13700002222')
    const draft = (
      await api('POST', '/citizen/applications', citizen, { kind: 'matter', code: 'SCJG-SPJY-001' })
    ).json()
    const body = multipart('营业执照.pdf', 'application/pdf', shared)
    const online = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/citizen/applications/${draft.id}/materials/${(draft.materials as Array<{ key: string }>)[0]!.key}/file`,
      headers: { cookie: citizen, ...body.headers },
      payload: body.payload,
    })
    expect(online.statusCode).toBe(200)
    const sharedKey = await upload(clerk, shared)
    expect(sharedKey).toBe(sha256(shared))

    // six days on nothing goes
    ctx.clock.advance(6 * DAY)
    await ctx.container.cases.authorisations.sweepUnused({ fileGraceMs: 0 })
    expect(await uploadsOf(unused)).toHaveLength(1)
    expect(await store.exists(unused)).toBe(true)

    ctx.clock.advance(2 * DAY)
    // content written within the last hour stays, with its upload record, for a later run (an upload of the same bytes may be under way)
    const cautious = await ctx.container.cases.authorisations.sweepUnused()
    expect(cautious.files).toBe(0)
    expect(await uploadsOf(unused)).toHaveLength(1)
    expect(await store.exists(unused)).toBe(true)

    const swept = await ctx.container.cases.authorisations.sweepUnused({ fileGraceMs: 0 })
    // (the earlier tests' uploads went in the runs before, the content-shared one in the cautious run)
    expect(swept).toEqual({ uploads: 1, files: 1 })
    // the unused upload and its content are gone
    expect(await uploadsOf(unused)).toEqual([])
    expect(await store.exists(unused)).toBe(false)
    // the one a case used stays
    expect(await uploadsOf(used)).toHaveLength(1)
    expect(await store.exists(used)).toBe(true)
    // the unused upload of content an online upload also holds goes; the content stays
    expect(await uploadsOf(sharedKey)).toEqual([])
    expect(await store.exists(sharedKey)).toBe(true)
    // each removal is audited
    const audit = await db()
      .selectFrom('audit_log')
      .select(['actor', 'subject', 'details'])
      .where('action', '=', 'case.authorisation-expired')
      .execute()
    const bySubject = new Map(
      audit.map((a) => [
        a.subject,
        { actor: a.actor, ...(JSON.parse(a.details ?? '{}') as { isFileDeleted: boolean }) },
      ]),
    )
    expect(bySubject.get(`file:${unused}`)).toMatchObject({ actor: 'system:sweep', isFileDeleted: true })
    expect(bySubject.get(`file:${sharedKey}`)).toMatchObject({ isFileDeleted: false })
    expect(bySubject.has(`file:${used}`)).toBe(false)
    // a second run finds nothing more
    expect(await ctx.container.cases.authorisations.sweepUnused({ fileGraceMs: 0 })).toEqual({
      uploads: 0,
      files: 0,
    })
    // and the sweep runs as a scheduled job
    expect(ctx.container.jobs.registry.schedules.some((s) => s.type === 'cases.authorisations.sweep')).toBe(
      true,
    )
  })
})
