import { Writable } from 'node:stream'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { redactPaths, type Logger } from '../src/platform/logger'
import { createTestContext, isDbUnavailable, type TestContext } from './support/test-app'

/** A logger at `info` like production's, whose lines the test reads. */
function capturingLogger(): { log: Logger; lines: () => Array<Record<string, unknown>> } {
  const out: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out.push(...chunk.toString().split('\n').filter(Boolean))
      done()
    },
  })
  const log = pino({ level: 'info', redact: { paths: redactPaths, censor: '[redacted]' } }, stream)
  return { log, lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) }
}

describe.skipIf(isDbUnavailable())('request logging', () => {
  let ctx: TestContext
  const capture = capturingLogger()
  beforeAll(async () => {
    ctx = await createTestContext({ log: capture.log })
  })
  afterAll(() => ctx.close())

  it('writes one line per request at info: method, url, route, status, time', async () => {
    const before = capture.lines().length
    const res = await ctx.app.inject({ method: 'GET', url: '/healthz' })
    expect(res.statusCode).toBe(200)
    const lines = capture.lines().slice(before)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'GET',
      url: '/healthz',
      route: '/healthz',
      status: 200,
    })
    expect(typeof lines[0]?.ms).toBe('number')
  })

  it('never logs a body or a query value, also on a refused request', async () => {
    const before = capture.lines().length
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login?factor=1234',
      payload: { username: 'someone-secret', password: 'not-the-password-9' },
      remoteAddress: '10.99.0.1',
    })
    expect(res.statusCode).toBe(401)
    const lines = capture.lines().slice(before)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'POST',
      url: '/api/v1/auth/login?factor=[redacted]',
      status: 401,
      code: 'AUTH_INVALID_CREDENTIALS',
    })
    const written = JSON.stringify(capture.lines().slice(before))
    expect(written).not.toContain('someone-secret')
    expect(written).not.toContain('not-the-password-9')
    expect(written).not.toContain('1234')
  })

  it('writes one line for an unknown route too', async () => {
    const before = capture.lines().length
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' })
    expect(res.statusCode).toBe(404)
    const lines = capture.lines().slice(before)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ level: 30, msg: 'request', url: '/api/v1/no-such-thing', status: 404 })
  })

  it('redacts a phone number in the path', async () => {
    const before = capture.lines().length
    await ctx.app.inject({ method: 'GET', url: '/api/v1/virtual-phone/numbers/13912345678/messages' })
    const lines = capture.lines().slice(before)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      url: '/api/v1/virtual-phone/numbers/[redacted]/messages',
      route: '/api/v1/virtual-phone/numbers/:phone/messages',
    })
    expect(JSON.stringify(lines)).not.toContain('13912345678')
  })

  it('serves the center configuration the web app starts with', async () => {
    const res = await ctx.app.inject('/api/v1/center')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ timeZone: ctx.config.timeZone })
    expect(res.headers['cache-control']).toBe('no-cache')
  })
})
