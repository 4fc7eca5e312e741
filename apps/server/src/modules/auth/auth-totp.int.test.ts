import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  TEST_PASSWORD,
  type TestContext,
} from '../../../test/support/test-app'
import { base32Decode, totp } from './totp'

type Method = 'GET' | 'POST'

/** Helpers over one test context: calls, sign-in steps, enrolment with the secret the page shows. */
function driver(ctx: () => TestContext) {
  let address = 0
  const call = (method: Method, url: string, cookie?: string, payload?: object) =>
    ctx().app.inject({
      method,
      url: `/api/v1${url}`,
      ...(cookie ? { headers: { cookie } } : {}),
      ...(payload ? { payload } : {}),
      // each sign-in from its own address: the per-address limit is not what is tested here
      remoteAddress: `10.77.0.${(address++ % 250) + 1}`,
    })
  const cookieOf = (res: Awaited<ReturnType<typeof call>>) => {
    const c = res.cookies.find((k) => k.name === 'yimin_session')
    return c ? `yimin_session=${c.value}` : undefined
  }
  /** the code an authenticator app shows now, for a Base32 secret */
  const codeNow = (secret: string) => totp(base32Decode(secret), ctx().clock.now().getTime())
  /** the next time step: a code once used is refused, so each sign-in waits for a fresh one */
  const nextStep = () => ctx().clock.advance(30_000)
  async function enrol(cookie: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    const started = await call('POST', '/auth/totp/enrol', cookie)
    expect(started.statusCode).toBe(200)
    const { secret } = started.json() as { secret: string }
    const confirmed = await call('POST', '/auth/totp/confirm', cookie, { code: codeNow(secret) })
    expect(confirmed.statusCode).toBe(200)
    nextStep()
    return { secret, recoveryCodes: confirmed.json().recoveryCodes }
  }
  const password = (username: string) =>
    call('POST', '/auth/login', undefined, { username, password: TEST_PASSWORD })
  const code = (pendingToken: string, value: string) =>
    call('POST', '/auth/login/totp', undefined, { pendingToken, code: value })
  const auditActions = async (action: string) =>
    (
      await ctx()
        .container.database.db.selectFrom('audit_log')
        .select(['action', 'subject'])
        .where('action', '=', action)
        .execute()
    ).map((r) => r.subject)
  return { call, cookieOf, codeNow, nextStep, enrol, password, code, auditActions }
}

