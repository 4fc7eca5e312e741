import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  TEST_PASSWORD,
  signIn,
  type TestContext,
} from '../../../test/support/test-app'
import { seedQueueFixtures, type QueueFixtures } from '../queue/test-fixtures'

/** The window's rating pad shows who serves there: name and staff number (工号), as 评价器 do. */
describe.skipIf(isDbUnavailable())('rating pad: the clerk at its window', () => {
  let ctx: TestContext
  let f: QueueFixtures
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

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedQueueFixtures(ctx)
    pad9 = (
      await ctx.container.devices.register('system', {
        kind: 'rating_pad',
        name: 'pad 9',
        windowId: f.windows.w9,
        areaId: null,
      })
    ).credential
  })
  afterAll(() => ctx.close())

  it('an admin gives a staff number when creating an account; a bad one is refused and nothing is created', async () => {
    const bad = await api('POST', '/users', f.admin, {
      username: 'pad-bad',
      displayName: '坏工号',
      password: TEST_PASSWORD,
      grants: [{ role: 'clerk', departmentId: f.departments.household }],
      staffNumber: '工号 1',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().code).toBe('VALIDATION_FAILED')
    const users = (await api('GET', '/users', f.admin)).json()
    expect(users.some((u: { username: string }) => u.username === 'pad-bad')).toBe(false)

    const made = await api('POST', '/users', f.admin, {
      username: 'pad-clerk',
      displayName: '古丽米拉',
      password: TEST_PASSWORD,
      grants: [{ role: 'clerk', departmentId: f.departments.household }],
      staffNumber: 'YM-0042',
    })
    expect(made.statusCode).toBe(200)
    expect(made.json()).toMatchObject({ username: 'pad-clerk', staffNumber: 'YM-0042' })
  })

  it('names nobody while the window is closed, then the clerk who calls there with the staff number', async () => {
    ctx.clock.set('2026-03-02T02:30:00.000Z') // Monday 10:30 at the center
    expect((await api('GET', '/ratings/pad/clerk', `device:${pad9}`)).json()).toEqual({ clerk: null })
    const clerk = await signIn(ctx.app, 'pad-clerk', TEST_PASSWORD)
    await api('POST', '/queue/tickets', `device:${f.kiosk}`, { categoryId: f.categories.b })
    const called = await api('POST', `/queue/windows/${f.windows.w9}/call-next`, clerk, {})
    expect(called.statusCode).toBe(200)
    expect((await api('GET', '/ratings/pad/clerk', `device:${pad9}`)).json()).toEqual({
      clerk: { name: '古丽米拉', staffNumber: 'YM-0042' },
    })
    const ticketId = called.json().current.id
    expect((await api('POST', `/queue/windows/${f.windows.w9}/finish`, clerk, { ticketId })).statusCode).toBe(
      200,
    )
    const closed = await api('POST', `/queue/windows/${f.windows.w9}/close`, clerk, {})
    expect(closed.statusCode).toBe(200)
    expect((await api('GET', '/ratings/pad/clerk', `device:${pad9}`)).json()).toEqual({ clerk: null })
  })

  it('answers only a rating pad bound to a window', async () => {
    const anonymous = await api('GET', '/ratings/pad/clerk', null)
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.json().code).toBe('AUTH_REQUIRED')
    for (const who of [`device:${f.kiosk}`, `device:${f.windowDisplay5}`, f.supervisor]) {
      const res = await api('GET', '/ratings/pad/clerk', who)
      expect(res.statusCode).toBe(403)
      expect(res.json().code).toBe('FORBIDDEN')
    }
  })
})
