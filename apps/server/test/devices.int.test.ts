import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, staffSession, type TestContext } from './support/test-app'

describe.skipIf(isDbUnavailable())('device credentials', () => {
  let ctx: TestContext
  let admin: string

  beforeAll(async () => {
    // the session test moves the clock over a day: staff sessions must outlive it
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    admin = await staffSession(ctx, 'admin', [{ role: 'admin', departmentId: null }])
  })
  afterAll(() => ctx.close())

  const register = async (kind: string, name: string) => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/devices',
      headers: { cookie: admin },
      payload: { kind, name },
    })
    expect(res.statusCode).toBe(200)
    return res.json() as { device: { id: string }; credential: string }
  }

  it('registers a device whose credential works once shown and is stored only as a hash', async () => {
    const { device, credential } = await register('kiosk', '一楼自助终端')
    const me = await ctx.app.inject({ url: '/api/v1/me', headers: { authorization: `Device ${credential}` } })
    expect(me.json()).toMatchObject({ kind: 'device', deviceId: device.id, deviceKind: 'kiosk' })
    const row = await ctx.container.database.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', device.id)
      .executeTakeFirstOrThrow()
    expect(row.token_hash).not.toContain(credential)
    const list = await ctx.app.inject({ url: '/api/v1/devices', headers: { cookie: admin } })
    expect(list.body).not.toContain(credential)
  })

  it('marks a device seen at its first request, again only once the mark is a minute old', async () => {
    ctx.clock.set('2026-03-02T03:00:00.000Z')
    const { device, credential } = await register('kiosk', '二楼自助终端')
    const seen = async () =>
      (
        await ctx.container.database.db
          .selectFrom('devices')
          .select('last_seen_at')
          .where('id', '=', device.id)
          .executeTakeFirstOrThrow()
      ).last_seen_at
    const me = () => ctx.app.inject({ url: '/api/v1/me', headers: { authorization: `Device ${credential}` } })
    expect(await seen()).toBeNull()
    // several requests at once: one mark, no request fails
    const answers = await Promise.all([me(), me(), me(), me()])
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200])
    expect(await seen()).toBe('2026-03-02T03:00:00.000Z')
    ctx.clock.set('2026-03-02T03:00:59.000Z')
    await me()
    expect(await seen()).toBe('2026-03-02T03:00:00.000Z')
    ctx.clock.set('2026-03-02T03:01:01.000Z')
    await me()
    expect(await seen()).toBe('2026-03-02T03:01:01.000Z')
  })

  it('exchanges the credential once for a rotated, hashed, revocable session; the cookie never holds the credential', async () => {
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const { device, credential } = await register('kiosk', '三楼自助终端')
    const activate = async () => {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/device-session',
        payload: { credential },
      })
      expect(res.statusCode).toBe(200)
      return res.cookies.find((c) => c.name === 'yimin_device')!.value
    }
    const token = await activate()
    expect(token).not.toBe(credential)
    expect(token).not.toContain(credential)
    const me = (t: string) => ctx.app.inject({ url: '/api/v1/me', headers: { cookie: `yimin_device=${t}` } })
    expect((await me(token)).json()).toMatchObject({ kind: 'device', deviceId: device.id })
    // the credential itself is refused as a cookie
    expect((await me(credential)).statusCode).toBe(401)
    // stored as a hash only
    const rows = await ctx.container.database.db
      .selectFrom('device_sessions')
      .selectAll()
      .where('device_id', '=', device.id)
      .execute()
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain(token)

    // a day later the token is rotated: the answer sets a new cookie; the old one works a few minutes more
    ctx.clock.set('2026-03-03T02:00:01.000Z')
    const rotatedRes = await me(token)
    expect(rotatedRes.statusCode).toBe(200)
    const rotated = rotatedRes.cookies.find((c) => c.name === 'yimin_device')!.value
    expect(rotated).not.toBe(token)
    expect((await me(token)).cookies.find((c) => c.name === 'yimin_device')).toBeUndefined()
    ctx.clock.set('2026-03-03T02:06:00.000Z')
    expect((await me(token)).statusCode).toBe(401)
    expect((await me(rotated)).statusCode).toBe(200)

    // the admin console shows and ends the device's sessions; the credential still activates anew
    const second = await activate()
    const list = await ctx.app.inject({ url: '/api/v1/devices', headers: { cookie: admin } })
    expect(list.json().find((d: { id: string }) => d.id === device.id).activeSessions).toBe(2)
    const kiosk = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/devices/${device.id}/sessions/end`,
      headers: { cookie: `yimin_device=${second}` },
    })
    expect(kiosk.statusCode).toBe(403)
    const ended = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/devices/${device.id}/sessions/end`,
      headers: { cookie: admin },
    })
    expect(ended.json()).toMatchObject({ id: device.id, activeSessions: 0 })
    expect((await me(rotated)).statusCode).toBe(401)
    expect((await me(second)).statusCode).toBe(401)
    const third = await activate()
    expect((await me(third)).statusCode).toBe(200)

    // signing this browser out ends its session
    const out = await ctx.app.inject({
      method: 'DELETE',
      url: '/api/v1/device-session',
      headers: { cookie: `yimin_device=${third}` },
    })
    expect(out.statusCode).toBe(200)
    expect((await me(third)).statusCode).toBe(401)

    // revoking the device ends its sessions too
    const fourth = await activate()
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/devices/${device.id}/revoke`,
      headers: { cookie: admin },
    })
    expect((await me(fourth)).statusCode).toBe(401)
  })

  it('activates a browser as the device with a cookie', async () => {
    const { credential } = await register('hall_display', '大厅显示屏')
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/device-session',
      payload: { credential },
    })
    expect(res.statusCode).toBe(200)
    const cookie = res.cookies.find((c) => c.name === 'yimin_device')!
    expect(cookie.httpOnly).toBe(true)
    const me = await ctx.app.inject({
      url: '/api/v1/me',
      headers: { cookie: `yimin_device=${cookie.value}` },
    })
    expect(me.json()).toMatchObject({ kind: 'device', deviceKind: 'hall_display' })
  })

  it('refuses a revoked device at its next request, and cannot revoke twice', async () => {
    const { device, credential } = await register('rating_pad', '5 号窗口评价器')
    const revoke = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/devices/${device.id}/revoke`,
      headers: { cookie: admin },
    })
    expect(revoke.json()).toMatchObject({ revokedAt: expect.any(String) })
    const me = await ctx.app.inject({ url: '/api/v1/me', headers: { authorization: `Device ${credential}` } })
    expect(me.statusCode).toBe(401)
    expect(me.json().code).toBe('DEVICE_INVALID_CREDENTIAL')
    const cookieMe = await ctx.app.inject({
      url: '/api/v1/me',
      headers: { cookie: `yimin_device=${credential}` },
    })
    expect(cookieMe.statusCode).toBe(401)
    const activate = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/device-session',
      payload: { credential },
    })
    expect(activate.statusCode).toBe(401)
    const twice = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/devices/${device.id}/revoke`,
      headers: { cookie: admin },
    })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().code).toBe('DEVICE_ALREADY_REVOKED')
  })

  it('gives devices no staff powers', async () => {
    const { credential } = await register('kiosk', 'k2')
    const res = await ctx.app.inject({
      url: '/api/v1/users',
      headers: { authorization: `Device ${credential}` },
    })
    expect(res.statusCode).toBe(403)
    const reg = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/devices',
      headers: { authorization: `Device ${credential}` },
      payload: { kind: 'kiosk', name: 'rogue' },
    })
    expect(reg.statusCode).toBe(403)
  })

  it('refuses an unknown device kind and a supervisor registering devices', async () => {
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/devices',
      headers: { cookie: admin },
      payload: { kind: 'toaster', name: 'x' },
    })
    expect(bad.statusCode).toBe(400)
    const supervisor = await staffSession(ctx, 'sup', [{ role: 'supervisor', departmentId: null }])
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/devices',
      headers: { cookie: supervisor },
      payload: { kind: 'kiosk', name: 'x' },
    })
    expect(res.statusCode).toBe(403)
    expect(
      (await ctx.app.inject({ url: '/api/v1/devices', headers: { cookie: supervisor } })).statusCode,
    ).toBe(200)
  })
})
