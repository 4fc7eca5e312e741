import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { residentId, seedQueueFixtures, type QueueFixtures } from '../../src/modules/queue/test-fixtures'
import { newId } from '../../src/platform/ids'
import { createTestContext, isDbUnavailable, type TestContext } from '../support/test-app'

/**
 * Issue 20: ticket issue and call-next on two instances (two containers, each with its own
 * connection pool, on one PostgreSQL schema). Numbers issued at once on both are distinct and
 * gap-free, also when some issues fail and roll back; windows calling at once on both never
 * take one ticket twice and never lose one.
 */
describe.skipIf(isDbUnavailable())('queue scale-out on one PostgreSQL', () => {
  let a: TestContext
  let b: TestContext
  let f: QueueFixtures
  const api = (
    ctx: TestContext,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    who: string,
    payload?: object,
  ) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who.startsWith('device:') ? { authorization: `Device ${who.slice(7)}` } : { cookie: who },
      ...(payload ? { payload } : {}),
    })
  const instance = (i: number) => (i % 2 ? a : b)

  beforeAll(async () => {
    a = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    b = await createTestContext({ shareWith: a, clock: a.clock })
    f = await seedQueueFixtures(a)
  }, 60_000)
  afterAll(async () => {
    await b?.close()
    await a?.close()
  })

  it('issues distinct, gap-free numbers from both instances, failed issues included', async () => {
    expect(
      (await api(a, 'PATCH', `/queue/categories/${f.categories.a}`, f.admin, { idDailyLimit: 1 })).statusCode,
    ).toBe(200)
    const kiosk = `device:${f.kiosk}`
    // 40 walk-ins, and 8 issues with one ID number of which only one may succeed: the refused
    // ones run inside the race and roll their number back
    const same = residentId('19800101', '777')
    const results = await Promise.all(
      Array.from({ length: 48 }, (_, i) =>
        api(instance(i), 'POST', '/queue/tickets', kiosk, {
          categoryId: f.categories.a,
          ...(i % 6 === 0 ? { idNumber: same } : {}),
        }),
      ),
    )
    const ok = results.filter((r) => r.statusCode === 200)
    const refused = results.filter((r) => r.statusCode !== 200)
    expect(refused.map((r) => r.json().code)).toEqual(Array(7).fill('QUEUE_ID_LIMIT_REACHED'))
    expect(ok).toHaveLength(41)
    const numbers = ok.map((r) => r.json().number as string).sort()
    expect(numbers).toEqual(Array.from({ length: 41 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`))
    const rows = await a.container.database.db
      .selectFrom('queue_tickets')
      .select(['seq', 'number'])
      .where('category_id', '=', f.categories.a)
      .orderBy('seq')
      .execute()
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 41 }, (_, i) => i + 1))
    // calling order follows the numbers: arrival is the moment the number was taken
    const byArrival = await a.container.database.db
      .selectFrom('queue_tickets')
      .select('seq')
      .where('category_id', '=', f.categories.a)
      .orderBy('arrived_at')
      .orderBy('seq')
      .execute()
    expect(byArrival.map((r) => Number(r.seq))).toEqual(rows.map((r) => Number(r.seq)))
  }, 60_000)

  it('never hands one ticket to two windows when windows on both instances call at once', async () => {
    const db = a.container.database.db
    // six windows of category A in the main hall; clerk 6 (出入境) may call at each
    const windows = [f.windows.w5, f.windows.w6]
    const w5 = await db
      .selectFrom('hall_windows')
      .selectAll()
      .where('id', '=', f.windows.w5)
      .executeTakeFirstOrThrow()
    for (let n = 20; n < 24; n++) {
      const id = newId()
      await db
        .insertInto('hall_windows')
        .values({
          id,
          hall_id: w5.hall_id,
          area_id: w5.area_id,
          number: n,
          name: `${n} 号窗口`,
          is_active: 1,
        })
        .execute()
      await db
        .insertInto('window_departments')
        .values({ window_id: id, department_id: f.departments.exitEntry })
        .execute()
      await db
        .insertInto('window_categories')
        .values({ window_id: id, category_id: f.categories.a })
        .execute()
      windows.push(id)
    }
    const waiting = Number(
      (
        await db
          .selectFrom('queue_tickets')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'issued')
          .executeTakeFirstOrThrow()
      ).n,
    )
    expect(waiting).toBe(41)
    // each window calls, finishes, calls again, alternating instances, until nobody waits
    const served = new Map<string, string[]>()
    const counter = async (windowId: string, w: number) => {
      const mine: string[] = []
      for (let k = 0; ; k++) {
        const ctx = instance(w + k)
        const r = await api(ctx, 'POST', `/queue/windows/${windowId}/call-next`, f.clerk6, {})
        if (r.statusCode !== 200) {
          expect(r.json().code).toBe('QUEUE_NO_TICKET_WAITING')
          break
        }
        const ticket = r.json().current as { id: string }
        mine.push(ticket.id)
        const done = await api(instance(w + k + 1), 'POST', `/queue/windows/${windowId}/finish`, f.clerk6, {
          ticketId: ticket.id,
        })
        expect(done.statusCode).toBe(200)
      }
      served.set(windowId, mine)
    }
    await Promise.all(windows.map((id, w) => counter(id, w)))
    const all = [...served.values()].flat()
    expect(all).toHaveLength(41)
    expect(new Set(all).size).toBe(41)
    // the database agrees: every ticket called once, at the window that served it
    const calls = await db
      .selectFrom('queue_ticket_events')
      .select(['ticket_id', 'window_id'])
      .where('type', '=', 'called')
      .execute()
    expect(calls).toHaveLength(41)
    for (const c of calls) expect(served.get(c.window_id!)).toContain(c.ticket_id)
    // more than one window took part on each instance's turn (the race was real)
    expect([...served.values()].filter((s) => s.length > 0).length).toBeGreaterThan(1)
  }, 120_000)

  it('serialises the actions at one window across instances, its very first one included', async () => {
    const db = a.container.database.db
    const w5 = await db
      .selectFrom('hall_windows')
      .selectAll()
      .where('id', '=', f.windows.w5)
      .executeTakeFirstOrThrow()
    const windowId = newId()
    await db
      .insertInto('hall_windows')
      .values({
        id: windowId,
        hall_id: w5.hall_id,
        area_id: w5.area_id,
        number: 30,
        name: '30 号窗口',
        is_active: 1,
      })
      .execute()
    await db
      .insertInto('window_departments')
      .values({ window_id: windowId, department_id: f.departments.exitEntry })
      .execute()
    await db
      .insertInto('window_categories')
      .values({ window_id: windowId, category_id: f.categories.a })
      .execute()
    for (let i = 0; i < 12; i++)
      expect(
        (
          await api(instance(i), 'POST', '/queue/tickets', `device:${f.kiosk}`, {
            categoryId: f.categories.a,
          })
        ).statusCode,
      ).toBe(200)
    const callAtOnce = async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          api(instance(i), 'POST', `/queue/windows/${windowId}/call-next`, f.clerk6, {}),
        ),
      )
      const ok = results.filter((r) => r.statusCode === 200)
      expect(ok).toHaveLength(1)
      expect(results.filter((r) => r.statusCode !== 200).map((r) => r.json().code)).toEqual(
        Array(5).fill('QUEUE_WINDOW_BUSY'),
      )
      return ok[0]!.json().current as { id: string }
    }
    // no state row yet: the first calls meet on the window's row
    const first = await callAtOnce()
    expect(
      (await api(b, 'POST', `/queue/windows/${windowId}/finish`, f.clerk6, { ticketId: first.id }))
        .statusCode,
    ).toBe(200)
    // the state row exists now: they meet on it
    const second = await callAtOnce()
    expect(second.id).not.toBe(first.id)
    const calls = await db
      .selectFrom('queue_ticket_events')
      .select('ticket_id')
      .where('type', '=', 'called')
      .where('window_id', '=', windowId)
      .execute()
    expect(calls.map((c) => c.ticket_id).sort()).toEqual([first.id, second.id].sort())
  }, 60_000)
})
