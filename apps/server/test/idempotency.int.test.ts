import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicant } from '../src/modules/cases/test-fixtures'
import { citizenSession, seedOnlineFixtures, type OnlineFixtures } from '../src/modules/online/test-fixtures'
import { createTestContext, isDbUnavailable, staffSession, type TestContext } from './support/test-app'

/** Idempotent creation (issue 17.6): a replay returns the first answer; nothing is created twice. */
describe.skipIf(isDbUnavailable())('Idempotency-Key on the routes that create', () => {
  let ctx: TestContext
  let f: OnlineFixtures

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedOnlineFixtures(ctx)
  })
  afterAll(() => ctx.close())

  const createCase = (cookie: string, key: string | null, phone = '13899990001') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie, ...(key ? { 'idempotency-key': key } : {}) },
      payload: { matterCode: 'GA-CRJ-001', applicant: applicant({ phone }), submittedMaterials: [0, 1] },
    })
  const caseCount = async () =>
    Number(
      (
        await ctx.container.database.db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  it('a double submit of the counter creates one case and answers both alike', async () => {
    const before = await caseCount()
    const key = 'counter-submit-0001'
    const [first, second] = await Promise.all([createCase(f.clerk, key), createCase(f.clerk, key)])
    const statuses = [first.statusCode, second.statusCode].sort()
    // one ran; the other either replayed it or was told the first is still running
    expect(statuses[0]).toBe(200)
    expect([200, 409]).toContain(statuses[1])
    const replay = await createCase(f.clerk, key)
    expect(replay.statusCode).toBe(200)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    const winner = first.statusCode === 200 ? first : second
    expect(replay.json()).toEqual(winner.json())
    expect(await caseCount()).toBe(before + 1)

    // the same key with a different body is refused, creating nothing
    const reused = await createCase(f.clerk, key, '13899990002')
    expect(reused.statusCode).toBe(409)
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED')
    expect(await caseCount()).toBe(before + 1)

    // keys belong to their caller: another clerk's same key is a new request
    const other = await staffSession(ctx, 'clerk-2', [{ role: 'clerk', departmentId: null }])
    const theirs = await createCase(other, key)
    expect(theirs.statusCode).toBe(200)
    expect(theirs.headers['idempotent-replayed']).toBeUndefined()
    expect(theirs.json().id).not.toBe(winner.json().id)

    // without a key, each request creates; a malformed key is refused
    expect((await createCase(f.clerk, null)).statusCode).toBe(200)
    const bad = await createCase(f.clerk, 'short')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().code).toBe('IDEMPOTENCY_KEY_INVALID')
    expect(await caseCount()).toBe(before + 3)
  })

  it('replays a refusal too, and forgets a key after 24 hours', async () => {
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const refused = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: { cookie: f.clerk, 'idempotency-key': 'unknown-matter-1' },
        payload: { matterCode: 'NO-SUCH-1', applicant: applicant(), submittedMaterials: [] },
      })
    const first = await refused()
    expect(first.statusCode).toBeGreaterThanOrEqual(400)
    expect(first.statusCode).toBeLessThan(500)
    const again = await refused()
    expect(again.statusCode).toBe(first.statusCode)
    expect(again.json()).toEqual(first.json())
    expect(again.headers['idempotent-replayed']).toBe('true')

    const before = await caseCount()
    const day1 = await createCase(f.clerk, 'daily-key-00001')
    ctx.clock.set('2026-03-03T02:00:01.000Z')
    const day2 = await createCase(f.clerk, 'daily-key-00001')
    expect(day2.headers['idempotent-replayed']).toBeUndefined()
    expect(day2.json().id).not.toBe(day1.json().id)
    expect(await caseCount()).toBe(before + 2)
  })

  it('a citizen applying online twice with one key gets one application', async () => {
    const citizen = await citizenSession(ctx, '13766660001')
    const start = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/citizen/applications',
        headers: { cookie: citizen, 'idempotency-key': 'portal-apply-0001' },
        payload: { kind: 'bundle', code: f.bundleCode },
      })
    const a = await start()
    const b = await start()
    expect(a.statusCode).toBe(200)
    expect(b.json().id).toBe(a.json().id)
    const list = await ctx.app.inject({ url: '/api/v1/citizen/applications', headers: { cookie: citizen } })
    expect(list.json().items ?? list.json()).toHaveLength(1)
  })
})