describe.skipIf(isDbUnavailable())('staff TOTP second factor (demo mode)', () => {
  let ctx: TestContext
  const d = driver(() => ctx)
  let admin: string

  beforeAll(async () => {
    ctx = await createTestContext({ env: { LOGIN_MAX_FAILURES: '4', LOGIN_BACKOFF_SECONDS: '60' } })
    admin = await staffSession(ctx, 'totp-admin', [{ role: 'admin', departmentId: null }])
  })
  afterAll(() => ctx.close())
  const userId = async (username: string) =>
    (
      await ctx.container.database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirst()
    )?.id

  it('enrols: a secret shown as text, otpauth URI and QR code, sealed at rest, on only after a first code', async () => {
    const user = await staffSession(ctx, 'totp-enrol', [{ role: 'clerk', departmentId: null }])
    expect((await d.call('GET', '/auth/totp', user)).json()).toEqual({
      enabled: false,
      pending: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
      required: false,
    })
    const started = (await d.call('POST', '/auth/totp/enrol', user)).json()
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(started.uri).toBe(
      `otpauth://totp/${encodeURIComponent(`${ctx.config.centerName}:totp-enrol`)}?secret=${started.secret}&issuer=${encodeURIComponent(ctx.config.centerName)}&algorithm=SHA1&digits=6&period=30`,
    )
    expect(started.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
    // the secret is stored sealed: neither its Base32 nor its bytes appear in the row
    const row = await ctx.container.database.db.selectFrom('staff_totp').selectAll().executeTakeFirstOrThrow()
    expect(row.secret).not.toContain(started.secret)
    expect(row.secret).not.toContain(base32Decode(started.secret).toString('hex'))
    expect(row.secret).toMatch(/^v1\./)
    expect(row.enabled_at).toBeNull()
    // not on yet: sign-in needs only the password
    expect((await d.password('totp-enrol')).json().kind).toBe('staff')

    const wrong = await d.call('POST', '/auth/totp/confirm', user, { code: '000000' })
    expect([wrong.statusCode, wrong.json().code]).toEqual([400, 'TOTP_INVALID_CODE'])
    const ok = await d.call('POST', '/auth/totp/confirm', user, { code: d.codeNow(started.secret) })
    const codes = ok.json().recoveryCodes as string[]
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    // stored hashed, never as typed
    const stored = await ctx.container.database.db
      .selectFrom('staff_totp')
      .selectAll()
      .executeTakeFirstOrThrow()
    for (const c of codes) expect(stored.recovery_codes).not.toContain(c)
    expect((await d.call('GET', '/auth/totp', user)).json()).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    })
    expect((await d.call('POST', '/auth/totp/enrol', user)).json().code).toBe('TOTP_ALREADY_ENABLED')
    expect(await d.auditActions('auth.totp-enrol')).toContain(`user:${(await userId('totp-enrol'))!}`)
  })

  it('signs in in two steps: password, then a code; a used code or a wrong one is refused', async () => {
    const cookie = await staffSession(ctx, 'totp-two-step', [{ role: 'handler', departmentId: null }])
    const { secret } = await d.enrol(cookie)
    const first = await d.password('totp-two-step')
    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ kind: 'totp-required', pendingToken: expect.any(String) })
    expect(d.cookieOf(first)).toBeUndefined() // no session before the code
    const { pendingToken } = first.json()
    // the pending token is no session
    expect((await d.call('GET', '/me', `yimin_session=${pendingToken}`)).json()).toEqual({
      kind: 'anonymous',
    })

    const wrong = await d.code(pendingToken, '000000')
    expect([wrong.statusCode, wrong.json().code]).toEqual([401, 'AUTH_TOTP_INVALID'])
    const now = d.codeNow(secret)
    const ok = await d.code(pendingToken, now)
    expect(ok.json()).toMatchObject({ kind: 'staff', username: 'totp-two-step' })
    const session = d.cookieOf(ok)!
    expect((await d.call('GET', '/me', session)).json().kind).toBe('staff')
    // the pending token is spent, and the same code cannot sign in again (even within its 30 s)
    expect((await d.code(pendingToken, now)).json().code).toBe('AUTH_TOTP_PENDING_INVALID')
    const again = (await d.password('totp-two-step')).json().pendingToken
    expect((await d.code(again, now)).json().code).toBe('AUTH_TOTP_INVALID')
    // the next step's code (a phone a little ahead) is accepted once
    d.nextStep()
    expect((await d.code(again, d.codeNow(secret))).statusCode).toBe(200)
    // a pending token expires after five minutes
    const late = (await d.password('totp-two-step')).json().pendingToken
    ctx.clock.advance(5 * 60_000 + 1000)
    expect((await d.code(late, d.codeNow(secret))).json().code).toBe('AUTH_TOTP_PENDING_INVALID')
  })

  it('counts wrong codes toward the account backoff (password right, codes guessed)', async () => {
    const cookie = await staffSession(ctx, 'totp-guessed', [{ role: 'clerk', departmentId: null }])
    const { secret } = await d.enrol(cookie)
    const { pendingToken } = (await d.password('totp-guessed')).json() // attempt 1 (a right password does not reset)
    for (let i = 0; i < 3; i++)
      expect((await d.code(pendingToken, '111111')).json().code).toBe('AUTH_TOTP_INVALID')
    // four attempts in a row without a sign-in: paused, even for the right code
    const paused = await d.code(pendingToken, d.codeNow(secret))
    expect([paused.statusCode, paused.json().code]).toEqual([429, 'AUTH_TEMPORARILY_LOCKED'])
    expect((await d.password('totp-guessed')).json().code).toBe('AUTH_TEMPORARILY_LOCKED')
    const id = await userId('totp-guessed')
    expect((await d.auditActions('auth.totp-failed')).filter((s) => s === `user:${id}`)).toHaveLength(3)
    ctx.clock.advance(61_000)
    const fresh = (await d.password('totp-guessed')).json().pendingToken
    expect((await d.code(fresh, d.codeNow(secret))).statusCode).toBe(200)
  })

  it('takes a recovery code once, audited', async () => {
    const cookie = await staffSession(ctx, 'totp-recovery', [{ role: 'clerk', departmentId: null }])
    const { recoveryCodes } = await d.enrol(cookie)
    const first = (await d.password('totp-recovery')).json().pendingToken
    // typed in capitals with spaces: still the code
    const typed = recoveryCodes[3]!.toUpperCase().replace(/-/g, ' ')
    const ok = await d.code(first, typed)
    expect(ok.statusCode).toBe(200)
    const second = (await d.password('totp-recovery')).json().pendingToken
    expect((await d.code(second, recoveryCodes[3]!)).json().code).toBe('AUTH_TOTP_INVALID')
    expect((await d.code(second, recoveryCodes[4]!)).statusCode).toBe(200)
    expect((await d.call('GET', '/auth/totp', d.cookieOf(ok)!)).json().recoveryCodesLeft).toBe(8)
    const id = await userId('totp-recovery')
    expect(await d.auditActions('auth.totp-recovery-used')).toEqual([`user:${id}`, `user:${id}`])
  })

  it('is turned off by its holder with a code, or by an administrator for another account', async () => {
    const own = await staffSession(ctx, 'totp-off', [{ role: 'clerk', departmentId: null }])
    const { secret } = await d.enrol(own)
    expect((await d.call('POST', '/auth/totp/disable', own, { code: '123456' })).json().code).toBe(
      'TOTP_INVALID_CODE',
    )
    expect((await d.call('POST', '/auth/totp/disable', own, { code: d.codeNow(secret) })).statusCode).toBe(
      200,
    )
    expect((await d.password('totp-off')).json().kind).toBe('staff')
    expect((await d.call('POST', '/auth/totp/disable', own, { code: '123456' })).json().code).toBe(
      'TOTP_NOT_ENABLED',
    )

    const lost = await staffSession(ctx, 'totp-lost-phone', [{ role: 'clerk', departmentId: null }])
    await d.enrol(lost)
    const id = (await userId('totp-lost-phone'))!
    const users = (await d.call('GET', '/users', admin)).json() as Array<{ id: string; totpEnabled: boolean }>
    expect(users.find((u) => u.id === id)?.totpEnabled).toBe(true)
    // a clerk may not; the administrator may not reset their own this way; unknown ids are 404
    expect((await d.call('POST', `/users/${id}/totp/reset`, own)).statusCode).toBe(403)
    const adminId = (await userId('totp-admin'))!
    expect((await d.call('POST', `/users/${adminId}/totp/reset`, admin)).json().code).toBe(
      'TOTP_RESET_OWN_ACCOUNT',
    )
    expect((await d.call('POST', '/users/no-such-user/totp/reset', admin)).json().code).toBe('USER_NOT_FOUND')
    expect((await d.call('POST', `/users/${id}/totp/reset`, admin)).statusCode).toBe(200)
    expect(await d.auditActions('user.totp-reset')).toEqual([`user:${id}`])
    expect(await d.auditActions('auth.totp-disable')).toEqual([`user:${(await userId('totp-off'))!}`])
    // its sessions ended; it signs in with the password alone again
    expect((await d.call('GET', '/me', lost)).json().kind).toBe('anonymous')
    expect((await d.password('totp-lost-phone')).json().kind).toBe('staff')
    expect((await d.call('POST', `/users/${id}/totp/reset`, admin)).json().code).toBe('TOTP_NOT_ENABLED')
  })

  it('refuses bad input with a clear 400 and changes nothing', async () => {
    const cookie = await staffSession(ctx, 'totp-bad-input', [{ role: 'clerk', departmentId: null }])
    expect((await d.call('POST', '/auth/totp/confirm', cookie, { code: '123456' })).json().code).toBe(
      'TOTP_NOT_PENDING',
    )
    await d.call('POST', '/auth/totp/enrol', cookie)
    for (const body of [{}, { code: 12 }, { code: '1' }, { code: '123456', extra: 1 }]) {
      const res = await d.call('POST', '/auth/totp/confirm', cookie, body)
      expect([res.statusCode, res.json().code]).toEqual([400, 'VALIDATION_FAILED'])
    }
    expect((await d.call('POST', '/auth/login/totp', undefined, { pendingToken: 'x' })).statusCode).toBe(400)
    expect((await d.call('POST', '/auth/totp/enrol')).statusCode).toBe(401)
    const id = await userId('totp-bad-input')
    // the enrolment stays pending: nothing was switched on
    const row = await ctx.container.database.db
      .selectFrom('staff_totp')
      .selectAll()
      .where('user_id', '=', id!)
      .executeTakeFirstOrThrow()
    expect([row.enabled_at, row.recovery_codes]).toEqual([null, '[]'])
  })

  it('demo mode requires it of nobody: an administrator without TOTP works as before', async () => {
    expect((await d.call('GET', '/auth/totp', admin)).json()).toMatchObject({
      enabled: false,
      required: false,
    })
    expect((await d.call('GET', '/users', admin)).statusCode).toBe(200)
    expect((await d.call('GET', '/me', admin)).json().totpEnrolmentRequired).toBeUndefined()
  })
})

