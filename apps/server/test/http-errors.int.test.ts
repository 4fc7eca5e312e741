import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, staffSession, type TestContext } from './support/test-app'

describe.skipIf(isDbUnavailable())('bad input gets a 4xx with a stable code and changes nothing', () => {
  let ctx: TestContext
  let admin: string
  let clerk: string

  beforeAll(async () => {
    ctx = await createTestContext()
    admin = await staffSession(ctx, 'admin1', [{ role: 'admin', departmentId: null }])
    clerk = await staffSession(ctx, 'clerk1', [{ role: 'clerk', departmentId: null }])
  })
  afterAll(() => ctx.close())

  const userCount = async () =>
    (
      await ctx.container.auth.listUsers({
        kind: 'staff',
        userId: 'x',
        username: 'x',
        displayName: 'x',
        grants: [{ role: 'admin', departmentId: null }],
      })
    ).length

  const post = (payload: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload,
      headers: { 'content-type': 'application/json', cookie: admin, ...headers },
    })

  it.each([
    ['malformed JSON', '{"username": "x",', 400, 'BAD_JSON'],
    ['an empty JSON body', '', 400, 'BAD_JSON'],
    [
      'wrong types',
      JSON.stringify({ username: 42, displayName: [], password: true, grants: 'admin' }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'unknown fields',
      JSON.stringify({
        username: 'newbie',
        displayName: 'N',
        password: 'long-enough-pw',
        grants: [{ role: 'clerk', departmentId: null }],
        isRoot: true,
      }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an unknown role',
      JSON.stringify({
        username: 'newbie',
        displayName: 'N',
        password: 'long-enough-pw',
        grants: [{ role: 'king', departmentId: null }],
      }),
      400,
      'VALIDATION_FAILED',
    ],
    ['an oversized body', JSON.stringify({ username: 'x'.repeat(2_000_000) }), 413, 'PAYLOAD_TOO_LARGE'],
  ])('%s', async (_name, payload, status, code) => {
    const before = await userCount()
    const res = await post(payload)
    expect(res.statusCode).toBe(status)
    expect(res.json()).toMatchObject({ code, message: expect.any(String) })
    expect(await userCount()).toBe(before)
  })

  it('names the offending field in validation errors', async () => {
    const res = await post(
      JSON.stringify({
        username: 'ok-name',
        displayName: 'N',
        password: 'short',
        grants: [{ role: 'clerk', departmentId: null }],
      }),
    )
    expect(res.statusCode).toBe(400)
    expect(res.json().details.issues[0].path).toBe('body.password')
  })

  it('refuses an unsupported content type', async () => {
    const res = await post('<user/>', { 'content-type': 'application/xml' })
    expect(res.statusCode).toBe(415)
    expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE')
  })

  it('refuses the wrong role and nobody at all', async () => {
    const payload = JSON.stringify({
      username: 'sneaky',
      displayName: 'S',
      password: 'long-enough-pw',
      grants: [{ role: 'admin', departmentId: null }],
    })
    const before = await userCount()
    const asClerk = await post(payload, { cookie: clerk })
    expect(asClerk.statusCode).toBe(403)
    expect(asClerk.json().code).toBe('FORBIDDEN')
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload,
      headers: { 'content-type': 'application/json' },
    })
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.json().code).toBe('AUTH_REQUIRED')
    expect(await userCount()).toBe(before)
  })

  it('answers unknown routes with ROUTE_NOT_FOUND', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' })
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('ROUTE_NOT_FOUND')
  })

  it('answers a duplicate username with a conflict', async () => {
    const payload = JSON.stringify({
      username: 'clerk1',
      displayName: 'C',
      password: 'long-enough-pw',
      grants: [{ role: 'clerk', departmentId: null }],
    })
    const res = await post(payload)
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('USER_USERNAME_TAKEN')
  })

  it('hides internals of a 5xx', async () => {
    // a database failure inside a service: the caller learns nothing of it
    const original = ctx.container.auth.listUsers.bind(ctx.container.auth)
    ctx.container.auth.listUsers = async () => {
      throw new Error('secret stack detail: relation "users" password=hunter2')
    }
    try {
      const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin } })
      expect(res.statusCode).toBe(500)
      expect(res.json()).toEqual({ code: 'INTERNAL', message: 'internal error' })
    } finally {
      ctx.container.auth.listUsers = original
    }
  })
})
