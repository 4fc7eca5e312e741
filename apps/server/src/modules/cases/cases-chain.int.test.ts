import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../cli/commands'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from '../../../test/support/test-app'
import { applicant, seedCaseFixtures, type CaseFixtures } from './test-fixtures'

describe.skipIf(isDbUnavailable())('case numbers under concurrency and the tamper-evident history', () => {
  let ctx: TestContext
  let f: CaseFixtures
  const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const db = () => ctx.container.database.db
  const verify = () => ctx.container.cases.chain.verify()

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedCaseFixtures(ctx)
  })
  afterAll(() => ctx.close())

  it('gives 200 concurrent applications 200 distinct numbers and intact chains', async () => {
    const created = await Promise.all(
      Array.from({ length: 200 }, () =>
        api('POST', '/cases', f.clerk, {
          matterCode: 'GA-CRJ-001',
          applicant: applicant(),
          submittedMaterials: [0, 1],
        }),
      ),
    )
    expect(created.map((r) => r.statusCode)).toEqual(Array(200).fill(200))
    const accepted = await Promise.all(
      created.map((r) => api('POST', `/cases/${r.json().id}/accept`, f.clerk, {})),
    )
    expect(accepted.every((r) => r.statusCode === 200)).toBe(true)
    const numbers = new Set(created.map((r) => r.json().number as string))
    expect(numbers.size).toBe(200)
    const report = await verify()
    expect(report.problems).toEqual([])
    expect(report.casesChecked).toBe(200)
    expect(report.eventsChecked).toBe(400)
  }, 120_000) // 400 requests under contention on PostgreSQL take ~25 s on a loaded 2-core machine

  it('seals checkpoints and stays clean', async () => {
    expect(await ctx.container.cases.chain.seal()).toBe(200)
    expect(await ctx.container.cases.chain.seal()).toBe(0)
    const report = await verify()
    expect(report).toMatchObject({ checkpoints: 1, problems: [] })
  })

  /** Each tamper is done on a fresh case, then undone, so the tests do not depend on each other. */
  async function sealedCase() {
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'GA-CRJ-001',
        applicant: applicant(),
        submittedMaterials: [0, 1],
      })
    ).json()
    await api('POST', `/cases/${c.id}/accept`, f.clerk, {})
    await ctx.container.cases.chain.seal()
    return c.id as string
  }

  it('detects an edited event', async () => {
    const id = await sealedCase()
    await db()
      .updateTable('case_events')
      .set({ reason: '事后补录' })
      .where('case_id', '=', id)
      .where('seq', '=', 1)
      .execute()
    const problems = (await verify()).problems.filter((p) => p.caseId === id)
    expect(problems.map((p) => p.kind)).toContain('event-edited')
    // it names the case by number, the event by sequence number and id
    const edited = await db()
      .selectFrom('case_events')
      .innerJoin('cases', 'cases.id', 'case_events.case_id')
      .select(['case_events.id', 'cases.number'])
      .where('case_id', '=', id)
      .where('seq', '=', 1)
      .executeTakeFirstOrThrow()
    expect(problems.find((p) => p.kind === 'event-edited')).toMatchObject({
      caseNumber: edited.number,
      seq: 1,
      eventId: edited.id,
    })
    expect(problems.find((p) => p.kind === 'event-edited')!.message).toContain(edited.number)
  })

  it('writes the latest seal to the data directory, chained and counting the chains it covers', async () => {
    await sealedCase()
    const file = JSON.parse(fs.readFileSync(path.join(ctx.config.dataDir, 'chain-seal.json'), 'utf8'))
    const tip = await db()
      .selectFrom('chain_checkpoints')
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(file).toMatchObject({ seal: tip.seal, prevSeal: tip.prev_seal, chains: 1, at: tip.at })
    expect(await ctx.container.cases.chain.latest()).toMatchObject({ seal: tip.seal, chains: 1 })
    // the supervision page shows it; a clerk and an anonymous caller may not read it
    const supervisor = await staffSession(ctx, 'seal-supervisor', [
      { role: 'supervisor', departmentId: null },
    ])
    const shown = await api('GET', '/supervision/seal', supervisor)
    expect(shown.json()).toEqual({
      seal: { at: tip.at, seal: tip.seal, prevSeal: tip.prev_seal, algorithm: 'sha256', chains: 1 },
    })
    expect((await api('GET', '/supervision/seal', f.clerk)).statusCode).toBe(403)
    expect((await ctx.app.inject({ url: '/api/v1/supervision/seal' })).statusCode).toBe(401)
  })

  it('detects the last checkpoint removed: by the cases it held and by the seal file', async () => {
    const id = await sealedCase()
    const tip = await db()
      .selectFrom('chain_checkpoints')
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    await db().deleteFrom('chain_checkpoints').where('id', '=', tip.id).execute()
    const problems = (await verify()).problems
    expect(problems.filter((p) => p.caseId === id).map((p) => p.kind)).toEqual(['unsealed'])
    expect(
      problems.some((p) => p.kind === 'checkpoint-broken' && p.message.includes('chain-seal.json')),
    ).toBe(true)
    // put it back: the other tests look at their own cases
    await db().insertInto('chain_checkpoints').values(tip).execute()
  })

  it('detects a case deleted after the last seal only if a seal held it (the blind minute)', async () => {
    ctx.clock.set('2026-03-09T02:00:00.000Z')
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'GA-CRJ-001',
        applicant: applicant(),
        submittedMaterials: [0, 1],
      })
    ).json() as { id: string }
    // created and deleted before the next seal: nothing held it, nothing can tell (documented)
    for (const table of ['case_materials', 'case_tasks', 'case_events'] as const)
      await db().deleteFrom(table).where('case_id', '=', c.id).execute()
    await db().deleteFrom('cases').where('id', '=', c.id).execute()
    expect((await verify()).problems.filter((p) => p.caseId === c.id)).toEqual([])
  })

  it('detects a deleted event', async () => {
    const id = await sealedCase()
    await db().deleteFrom('case_events').where('case_id', '=', id).where('seq', '=', 1).execute()
    const kinds = (await verify()).problems.filter((p) => p.caseId === id).map((p) => p.kind)
    expect(kinds).toContain('event-missing')
  })

  it('detects a truncated history even when the case row is rolled back to match', async () => {
    const id = await sealedCase()
    const first = await db()
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', id)
      .where('seq', '=', 1)
      .executeTakeFirstOrThrow()
    await db().deleteFrom('case_events').where('case_id', '=', id).where('seq', '=', 2).execute()
    // a careful forger also rewinds the case row: only the sealed checkpoint still knows
    await db()
      .updateTable('cases')
      .set({ event_count: 1, head_hash: first.hash, status: 'received' })
      .where('id', '=', id)
      .execute()
    const kinds = (await verify()).problems.filter((p) => p.caseId === id).map((p) => p.kind)
    expect(kinds).toEqual(['truncated'])
  })

  it('detects a deleted case', async () => {
    const id = await sealedCase()
    for (const table of ['case_materials', 'case_tasks'] as const)
      await db().deleteFrom(table).where('case_id', '=', id).execute()
    await db().deleteFrom('case_events').where('case_id', '=', id).execute()
    await db().deleteFrom('cases').where('id', '=', id).execute()
    const problems = (await verify()).problems.filter((p) => p.caseId === id)
    expect(problems.map((p) => p.kind)).toEqual(['case-deleted'])
  })

  it('detects a removed checkpoint', async () => {
    await sealedCase()
    const first = await db()
      .selectFrom('chain_checkpoints')
      .select('id')
      .orderBy('at')
      .orderBy('id')
      .executeTakeFirstOrThrow()
    await db().deleteFrom('chain_checkpoints').where('id', '=', first.id).execute()
    const kinds = (await verify()).problems.map((p) => p.kind)
    expect(kinds).toContain('checkpoint-broken')
  })

  it('reports through `yimin verify` with a failing exit code', async () => {
    const lines: string[] = []
    const code = await runCli(['verify'], {
      env: ctx.env,
      say: (l) => lines.push(l),
      readStdin: async () => '',
    })
    expect(code).toBe(1)
    expect(lines.join('\n')).toMatch(/problem/)
    // the count query works on both databases
    await sql`select 1`.execute(db())
  })
})
