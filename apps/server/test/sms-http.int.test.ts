import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from './support/test-app'
import { signSmsRequest, verifySmsRequest } from '../src/modules/sms/http-signature'

const SECRET = 'gateway-shared-secret-0123456789'
const PHONE = '13912345678'

/** A real HTTP SMS gateway on a local port: checks our signature, answers like a gateway would. */
function startGateway() {
  const received: Array<{ body: { id: string; to: string; text: string }; verdict: string }> = []
  let answer: (body: { id: string; to: string; text: string }) => number = () => 200
  const server = http.createServer((req, res) => {
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', (c: string) => (raw += c))
    req.on('end', () => {
      const verdict = verifySmsRequest(
        SECRET,
        {
          timestamp: req.headers['x-yimin-timestamp'] as string | undefined,
          signature: req.headers['x-yimin-signature'] as string | undefined,
          body: raw,
        },
        Date.now(),
        60,
      )
      const body = JSON.parse(raw) as { id: string; to: string; text: string }
      received.push({ body, verdict })
      const status = verdict === 'ok' ? answer(body) : 401
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(
        status === 200
          ? JSON.stringify({ messageId: `G-${received.length}` })
          : JSON.stringify({ error: 'no' }),
      )
    })
  })
  return {
    received,
    setAnswer: (f: typeof answer) => {
      answer = f
    },
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe.skipIf(isDbUnavailable())('SMS over an HTTP gateway (signed both ways)', () => {
  let ctx: TestContext
  const gateway = startGateway()

  beforeAll(async () => {
    const url = await gateway.listen()
    ctx = await createTestContext({
      env: { SMS_PROVIDER: 'http', SMS_HTTP_URL: url, SMS_HTTP_SECRET: SECRET, SMS_MAX_PER_SECOND: '1000' },
    })
  })
  afterAll(async () => {
    await ctx.close()
    await gateway.close()
  })

  const db = () => ctx.container.database.db
  const queue = (causeKey: string, body: string) =>
    db()
      .transaction()
      .execute((tx) =>
        ctx.container.sms.service.queue(tx, {
          causeKey,
          recipient: PHONE,
          template: 'test',
          body,
          isEssential: true,
        }),
      )
  const message = (causeKey: string) =>
    db().selectFrom('sms_messages').selectAll().where('cause_key', '=', causeKey).executeTakeFirstOrThrow()
  /** a callback from the gateway, signed at the server's clock (or as told) */
  const callback = (
    path: string,
    payload: unknown,
    sign: { secret?: string; timestamp?: string; omit?: boolean; raw?: string } = {},
  ) => {
    const body = sign.raw ?? JSON.stringify(payload)
    const timestamp = sign.timestamp ?? String(Math.floor(ctx.clock.now().getTime() / 1000))
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (!sign.omit) {
      headers['x-yimin-timestamp'] = timestamp
      headers['x-yimin-signature'] = signSmsRequest(sign.secret ?? SECRET, timestamp, body)
    }
    return ctx.app.inject({ method: 'POST', url: `/api/v1/sms/http/${path}`, headers, payload: body })
  }

  it('posts each message as signed JSON and records the gateway’s id; a receipt marks it delivered', async () => {
    await queue('h1', '您的申请已受理。')
    await ctx.container.sms.dispatcher.drain()
    expect(gateway.received).toHaveLength(1)
    expect(gateway.received[0]).toMatchObject({
      verdict: 'ok',
      body: { to: PHONE, text: '【乌鲁木齐市政务服务中心】您的申请已受理。' },
    })
    const sent = await message('h1')
    expect(sent).toMatchObject({ status: 'sent', provider: 'http', provider_message_id: 'G-1' })
    expect(gateway.received[0]!.body.id).toBe(sent.id)

    const res = await callback('receipts', { messageId: 'G-1', stat: 'DELIVRD' })
    expect(res.statusCode).toBe(200)
    expect((await message('h1')).status).toBe('delivered')
  })

  it('retries when the gateway is unavailable and fails for good when it refuses the message', async () => {
    gateway.setAnswer((b) => (b.text.includes('稍后') ? 503 : b.text.includes('拒绝') ? 400 : 200))
    await queue('h-later', '稍后再试')
    await queue('h-refused', '拒绝这条')
    await ctx.container.sms.dispatcher.drain()
    expect(await message('h-later')).toMatchObject({ status: 'queued', attempts: 1 })
    expect(await message('h-refused')).toMatchObject({ status: 'failed' })
    gateway.setAnswer(() => 200)
    ctx.clock.advance(2_001)
    await ctx.container.sms.dispatcher.drain()
    expect((await message('h-later')).status).toBe('sent')
  })

  it('takes a signed reply from a phone into sms_inbound and the handlers', async () => {
    const res = await callback('inbound', { from: `+86${PHONE}`, text: '２ 服务很好' })
    expect(res.statusCode).toBe(200)
    const row = await db()
      .selectFrom('sms_inbound')
      .selectAll()
      .where('sender', '=', PHONE)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ body: '２ 服务很好', provider: 'http' })
    expect(row.outcome).not.toBeNull()
  })

  it('refuses a missing, wrong, stale or other-secret signature with 401 and stores nothing', async () => {
    const before = (await db().selectFrom('sms_inbound').select('id').execute()).length
    const payload = { from: PHONE, text: '伪造的回复' }
    const cases = [
      await callback('inbound', payload, { omit: true }),
      await callback('inbound', payload, { secret: 'not-the-gateway-secret-at-all' }),
      await callback('inbound', payload, {
        timestamp: String(Math.floor(ctx.clock.now().getTime() / 1000) - 301),
      }),
      await callback(
        'receipts',
        { messageId: 'G-1', stat: 'UNDELIV' },
        { secret: 'not-the-gateway-secret-at-all' },
      ),
    ]
    for (const res of cases) {
      expect(res.statusCode).toBe(401)
      expect(res.json().code).toBe('SMS_SIGNATURE_INVALID')
    }
    // a body changed after signing
    const timestamp = String(Math.floor(ctx.clock.now().getTime() / 1000))
    const tampered = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/sms/http/inbound',
      headers: {
        'content-type': 'application/json',
        'x-yimin-timestamp': timestamp,
        'x-yimin-signature': signSmsRequest(SECRET, timestamp, JSON.stringify(payload)),
      },
      payload: JSON.stringify({ ...payload, text: '改过的' }),
    })
    expect(tampered.statusCode).toBe(401)
    expect((await db().selectFrom('sms_inbound').select('id').execute()).length).toBe(before)
    expect((await message('h1')).status).toBe('delivered')
  })

  it('answers a signed but malformed callback with 400', async () => {
    expect((await callback('inbound', null, { raw: '{"from": "139' })).statusCode).toBe(400)
    expect((await callback('inbound', { from: PHONE, text: 'x', extra: 1 })).json().code).toBe(
      'VALIDATION_FAILED',
    )
    expect((await callback('receipts', { messageId: 'G-1', stat: 'MAYBE' })).statusCode).toBe(400)
  })
})