describe.skipIf(isDbUnavailable())('staff TOTP in production mode', () => {
  let ctx: TestContext
  const d = driver(() => ctx)

  beforeAll(async () => {
    ctx = await createTestContext({ env: { YIMIN_MODE: 'production' } })
  })
  afterAll(() => ctx.close())

  it('lets an administrator or supervisor without TOTP do nothing but enrol', async () => {
    for (const [username, role] of [
      ['prod-admin', 'admin'],
      ['prod-supervisor', 'supervisor'],
    ] as const) {
      const cookie = await staffSession(ctx, username, [{ role, departmentId: null }])
      const me = (await d.call('GET', '/me', cookie)).json()
      expect(me).toMatchObject({ kind: 'staff', username, totpEnrolmentRequired: true })
      for (const url of ['/users', '/supervision/seal']) {
        const refused = await d.call('GET', url, cookie)
        expect([url, refused.statusCode, refused.json().code]).toEqual([url, 403, 'TOTP_ENROLMENT_REQUIRED'])
      }
      expect((await d.call('GET', '/auth/totp', cookie)).json()).toMatchObject({
        required: true,
        enabled: false,
      })
      await d.enrol(cookie)
      expect((await d.call('GET', '/me', cookie)).json().totpEnrolmentRequired).toBeUndefined()
      const next = (await d.call('GET', role === 'admin' ? '/users' : '/supervision/seal', cookie)).statusCode
      expect(next).toBe(200)
      // from now on the password alone is not enough
      expect((await d.password(username)).json().kind).toBe('totp-required')
    }
  })

  it('the sign-in answer itself says enrolment is required; other roles are not asked', async () => {
    await ctx.container.auth.createUser('system', {
      username: 'prod-new-admin',
      displayName: 'x',
      password: TEST_PASSWORD,
      grants: [{ role: 'admin', departmentId: null }],
    })
    expect((await d.password('prod-new-admin')).json()).toMatchObject({
      kind: 'staff',
      totpEnrolmentRequired: true,
    })
    const clerk = await staffSession(ctx, 'prod-clerk', [{ role: 'clerk', departmentId: null }])
    expect((await d.call('GET', '/me', clerk)).json().totpEnrolmentRequired).toBeUndefined()
    expect((await d.call('GET', '/auth/totp', clerk)).json().required).toBe(false)
  })

  it('an administrator cannot get around it by disabling TOTP (then it is required again)', async () => {
    const cookie = await staffSession(ctx, 'prod-admin-2', [{ role: 'admin', departmentId: null }])
    const { secret } = await d.enrol(cookie)
    const pending = (await d.password('prod-admin-2')).json().pendingToken
    const session = d.cookieOf(await d.code(pending, d.codeNow(secret)))!
    d.nextStep()
    expect(
      (await d.call('POST', '/auth/totp/disable', session, { code: d.codeNow(secret) })).statusCode,
    ).toBe(200)
    expect((await d.call('GET', '/users', session)).json().code).toBe('TOTP_ENROLMENT_REQUIRED')
  })
})
