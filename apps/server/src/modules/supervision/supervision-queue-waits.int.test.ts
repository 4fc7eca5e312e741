import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { seedQueueFixtures, type QueueFixtures } from '../queue/test-fixtures'

/** The dashboard's department and window tables show the queue's mean wait (arrival → call). */
describe.skipIf(isDbUnavailable())('supervision: queue waiting times', () => {
  let ctx: TestContext
  let f: QueueFixtures
  const api = (method: 'GET' | 'POST', url: string, who: string, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who.startsWith('device:') ? { authorization: `Device ${who.slice(7)}` } : { cookie: who },
      ...(payload ? { payload } : {}),
    })

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedQueueFixtures(ctx)
  })
  afterAll(() => ctx.close())

  it('per window and per department it serves, over the tickets called in the period', async () => {
    ctx.clock.set('2026-03-02T02:30:00.000Z') // Monday 10:30 at the center
    for (let i = 0; i < 3; i++)
      expect(
        (await api('POST', '/queue/tickets', `device:${f.kiosk}`, { categoryId: f.categories.b })).statusCode,
      ).toBe(200)
    ctx.clock.set('2026-03-02T02:42:00.000Z') // waited 12 minutes
    const first = (await api('POST', `/queue/windows/${f.windows.w9}/call-next`, f.householdClerk, {})).json()
      .current
    await api('POST', `/queue/windows/${f.windows.w9}/finish`, f.householdClerk, { ticketId: first.id })
    ctx.clock.set('2026-03-02T02:50:00.000Z') // waited 20 minutes; the third is never called (no wait yet)
    expect(
      (await api('POST', `/queue/windows/${f.windows.w9}/call-next`, f.householdClerk, {})).statusCode,
    ).toBe(200)

    const q = '?from=2026-03-01&to=2026-03-31'
    const windows = (await api('GET', `/supervision/windows${q}`, f.supervisor)).json().rows
    expect(windows.find((w: { windowId: string }) => w.windowId === f.windows.w9)).toMatchObject({
      avgQueueWaitMinutes: 16,
    })
    expect(windows.find((w: { windowId: string }) => w.windowId === f.windows.w5)).toMatchObject({
      avgQueueWaitMinutes: null,
    })
    // each window in the reader's language: the hall's Uyghur and English names come with its row
    await ctx.container.database.db
      .updateTable('hall_windows')
      .set({ name_ug: 'كۆزنەك', name_en: 'Window nine' })
      .where('id', '=', f.windows.w9)
      .execute()
    const named = (await api('GET', `/supervision/windows${q}`, f.supervisor)).json().rows
    expect(named.find((w: { windowId: string }) => w.windowId === f.windows.w9)).toMatchObject({
      name: { ug: 'كۆزنەك', en: 'Window nine' },
    })
    const plain = named.find((w: { windowId: string }) => w.windowId === f.windows.w5)
    expect(plain.name).not.toHaveProperty('ug')
    expect(plain.name).not.toHaveProperty('en')
    const departments = (await api('GET', `/supervision/departments${q}`, f.supervisor)).json().rows
    expect(
      departments.find((d: { departmentId: string }) => d.departmentId === f.departments.household),
    ).toMatchObject({ avgQueueWaitMinutes: 16 })
    expect(
      departments.find((d: { departmentId: string }) => d.departmentId === f.departments.exitEntry),
    ).toMatchObject({ avgQueueWaitMinutes: null })
    // another period: no waits
    expect(
      (await api('GET', '/supervision/windows?from=2026-04-01&to=2026-04-30', f.supervisor))
        .json()
        .rows.every((w: { avgQueueWaitMinutes: number | null }) => w.avgQueueWaitMinutes === null),
    ).toBe(true)
  })
})
