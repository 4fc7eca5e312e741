import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  enrolTotp,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from './support/test-app'
import { SmsSendError, type OutgoingSms, type SmsProvider } from '../src/modules/sms/providers/sms-provider'
import type { OutboxProvider } from '../src/modules/sms/providers/outbox-provider'

const PHONE = '13912345678'

describe.skipIf(isDbUnavailable())('SMS outbox and the virtual phone', () => {
  let ctx: TestContext

  beforeAll(async () => {
    ctx = await createTestContext()
  })
  afterAll(() => ctx.close())

  const queueIn = (causeKey: string, body = '您的申请已受理。', recipient = PHONE) =>
    ctx.container.database.db.transaction().execute((tx) =>
      ctx.container.sms.service.queue(tx, {
        causeKey,
        recipient,
        template: 'test',
        body,
        isEssential: true,
      }),
    )
  const statusOf = async (causeKey: string) =>
    (
      await ctx.container.database.db
        .selectFrom('sms_messages')
        .selectAll()
        .where('cause_key', '=', causeKey)
        .executeTakeFirst()
    )?.status

  it('never sends a message whose transaction rolled back', async () => {
    await expect(
      ctx.container.database.db.transaction().execute(async (tx) => {
        await ctx.container.sms.service.queue(tx, {
          causeKey: 'rollback',
          recipient: PHONE,
          template: 't',
          body: 'x',
          isEssential: true,
        })
        throw new Error('the cause failed')
      }),
    ).rejects.toThrow()
    await ctx.container.sms.dispatcher.drain()
    expect(await statusOf('rollback')).toBeUndefined()
  })

  it('queues one message per cause and recipient, signed with the center name', async () => {
    expect(await queueIn('case:1:accepted')).toBe(true)
    expect(await queueIn('case:1:accepted')).toBe(false)
    expect(await queueIn('case:1:accepted', 'x', '13800000001')).toBe(true)
    await ctx.container.sms.dispatcher.drain()
    const row = await ctx.container.database.db
      .selectFrom('sms_messages')
      .selectAll()
      .where('cause_key', '=', 'case:1:accepted')
      .where('recipient', '=', PHONE)
      .executeTakeFirstOrThrow()
    expect(row.status).toBe('delivered')
    expect(row.body).toBe('【乌鲁木齐市政务服务中心】您的申请已受理。')
  })

  it('refuses a recipient that is not a mobile number', async () => {
    await expect(queueIn('bad-number', 'x', '12345')).rejects.toMatchObject({ code: 'SMS_RECIPIENT_INVALID' })
  })

  it('retries a failed send with backoff and delivers it later', async () => {
    const provider = ctx.container.sms.provider as OutboxProvider
    let failures = 2
    provider.failNext = () => (failures-- > 0 ? new Error('provider down') : null)
    await queueIn('retry-me')
    await ctx.container.sms.dispatcher.drain()
    expect(await statusOf('retry-me')).toBe('queued')
    ctx.clock.advance(2_001)
    await ctx.container.sms.dispatcher.drain()
    expect(await statusOf('retry-me')).toBe('queued')
    ctx.clock.advance(4_001)
    await ctx.container.sms.dispatcher.drain()
    expect(await statusOf('retry-me')).toBe('delivered')
    provider.failNext = null
  })

  it('marks a message failed when the provider says retrying cannot help', async () => {
    const provider = ctx.container.sms.provider as OutboxProvider
    provider.failNext = () => new SmsSendError('unknown subscriber', false)
    await queueIn('permanent')
    await ctx.container.sms.dispatcher.drain()
    expect(await statusOf('permanent')).toBe('failed')
    provider.failNext = null
  })

  it('shows each number’s conversation and takes replies on the virtual phone (demo)', async () => {
    const numbers = await ctx.app.inject({ url: '/api/v1/virtual-phone/numbers' })
    expect(numbers.statusCode).toBe(200)
    expect(numbers.json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ phone: PHONE, phoneMasked: '139****5678' })]),
    )
    const reply = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/virtual-phone/numbers/${PHONE}/replies`,
      payload: { body: '１ 很满意' },
    })
    expect(reply.statusCode).toBe(200)
    // a rating reply from a number with nothing to rate gets a helpful answer, never a wrong rating
    expect(reply.json().outcome).toBe('rating-nothing-to-rate')
    const convo = (
      await ctx.app.inject({ url: `/api/v1/virtual-phone/numbers/${PHONE}/messages` })
    ).json() as Array<{ direction: string; body: string }>
    expect(convo).toEqual(
      expect.arrayContaining([expect.objectContaining({ direction: 'in', body: '１ 很满意' })]),
    )
    expect(convo.some((m) => m.direction === 'out' && m.body.includes('已受理'))).toBe(true)
    const bad = await ctx.app.inject({ url: '/api/v1/virtual-phone/numbers/not-a-phone/messages' })
    expect(bad.statusCode).toBe(400)
  })

  it('hands inbound messages to handlers and keeps them', async () => {
    ctx.container.sms.service.addInboundHandler(async (m) =>
      m.body.trim().toUpperCase() === 'TD' ? 'opt-out' : null,
    )
    const r = await ctx.container.sms.service.receive({ sender: PHONE, body: ' td ', provider: 'outbox' })
    expect(r.outcome).toBe('opt-out')
    const row = await ctx.container.database.db
      .selectFrom('sms_inbound')
      .selectAll()
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ sender: PHONE, body: ' td ', outcome: 'opt-out' })
  })
})

describe.skipIf(isDbUnavailable())('SMS delivery through restarts', () => {
  it('sends a committed message after the process that queued it is gone', async () => {
    const first = await createTestContext()
    await first.container.database.db.transaction().execute((tx) =>
      first.container.sms.service.queue(tx, {
        causeKey: 'survivor',
        recipient: PHONE,
        template: 't',
        body: 'x',
        isEssential: true,
      }),
    )
    // the first instance never dispatches (the kill -9 version is in the fault tests); a new one on the same database does
    const second = await createTestContext({ shareWith: first })
    try {
      await second.container.sms.dispatcher.drain()
      const row = await second.container.database.db
        .selectFrom('sms_messages')
        .selectAll()
        .where('cause_key', '=', 'survivor')
        .executeTakeFirstOrThrow()
      expect(row.status).toBe('delivered')
    } finally {
      await second.close()
      await first.close()
    }
  })

  it('resends a submit that was in flight at a crash, marked uncertain, when the provider cannot dedupe', async () => {
    const sent: string[] = []
    const smpp: SmsProvider = {
      name: 'fake-smpp',
      isIdempotent: false,
      isFinalOnSend: false,
      async send(m: OutgoingSms) {
        sent.push(m.id)
        return { providerMessageId: `p-${sent.length}` }
      },
    }
    const ctx = await createTestContext({ smsProvider: smpp })
    try {
      await ctx.container.database.db.transaction().execute((tx) =>
        ctx.container.sms.service.queue(tx, {
          causeKey: 'in-flight',
          recipient: PHONE,
          template: 't',
          body: 'x',
          isEssential: true,
        }),
      )
      // a dispatcher claims it and dies before recording the result
      const now = ctx.clock.now()
      await ctx.container.sms.repo.claim(
        now.toISOString(),
        new Date(now.getTime() + 60_000).toISOString(),
        10,
        true,
      )
      await ctx.container.sms.dispatcher.drain()
      expect(sent).toEqual([])
      ctx.clock.advance(61_000)
      await ctx.container.sms.dispatcher.drain()
      const row = await ctx.container.database.db
        .selectFrom('sms_messages')
        .selectAll()
        .where('cause_key', '=', 'in-flight')
        .executeTakeFirstOrThrow()
      expect(row).toMatchObject({ status: 'sent', is_uncertain: 1, attempts: 2 })
      expect(sent).toHaveLength(1)
      const metrics = await ctx.app.inject('/metrics')
      expect(metrics.body).toMatch(/yimin_sms_uncertain_total 1/)
    } finally {
      await ctx.close()
    }
  })
})

describe.skipIf(isDbUnavailable())('the virtual phone in production', () => {
  it('is off, its channel closed, and turning it on is refused at start', async () => {
    const off = await createTestContext({ env: { YIMIN_MODE: 'production' } })
    try {
      const res = await off.app.inject({ url: '/api/v1/virtual-phone/numbers' })
      expect(res.statusCode).toBe(404)
      expect(res.json().code).toBe('SMS_VIRTUAL_PHONE_DISABLED')
      const admin = await staffSession(off, 'admin', [{ role: 'admin', departmentId: null }])
      await enrolTotp(off, admin) // production: an administrator works only with TOTP
      const asAdmin = await off.app.inject({
        url: '/api/v1/virtual-phone/numbers',
        headers: { cookie: admin },
      })
      expect(asAdmin.statusCode).toBe(404)
      expect((await off.app.inject({ url: '/api/v1/events?channels=virtual-phone' })).statusCode).toBe(403)
    } finally {
      await off.close()
    }
    await expect(
      createTestContext({ env: { YIMIN_MODE: 'production', VIRTUAL_PHONE: 'true' } }),
    ).rejects.toThrow(/VIRTUAL_PHONE/)
  })
})
