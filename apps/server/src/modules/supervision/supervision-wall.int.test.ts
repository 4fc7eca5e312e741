import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { seedQueueFixtures, type QueueFixtures } from '../queue/test-fixtures'
import { DashboardRepository } from './dashboard.repository'

/** The supervision wall (数据大屏): aggregates only, for a wall display or a supervisor of every department. */
describe.skipIf(isDbUnavailable())('supervision wall', () => {
  let ctx: TestContext
  let f: QueueFixtures
  let wall: string
  let pad9: string
  const api = (method: 'GET' | 'POST', url: string, who: string | null, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers:
        who === null
          ? {}
          : who.startsWith('device:')
            ? { authorization: `Device ${who.slice(7)}` }
            : { cookie: who },
      ...(payload ? { payload } : {}),
    })
  const register = async (kind: 'wall_display' | 'rating_pad', windowId: string | null) =>
    (await ctx.container.devices.register('system', { kind, name: kind, windowId, areaId: null })).credential

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedQueueFixtures(ctx)
    wall = await register('wall_display', null)
    pad9 = await register('rating_pad', f.windows.w9)
  })
  afterAll(() => ctx.close())

  it('gives a wall display the waits by hour, satisfaction and comments without personal data', async () => {
    ctx.clock.set('2026-03-02T01:10:00.000Z') // Monday 09:10 at the center
    const issued = await api('POST', '/queue/tickets', `device:${f.kiosk}`, {
      categoryId: f.categories.b,
      phone: '13800138000',
    })
    expect(issued.statusCode).toBe(200)
    ctx.clock.set('2026-03-02T01:25:00.000Z') // called after 15 minutes
    const current = (
      await api('POST', `/queue/windows/${f.windows.w9}/call-next`, f.householdClerk, {})
    ).json().current
    expect(
      (await api('POST', `/queue/windows/${f.windows.w9}/finish`, f.householdClerk, { ticketId: current.id }))
        .statusCode,
    ).toBe(200)
    const rated = await api('POST', '/ratings/pad', `device:${pad9}`, {
      ticketId: current.id,
      level: 'very_satisfied',
      comment: '办得很快，有事打我电话 13912345678',
    })
    expect(rated.statusCode).toBe(200)

    const res = await api('GET', '/supervision/wall', `device:${wall}`)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.today).toBe('2026-03-02')
    expect(body.queueWaits.days).toHaveLength(7)
    expect(body.queueWaits.days.at(-1)).toBe('2026-03-02')
    expect(body.queueWaits.cells).toEqual([{ day: '2026-03-02', hour: 9, tickets: 1, meanWaitMinutes: 15 }])
    expect(body.satisfaction).toHaveLength(30)
    expect(body.satisfaction.at(-1)).toEqual({ day: '2026-03-02', ratings: 1, satisfaction: 100 })
    expect(body.satisfaction.at(-2)).toEqual({ day: '2026-03-01', ratings: 0, satisfaction: null })
    expect(body.comments).toEqual([
      {
        level: 'very_satisfied',
        comment: '办得很快，有事打我电话 ＊＊＊',
        ratedOn: '2026-03-02',
        windowNumber: 9,
      },
    ])
    expect(body.departments.map((d: { departmentId: string }) => d.departmentId)).toEqual(
      expect.arrayContaining([f.departments.household, f.departments.exitEntry]),
    )
    expect(body.cases.today).toEqual({ received: 0, accepted: 0, completed: 0 })
    // nothing that names or reaches a person: no phone, no ticket, no staff
    const text = res.body
    expect(text).not.toContain('13800138000')
    expect(text).not.toContain('13912345678')
    expect(text).not.toContain(current.number)
    expect(text).not.toContain(current.id)
    expect(text).not.toMatch(/q-hz|q-sup|clerk/i)
  })

  it('is read by a supervisor of every department too', async () => {
    const res = await api('GET', '/supervision/wall', f.supervisor)
    expect(res.statusCode).toBe(200)
    expect(res.json().comments).toHaveLength(1)
  })

  it('refuses anonymous callers, other devices and staff who do not supervise every department', async () => {
    const anonymous = await api('GET', '/supervision/wall', null)
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.json().code).toBe('AUTH_REQUIRED')
    for (const who of [`device:${f.kiosk}`, `device:${f.hallDisplay}`, `device:${pad9}`, f.householdClerk]) {
      const res = await api('GET', '/supervision/wall', who)
      expect(res.statusCode).toBe(403)
      expect(['FORBIDDEN', 'SUPERVISION_SCOPE_ALL_ONLY']).toContain(res.json().code)
    }
  })
  it('reads the stopped clocks and the counts once for all its questions', async () => {
    const reads = {
      cases: vi.spyOn(DashboardRepository.prototype, 'pausedCases'),
      tasks: vi.spyOn(DashboardRepository.prototype, 'pausedTasks'),
      starts: vi.spyOn(DashboardRepository.prototype, 'runningPauseStarts'),
      counts: vi.spyOn(DashboardRepository.prototype, 'lightCounts'),
    }
    try {
      const res = await api('GET', '/supervision/wall', `device:${wall}`)
      expect(res.statusCode).toBe(200)
      // the overview, the departments' lights and the red list share one reading of each
      for (const [what, spy] of Object.entries(reads)) expect(spy.mock.calls.length, what).toBe(1)
    } finally {
      for (const spy of Object.values(reads)) spy.mockRestore()
    }
  })
})
