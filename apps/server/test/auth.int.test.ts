import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  signIn,
  staffSession,
  TEST_PASSWORD,
  type TestContext,
} from './support/test-app'

describe.skipIf(isDbUnavailable())('staff accounts and sessions', () => {
  let ctx: TestContext
  let admin: string

  beforeAll(async () => {
    ctx = await createTestContext({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '5' } })
    admin = await staffSession(ctx, 'root', [{ role: 'admin', departmentId: null }])
  })
  afterAll(() => ctx.close())

  const login = (username: string, password: string, ip = '10.0.0.1') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    })

  it('signs in with an http-only cookie and knows who is signed in', async () => {
    const res = await login('root', TEST_PASSWORD)
    expect(res.statusCode).toBe(200)
    const cookie = res.cookies.find((c) => c.name === 'yimin_session')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Lax')
    expect(cookie.secure).toBeFalsy()
    const me = await ctx.app.inject({
      url: '/api/v1/me',
      headers: { cookie: `yimin_session=${cookie.value}` },
    })
    expect(me.json()).toMatchObject({
      kind: 'staff',
      username: 'root',
      permissions: expect.arrayContaining(['user.manage']),
    })
  })

  it('marks the cookie secure behind a TLS proxy it trusts', async () => {
    const proxied = await createTestContext({ env: { TRUST_PROXY: 'true' } })
    try {
      await proxied.container.auth.createUser('system', {
        username: 'p',
        displayName: 'p',
        password: TEST_PASSWORD,
        grants: [{ role: 'clerk', departmentId: null }],
      })
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'p', password: TEST_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      })
      expect(res.cookies.find((c) => c.name === 'yimin_session')?.secure).toBe(true)
    } finally {
      await proxied.close()
    }
  })

  it('gives an unknown user and a wrong password the same answer', async () => {
    const wrong = await login('root', 'not-the-password', '10.0.0.2')
    const unknown = await login('nobody-here', 'not-the-password', '10.0.0.2')
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json()).toEqual(unknown.json())
    expect(wrong.json().code).toBe('AUTH_INVALID_CREDENTIALS')
  })

  it('rate-limits sign-in attempts per address', async () => {
    const codes: number[] = []
    for (let i = 0; i < 7; i++) codes.push((await login('root', 'guess-' + i, '10.0.0.3')).statusCode)
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(codes.slice(5)).toEqual([429, 429])
    const limited = await login('root', TEST_PASSWORD, '10.0.0.3')
    expect(limited.statusCode).toBe(429)
    expect(limited.json().code).toBe('RATE_LIMITED')
    // another address is not affected
    expect((await login('root', TEST_PASSWORD, '10.0.0.4')).statusCode).toBe(200)
  })

  it('pauses an account after ten wrong passwords from many addresses, doubling, and never hints at existence', async () => {
    await staffSession(ctx, 'target', [{ role: 'clerk', departmentId: null }])
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const spread = (i: number) => `10.40.${Math.floor(i / 250)}.${(i % 250) + 1}`
    const guess = async (username: string, from: number) => {
      const out: string[] = []
      for (let i = 0; i < 12; i++)
        out.push((await login(username, `guess-${i}`, spread(from + i))).json().code)
      return out
    }
    const known = await guess('target', 0)
    expect(known.slice(0, 10).every((c) => c === 'AUTH_INVALID_CREDENTIALS')).toBe(true)
    expect(known.slice(10)).toEqual(['AUTH_TEMPORARILY_LOCKED', 'AUTH_TEMPORARILY_LOCKED'])
    // an unknown username answers the same, step by step
    expect(await guess('no-such-user', 100)).toEqual(known)
    // even the right password waits for the pause to end
    const paused = await login('target', TEST_PASSWORD, spread(200))
    expect(paused.statusCode).toBe(429)
    ctx.clock.set('2026-03-02T02:01:01.000Z')
    expect((await login('target', TEST_PASSWORD, spread(201))).statusCode).toBe(200)
    // the right password started the count over; the next pause is twice as long
    for (let i = 0; i < 10; i++) await login('target', `again-${i}`, spread(300 + i))
    ctx.clock.set('2026-03-02T02:02:02.000Z')
    expect((await login('target', TEST_PASSWORD, spread(320))).json().code).toBe('AUTH_TEMPORARILY_LOCKED')
    ctx.clock.set('2026-03-02T02:03:02.000Z')
    expect((await login('target', TEST_PASSWORD, spread(321))).statusCode).toBe(200)
    // other accounts are not affected
    expect((await login('root', TEST_PASSWORD, spread(400))).statusCode).toBe(200)
  })

  it('ends the session on sign-out', async () => {
    const cookie = await signIn(ctx.app, 'root', TEST_PASSWORD)
    await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })
    const me = await ctx.app.inject({ url: '/api/v1/me', headers: { cookie } })
    expect(me.json()).toEqual({ kind: 'anonymous' })
  })

  it('expires an idle session by the clock', async () => {
    const cookie = await signIn(ctx.app, 'root', TEST_PASSWORD)
    ctx.clock.advance((ctx.config.sessionIdleMinutes + 1) * 60_000)
    const me = await ctx.app.inject({ url: '/api/v1/me', headers: { cookie } })
    expect(me.json()).toEqual({ kind: 'anonymous' })
    admin = await signIn(ctx.app, 'root', TEST_PASSWORD)
  })

  it('disables an account: its sessions end and it cannot sign in', async () => {
    const cookie = await staffSession(ctx, 'leaver', [{ role: 'clerk', departmentId: null }])
    const users = (
      await ctx.app.inject({ url: '/api/v1/users', headers: { cookie: admin } })
    ).json() as Array<{ id: string; username: string }>
    const leaver = users.find((u) => u.username === 'leaver')!
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/users/${leaver.id}/disable`,
      headers: { cookie: admin },
    })
    expect(res.json()).toMatchObject({ isDisabled: true })
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: { cookie } })).json()).toEqual({
      kind: 'anonymous',
    })
    const again = await login('leaver', TEST_PASSWORD, '10.0.0.9')
    expect(again.statusCode).toBe(403)
    expect(again.json().code).toBe('AUTH_ACCOUNT_DISABLED')
  })

  it('resets a password and ends the old sessions', async () => {
    const cookie = await staffSession(ctx, 'forgetful', [{ role: 'handler', departmentId: null }])
    const users = (
      await ctx.app.inject({ url: '/api/v1/users', headers: { cookie: admin } })
    ).json() as Array<{ id: string; username: string }>
    const id = users.find((u) => u.username === 'forgetful')!.id
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/users/${id}/password`,
      headers: { cookie: admin },
      payload: { password: 'a-brand-new-password' },
    })
    expect(res.statusCode).toBe(200)
    expect((await ctx.app.inject({ url: '/api/v1/me', headers: { cookie } })).json()).toEqual({
      kind: 'anonymous',
    })
    expect((await login('forgetful', 'a-brand-new-password', '10.0.0.8')).statusCode).toBe(200)
  })

  it('keeps a staff mobile number for alerts, shows it masked, refuses a bad one and clears it', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: {
        username: 'duty',
        displayName: '值班',
        password: TEST_PASSWORD,
        grants: [{ role: 'clerk', departmentId: null }],
        phone: '13900001234',
      },
    })
    expect(created.statusCode).toBe(200)
    expect(created.json()).toMatchObject({ username: 'duty', phoneMasked: '139****1234' })
    expect(created.body).not.toContain('13900001234')
    const id = (created.json() as { id: string }).id
    const set = (payload: unknown, cookie = admin) =>
      ctx.app.inject({
        method: 'PUT',
        url: `/api/v1/users/${id}/phone`,
        headers: { cookie },
        payload: payload as object,
      })

    const bad = await set({ phone: '12345' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().code).toBe('VALIDATION_FAILED')
    const clerk = await staffSession(ctx, 'phone-clerk', [{ role: 'clerk', departmentId: null }])
    expect((await set({ phone: '13900005678' }, clerk)).statusCode).toBe(403)
    const stored = () =>
      ctx.container.database.db
        .selectFrom('users')
        .select('phone')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    expect((await stored()).phone).toBe('13900001234')

    expect((await set({ phone: '13900005678' })).json()).toMatchObject({ phoneMasked: '139****5678' })
    expect((await stored()).phone).toBe('13900005678')
    expect((await set({ phone: null })).json()).toMatchObject({ phoneMasked: null })
    expect((await stored()).phone).toBeNull()
  })

  it('answers an unknown user id with USER_NOT_FOUND', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users/nope/disable',
      headers: { cookie: admin },
    })
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('USER_NOT_FOUND')
  })

  it('records sign-ins and failures in the audit log', async () => {
    const { AuditRepository } = await import('../src/modules/audit/audit.repository')
    const rows = await new AuditRepository(ctx.container.database.db).recent(200)
    const actions = new Set(rows.map((r) => r.action))
    expect(actions).toContain('auth.login')
    expect(actions).toContain('auth.login-failed')
    expect(actions).toContain('user.disable')
    // the audit log never holds a password
    expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD)
  })
})
