import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  applicant,
  residentId,
  seedCaseFixtures,
  type CaseFixtures,
} from '../src/modules/cases/test-fixtures'
import { citizenSession } from '../src/modules/online/test-fixtures'
import { createTestContext, isDbUnavailable, type TestContext } from './support/test-app'

/** Second factors cannot be guessed (issue 17.2): per-number locks, one budget per address. */
describe.skipIf(isDbUnavailable())('wrong second factors lock the number, whoever asks from wherever', () => {
  let ctx: TestContext
  let f: CaseFixtures
  let addressCount = 0
  /** a new client address for each request: the attacker has many */
  const fresh = () => {
    addressCount++
    return `10.${90 + Math.floor(addressCount / 62500)}.${Math.floor(addressCount / 250) % 250}.${(addressCount % 250) + 1}`
  }
  const phone = '13812345678'
  const idLast4 = residentId().slice(-4)

  const lookup = (number: string, factor: string, opts: { address?: string; cookie?: string } = {}) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases/lookup',
      payload: { number, factor },
      remoteAddress: opts.address ?? fresh(),
      ...(opts.cookie ? { headers: { cookie: opts.cookie } } : {}),
    })
  const newCase = async (p = phone) => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie: f.clerk },
      payload: { matterCode: 'GA-CRJ-001', applicant: applicant({ phone: p }), submittedMaterials: [0, 1] },
    })
    expect(res.statusCode).toBe(200)
    return res.json() as { id: string; number: string }
  }
  const lockNotices = async () =>
    (
      await ctx.container.database.db
        .selectFrom('sms_messages')
        .select(['recipient', 'body'])
        .where('template', '=', 'lookup.locked')
        .execute()
    ).map((m) => m.recipient)

  beforeAll(async () => {
    ctx = await createTestContext({
      env: { LOOKUP_PER_ADDRESS_PER_MINUTE: '12', SESSION_IDLE_MINUTES: String(30 * 24 * 60) },
    })
    f = await seedCaseFixtures(ctx)
  })
  afterAll(() => ctx.close())

  it('locks a number after five wrong tries from five addresses, and answers an unknown number alike', async () => {
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const c = await newCase()
    const unknown = '65010020260302099999'
    const answers = async (number: string) => {
      const out: string[] = []
      for (const factor of ['0000', '1111', '2222', '3333', '4444', idLast4, '5555'])
        out.push(`${(await lookup(number, factor)).statusCode}`)
      return out
    }
    const known = await answers(c.number)
    // five wrong, then even the right factor is refused: the number is locked
    expect(known).toEqual(['404', '404', '404', '404', '404', '429', '429'])
    const locked = await lookup(c.number, idLast4)
    expect(locked.json().code).toBe('LOOKUP_LOCKED')
    // an unknown number behaves the same, step by step, with the same bodies
    expect(await answers(unknown)).toEqual(known)
    expect((await lookup(unknown, '0000')).json()).toEqual(locked.json())

    // the applicant is told once (through the outbox), nobody is told about an unknown number
    expect(await lockNotices()).toEqual([phone])

    // an hour later it opens; the right factor works and starts the count over
    ctx.clock.set('2026-03-02T03:00:01.000Z')
    expect((await lookup(c.number, idLast4)).statusCode).toBe(200)
    for (let i = 0; i < 4; i++) expect((await lookup(c.number, '9999')).statusCode).toBe(404)
    expect((await lookup(c.number, idLast4)).statusCode).toBe(200)

    // a second lock lasts twice as long, and sends no second SMS that day
    for (let i = 0; i < 5; i++) expect((await lookup(c.number, '9999')).statusCode).toBe(404)
    ctx.clock.set('2026-03-02T04:00:02.000Z')
    expect((await lookup(c.number, idLast4)).json().code).toBe('LOOKUP_LOCKED')
    ctx.clock.set('2026-03-02T05:00:02.000Z')
    expect((await lookup(c.number, idLast4)).statusCode).toBe(200)
    expect(await lockNotices()).toEqual([phone])
  })

  it('counts wrong tries across the progress lookup, the rating lookup and rating, and the bundle lookup', async () => {
    ctx.clock.set('2026-03-03T02:00:00.000Z')
    const c = await newCase('13812340001')
    const tries = [
      () => lookup(c.number, '0000'),
      () =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/v1/ratings/case/lookup',
          payload: { caseNumber: c.number, factor: '1111' },
          remoteAddress: fresh(),
        }),
      () =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/v1/ratings/case',
          payload: { caseNumber: c.number, factor: '2222', level: 'satisfied' },
          remoteAddress: fresh(),
        }),
      () => lookup(c.number, '3333'),
      () =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/v1/ratings/case/lookup',
          payload: { caseNumber: c.number, factor: '4444' },
          remoteAddress: fresh(),
        }),
    ]
    for (const attempt of tries) expect((await attempt()).statusCode).toBe(404)
    expect((await lookup(c.number, idLast4)).json().code).toBe('LOOKUP_LOCKED')
    const rating = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/ratings/case/lookup',
      payload: { caseNumber: c.number, factor: idLast4 },
      remoteAddress: fresh(),
    })
    expect(rating.json().code).toBe('LOOKUP_LOCKED')

    const bundle = 'YJS650100202603030001'
    for (let i = 0; i < 5; i++) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/public/bundles/lookup',
        payload: { number: bundle, factor: `100${i}` },
        remoteAddress: fresh(),
      })
      expect(res.statusCode).toBe(404)
    }
    const bundleLocked = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/public/bundles/lookup',
      payload: { number: bundle, factor: '2000' },
      remoteAddress: fresh(),
    })
    expect(bundleLocked.json().code).toBe('LOOKUP_LOCKED')
  })

  it('lets signed-in citizens and staff through a lock', async () => {
    ctx.clock.set('2026-03-04T02:00:00.000Z')
    const c = await newCase('13812340002')
    for (let i = 0; i < 5; i++) await lookup(c.number, '0000')
    expect((await lookup(c.number, idLast4)).json().code).toBe('LOOKUP_LOCKED')
    const citizen = await citizenSession(ctx, '13700001111')
    expect((await lookup(c.number, idLast4, { cookie: citizen })).statusCode).toBe(200)
    expect((await lookup(c.number, idLast4, { cookie: f.clerk })).statusCode).toBe(200)
    // their wrong tries are not counted either
    for (let i = 0; i < 10; i++)
      expect((await lookup(c.number, '0000', { cookie: citizen })).statusCode).toBe(404)
  })

  it('gives an address one budget a minute across all these routes', async () => {
    ctx.clock.set('2026-03-05T02:00:00.000Z')
    const address = '10.250.0.1'
    const codes: number[] = []
    for (let i = 0; i < 14; i++) {
      // a different (unknown) number each time: no number lock is reached
      const number = `650100202603050${String(10000 + i)}`
      const res =
        i % 2 === 0
          ? await lookup(number, '0000', { address })
          : await ctx.app.inject({
              method: 'POST',
              url: '/api/v1/ratings/case/lookup',
              payload: { caseNumber: number, factor: '0000' },
              remoteAddress: address,
            })
      codes.push(res.statusCode)
    }
    expect(codes.slice(0, 12).every((s) => s === 404)).toBe(true)
    expect(codes.slice(12)).toEqual([429, 429])
    expect((await lookup('65010020260305099999', '0000', { address: '10.250.0.2' })).statusCode).toBe(404)
    // the next minute the address has a new budget
    ctx.clock.set('2026-03-05T02:01:00.000Z')
    expect((await lookup('65010020260305099998', '0000', { address })).statusCode).toBe(404)
  })

  it('does not let a burst of concurrent guesses past the budget', async () => {
    ctx.clock.set('2026-03-06T02:00:00.000Z')
    const c = await newCase('13812340003')
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => lookup(c.number, String(1000 + i).slice(-4))),
    )
    const wrong = results.filter((r) => r.statusCode === 404).length
    expect(wrong).toBeLessThanOrEqual(5)
    expect(results.every((r) => r.statusCode === 404 || r.json().code === 'LOOKUP_LOCKED')).toBe(true)
    expect((await lookup(c.number, idLast4)).json().code).toBe('LOOKUP_LOCKED')
  })

  it('forgets counters two days after they last mattered (the hourly prune job)', async () => {
    const count = async () =>
      Number(
        (
          await ctx.container.database.db
            .selectFrom('lookup_guards')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    const before = await count()
    expect(before).toBeGreaterThan(0)
    ctx.clock.set('2026-03-12T02:00:00.000Z')
    expect(await ctx.container.lookupGuard.prune()).toBe(before)
    expect(await count()).toBe(0)
    expect(ctx.container.jobs.registry.get('security.prune')).toBeDefined()
    expect(ctx.container.jobs.registry.schedules.map((x) => x.name)).toContain('security.prune')
  })
})
