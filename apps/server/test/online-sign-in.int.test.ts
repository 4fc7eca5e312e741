import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { residentId } from '../src/modules/cases/test-fixtures'
import { citizenSession, latestCode, nextAddress } from '../src/modules/online/test-fixtures'
import { createTestContext, isDbUnavailable, staffSession, type TestContext } from './support/test-app'

describe.skipIf(isDbUnavailable())('citizen sign-in with a one-time SMS code', () => {
  let ctx: TestContext
  const post = (url: string, payload: object, remoteAddress: string, cookie?: string) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      payload,
      remoteAddress,
      ...(cookie ? { headers: { cookie } } : {}),
    })
  const get = (url: string, cookie: string) =>
    ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie } })

  beforeAll(async () => {
    ctx = await createTestContext()
  })
  afterAll(() => ctx.close())

  it('sends a code through the outbox, signs in once with it, and keeps the code hashed', async () => {
    const ip = nextAddress()
    const sent = await post('/citizen/otp', { phone: '13900000001' }, ip)
    expect(sent.statusCode).toBe(200)
    expect(sent.json()).toMatchObject({ phoneMasked: '139****0001', resendAfterSeconds: 60 })
    const code = await latestCode(ctx, '13900000001')
    const sms = await ctx.container.database.db
      .selectFrom('sms_messages')
      .select(['is_essential', 'template'])
      .where('recipient', '=', '13900000001')
      .executeTakeFirstOrThrow()
    expect(sms).toEqual({ is_essential: 1, template: 'auth.otp' })
    // at rest only a hash
    const stored = await ctx.container.database.db
      .selectFrom('citizen_otps')
      .selectAll()
      .where('phone', '=', '13900000001')
      .execute()
    expect(stored).toHaveLength(1)
    expect(JSON.stringify(stored)).not.toContain(code)

    const signedIn = await post(
      '/citizen/sign-in',
      { phone: '13900000001', code, idNumber: residentId('19850505', '021') },
      ip,
    )
    expect(signedIn.statusCode).toBe(200)
    expect(signedIn.json()).toMatchObject({
      phoneMasked: '139****0001',
      idNumberMasked: expect.stringMatching(/^650\*+\d{3}[0-9X]$/),
    })
    const cookie = signedIn.cookies.find((c) => c.name === 'yimin_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
    const session = `yimin_session=${cookie!.value}`
    expect((await get('/citizen/me', session)).json()).toMatchObject({ phoneMasked: '139****0001' })
    expect((await get('/me', session)).json()).toMatchObject({ kind: 'citizen', phoneMasked: '139****0001' })

    // single use
    const again = await post('/citizen/sign-in', { phone: '13900000001', code }, nextAddress())
    expect(again.statusCode).toBe(401)
    expect(again.json().code).toBe('CITIZEN_OTP_INVALID')

    // sign-out ends the session
    expect((await post('/citizen/sign-out', {}, ip, session)).statusCode).toBe(200)
    const after = await get('/citizen/me', session)
    expect(after.statusCode).toBe(401)
    expect(after.json().code).toBe('AUTH_REQUIRED')
  })

  it('lets a code expire after five minutes, and sessions expire when idle', async () => {
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const ip = nextAddress()
    await post('/citizen/otp', { phone: '13900000002' }, ip)
    const code = await latestCode(ctx, '13900000002')
    ctx.clock.set('2026-03-02T02:05:01.000Z')
    const late = await post('/citizen/sign-in', { phone: '13900000002', code }, ip)
    expect(late.json().code).toBe('CITIZEN_OTP_INVALID')

    const session = await citizenSession(ctx, '13900000002')
    expect((await get('/citizen/me', session)).statusCode).toBe(200)
    ctx.clock.set(
      new Date(ctx.clock.now().getTime() + (ctx.config.sessionIdleMinutes + 1) * 60_000).toISOString(),
    )
    expect((await get('/citizen/me', session)).statusCode).toBe(401)
    ctx.clock.set('2026-03-02T02:00:00.000Z')
  })

  it('burns a code after five wrong tries (brute force stops)', async () => {
    const ip = nextAddress()
    await post('/citizen/otp', { phone: '13900000003' }, ip)
    const code = await latestCode(ctx, '13900000003')
    const wrong = code === '000000' ? '111111' : '000000'
    const answers: string[] = []
    for (let i = 0; i < 5; i++)
      answers.push((await post('/citizen/sign-in', { phone: '13900000003', code: wrong }, ip)).json().code)
    expect(answers).toEqual(Array(5).fill('CITIZEN_OTP_INVALID'))
    // the right code no longer works
    const right = await post('/citizen/sign-in', { phone: '13900000003', code }, ip)
    expect(right.statusCode).toBe(401)
    expect(right.json()).toMatchObject({ code: 'CITIZEN_OTP_INVALID', details: { isBurned: true } })
    expect(
      await ctx.container.database.db
        .selectFrom('sessions')
        .select('id')
        .where('kind', '=', 'citizen')
        .where('ip', '=', ip)
        .execute(),
    ).toEqual([])
  })

  it('limits codes per phone and per address with stable 429 codes', async () => {
    ctx.clock.set('2026-03-02T03:00:00.000Z')
    const ip = nextAddress()
    expect((await post('/citizen/otp', { phone: '13900000004' }, ip)).statusCode).toBe(200)
    const soon = await post('/citizen/otp', { phone: '13900000004' }, nextAddress())
    expect(soon.statusCode).toBe(429)
    expect(soon.json()).toMatchObject({
      code: 'CITIZEN_OTP_PHONE_RATE_LIMITED',
      details: { retryAfterSeconds: 60 },
    })
    expect(soon.headers['retry-after']).toBeDefined()

    // one address asking codes for many phones
    const greedy = nextAddress()
    const codes: number[] = []
    for (let i = 0; i < 21; i++)
      codes.push(
        (await post('/citizen/otp', { phone: `1370000${String(i).padStart(4, '0')}` }, greedy)).statusCode,
      )
    expect(codes.slice(0, 20).every((c) => c === 200)).toBe(true)
    const refused = await post('/citizen/otp', { phone: '13799999999' }, greedy)
    expect(refused.statusCode).toBe(429)
    expect(refused.json().code).toBe('CITIZEN_OTP_IP_RATE_LIMITED')
    // an hour later the address may ask again
    ctx.clock.set('2026-03-02T04:00:01.000Z')
    expect((await post('/citizen/otp', { phone: '13799999999' }, greedy)).statusCode).toBe(200)
    ctx.clock.set('2026-03-02T02:00:00.000Z')
  })

  it('binds the resident ID once and refuses another one', async () => {
    const session = await citizenSession(ctx, '13900000005')
    const put = (payload: object) =>
      ctx.app.inject({ method: 'PUT', url: '/api/v1/citizen/me', payload, headers: { cookie: session } })
    expect((await put({ idNumber: '650105198001011234' })).json().code).toBe('VALIDATION_FAILED')
    expect((await put({ name: '艾力', idNumber: residentId('19900101', '017') })).json()).toMatchObject({
      name: '艾力',
      idNumberMasked: expect.any(String),
    })
    const other = await put({ idNumber: residentId('19900101', '035') })
    expect(other.statusCode).toBe(409)
    expect(other.json().code).toBe('CITIZEN_ID_MISMATCH')
  })

  it('does not give citizens staff powers, nor staff the citizen pages', async () => {
    const session = await citizenSession(ctx, '13900000006')
    const staffOnly = await get('/cases/intake-queue', session)
    expect(staffOnly.statusCode).toBeGreaterThanOrEqual(400)
    expect(staffOnly.statusCode).toBeLessThan(500)
    const admin = await staffSession(ctx, 'online-admin', [{ role: 'admin', departmentId: null }])
    const me = await get('/citizen/me', admin)
    expect(me.statusCode).toBe(401)
    expect(me.json().code).toBe('AUTH_REQUIRED')
  })
})
