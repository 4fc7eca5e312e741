import { afterEach, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from './support/test-app'
import { waitUntil } from './support/server-process'
import { SmppProvider } from '../src/modules/sms/providers/smpp-provider'
import { createLogger } from '../src/platform/logger'
import { TestSmsc, type TestSmscOptions } from './fault/sms-test-smsc'
import { applicant, residentId, seedCaseFixtures } from '../src/modules/cases/test-fixtures'

const PHONE = '13912345678'
const LONG_NOTICE =
  '您好，您于3月2日在乌鲁木齐市政务服务中心出入境窗口申请的普通护照已审批通过，证件已制作完成，请于十五个工作日内携带本人身份证原件及受理回执到二楼5号窗口领取，逾期未领将退回制证中心。'

describe.skipIf(isDbUnavailable())('SMS over SMPP (the smpp package’s server as the SMSC)', () => {
  let ctx: TestContext | null = null
  let smsc: TestSmsc | null = null
  let provider: SmppProvider | null = null

  afterEach(async () => {
    await provider?.stop()
    await ctx?.close()
    await smsc?.stop()
    ctx = null
    smsc = null
    provider = null
  })

  const setup = async (smscOptions: TestSmscOptions = {}, window = 10) => {
    smsc = new TestSmsc(smscOptions)
    const port = await smsc.start()
    provider = new SmppProvider(
      {
        host: '127.0.0.1',
        port,
        systemId: 'yimin',
        password: 'secret',
        sourceAddr: '10690000',
        window,
        reconnectMinMs: 50,
        reconnectMaxMs: 400,
        enquireLinkMs: 1000,
      },
      createLogger('silent'),
    )
    ctx = await createTestContext({
      smsProvider: provider,
      env: { SMS_MAX_PER_SECOND: '1000', SESSION_IDLE_MINUTES: String(30 * 24 * 60) },
    })
    await provider.start()
    await waitUntil(async () => provider!.isReady(), 5000, 'the bind')
    return { ctx, smsc, provider }
  }

  const queue = (c: TestContext, causeKey: string, body: string, recipient = PHONE) =>
    c.container.database.db
      .transaction()
      .execute((tx) =>
        c.container.sms.service.queue(tx, { causeKey, recipient, template: 'test', body, isEssential: true }),
      )
  const message = (c: TestContext, causeKey: string) =>
    c.container.database.db
      .selectFrom('sms_messages')
      .selectAll()
      .where('cause_key', '=', causeKey)
      .executeTakeFirstOrThrow()
  const statusBecomes = (c: TestContext, causeKey: string, status: string) =>
    waitUntil(
      async () => ((await message(c, causeKey)).status === status ? true : null),
      5000,
      `${causeKey} to be ${status}`,
    )

  it('sends a long Chinese notice as concatenated UCS-2 parts that reassemble, and a receipt per part marks it delivered', async () => {
    const { ctx, smsc } = await setup()
    expect(smsc.binds).toBe(1)
    await queue(ctx, 'case:1:ready', LONG_NOTICE)
    await ctx.container.sms.dispatcher.drain()
    const body = (await message(ctx, 'case:1:ready')).body
    expect(body.length).toBeGreaterThan(70)
    const parts = smsc.submits.filter((s) => s.to === PHONE)
    const count = Math.ceil(body.length / 67)
    expect(count).toBeGreaterThan(1)
    expect(parts).toHaveLength(count)
    for (const [i, part] of parts.entries()) {
      expect(part.dataCoding).toBe(8)
      expect(part.esmClass & 0x40).toBe(0x40)
      const udh = part.udh?.find((e) => e[0] === 0x00)
      expect(udh && [...udh]).toEqual([0x00, 0x03, udh?.[2], count, i + 1])
      expect(part.text.length).toBeLessThanOrEqual(67)
    }
    expect(smsc.messages).toEqual([{ to: PHONE, text: body }])
    await statusBecomes(ctx, 'case:1:ready', 'delivered')
    const stored = await ctx.container.database.db
      .selectFrom('sms_parts')
      .selectAll()
      .where('message_id', '=', (await message(ctx, 'case:1:ready')).id)
      .execute()
    expect(stored.map((p) => p.part_no).sort()).toEqual(Array.from({ length: count }, (_, i) => i + 1))
  })

  it('sends a short notice as one UCS-2 part without a header', async () => {
    const { ctx, smsc } = await setup()
    await queue(ctx, 'short', '您的申请已受理。')
    await ctx.container.sms.dispatcher.drain()
    expect(smsc.submits).toHaveLength(1)
    expect(smsc.submits[0]).toMatchObject({
      esmClass: 0,
      dataCoding: 8,
      text: '【乌鲁木齐市政务服务中心】您的申请已受理。',
    })
    await statusBecomes(ctx, 'short', 'delivered')
  })

  it('marks a message failed when a part’s receipt says undeliverable, and applies a receipt that overtakes the submit response', async () => {
    const { ctx } = await setup({
      receiptFirst: true,
      receipts: (s) => (s.to === '13700000000' ? 'UNDELIV' : 'DELIVRD'),
    })
    await queue(ctx, 'overtaken', LONG_NOTICE)
    await queue(ctx, 'undeliverable', '您好', '13700000000')
    await ctx.container.sms.dispatcher.drain()
    await statusBecomes(ctx, 'overtaken', 'delivered')
    await statusBecomes(ctx, 'undeliverable', 'failed')
    expect((await message(ctx, 'undeliverable')).last_error).toBe('receipt UNDELIV')
  })

  it('keeps an inbound reply with its decoded text and hands it to the inbound handlers; reassembles a concatenated one', async () => {
    const { ctx, smsc } = await setup()
    smsc.sendInbound(`86${PHONE}`, '２ 服务很好')
    const row = await waitUntil(
      () =>
        ctx.container.database.db
          .selectFrom('sms_inbound')
          .selectAll()
          .where('sender', '=', PHONE)
          .where('provider', '=', 'smpp')
          .where('outcome', 'is not', null)
          .executeTakeFirst(),
      5000,
      'the reply to be kept and handled',
    )
    expect(row.body).toBe('２ 服务很好')
    // the ratings handler answered: this phone has nothing to rate
    expect(row.outcome).toBe('rating-nothing-to-rate')

    const long =
      '窗口工作人员态度很好，办事效率高，一次就办完了，没有让我跑第二趟，非常感谢你们的耐心解释和帮助，希望继续保持这样的服务水平，给你们点赞！'
    smsc.sendInbound('13600000001', long, 3)
    const whole = await waitUntil(
      () =>
        ctx.container.database.db
          .selectFrom('sms_inbound')
          .selectAll()
          .where('sender', '=', '13600000001')
          .executeTakeFirst(),
      5000,
      'the long reply',
    )
    expect(whole.body).toBe(long)
    expect(
      await ctx.container.database.db
        .selectFrom('sms_inbound')
        .selectAll()
        .where('sender', '=', '13600000001')
        .execute(),
    ).toHaveLength(1)
    expect(await ctx.container.database.db.selectFrom('sms_inbound_parts').selectAll().execute()).toEqual([])
  })

  it('keeps up to the window of submits outstanding, and the dispatcher sends several at once', async () => {
    const { ctx, smsc, provider } = await setup({ respondAfterMs: 50 }, 4)
    // the provider never has more than the window outstanding (a long message is several submits)
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        provider.send({
          id: `direct-${i}`,
          recipient: '13500000000',
          body: i === 0 ? LONG_NOTICE : `直接${i}`,
        }),
      ),
    )
    expect(smsc.maxOutstanding).toBe(4)
    smsc.maxOutstanding = 0
    for (let i = 0; i < 20; i++) await queue(ctx, `w${i}`, `通知${i}`, `1390000${String(i).padStart(4, '0')}`)
    await ctx.container.sms.dispatcher.drain()
    expect(smsc.messages.filter((m) => m.text.includes('通知'))).toHaveLength(20)
    expect(smsc.maxOutstanding).toBeGreaterThan(1)
    expect(smsc.maxOutstanding).toBeLessThanOrEqual(4)
  })

  it('holds a per-number cap: later messages to the same number wait, others go', async () => {
    const { ctx, smsc } = await setup()
    for (let i = 0; i < 7; i++) await queue(ctx, `n${i}`, `第${i}条`)
    await queue(ctx, 'other', '别的号码', '13800000002')
    await ctx.container.sms.dispatcher.drain()
    expect(smsc.messages.filter((m) => m.to === PHONE)).toHaveLength(5)
    expect(smsc.messages.filter((m) => m.to === '13800000002')).toHaveLength(1)
    const waiting = await ctx.container.database.db
      .selectFrom('sms_messages')
      .selectAll()
      .where('status', '=', 'queued')
      .execute()
    expect(waiting).toHaveLength(2)
    expect(waiting.every((m) => m.attempts === 0)).toBe(true)
    ctx.clock.advance(60_001)
    await ctx.container.sms.dispatcher.drain()
    expect(smsc.messages.filter((m) => m.to === PHONE)).toHaveLength(7)
  })

  it('reconnects after the SMSC drops and sends what was queued meanwhile; unbinds on stop', async () => {
    const { ctx, smsc, provider } = await setup()
    await smsc.down()
    await waitUntil(async () => (provider.isReady() ? null : true), 5000, 'the provider to notice')
    await queue(ctx, 'during-outage', '停机期间的通知')
    await ctx.container.sms.dispatcher.drain()
    expect((await message(ctx, 'during-outage')).status).toBe('queued')
    await smsc.up()
    await waitUntil(async () => provider.isReady(), 5000, 'the rebind')
    expect(smsc.binds).toBe(2)
    await ctx.container.sms.dispatcher.drain()
    await statusBecomes(ctx, 'during-outage', 'delivered')
    expect(smsc.countByText().get('【乌鲁木齐市政务服务中心】停机期间的通知')).toBe(1)
    await provider.stop()
    await waitUntil(async () => (smsc.unbinds === 1 ? true : null), 5000, 'the unbind')
    expect(provider.isReady()).toBe(false)
  })

  it('records a reply `２ 服务很好` sent from the phone through the SMSC as 满意 with its comment on that phone’s case', async () => {
    const { ctx, smsc } = await setup()
    const f = await seedCaseFixtures(ctx)
    const api = (url: string, who: string, payload: object) =>
      ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie: who }, payload })
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const phone = '13899990011'
    const c = (
      await api('/cases', f.clerk, {
        matterCode: 'GA-CRJ-001',
        applicant: applicant({ name: '阿依古丽', phone, idNumber: residentId('19800101', '321') }),
        submittedMaterials: [0, 1],
      })
    ).json()
    const task = (await api(`/cases/${c.id}/accept`, f.clerk, {})).json().tasks[0]
    ctx.clock.set('2026-03-05T03:00:00.000Z')
    expect(
      (await api(`/cases/${c.id}/tasks/${task.id}/complete`, f.exitHandler, { outcome: 'approved' }))
        .statusCode,
    ).toBe(200)
    expect(
      (
        await api(`/cases/${c.id}/complete`, f.exitApprover, { outcome: 'approved', resultNumber: 'E321' })
      ).json().status,
    ).toBe('completed')
    ctx.clock.set('2026-03-05T04:00:00.000Z')
    await ctx.container.ratings.ratings.sendInvitations()
    ctx.clock.set('2026-03-05T05:00:00.000Z') // an hour later: the per-number cap lets the invitation through after the case notices
    await waitUntil(async () => provider!.isReady(), 5000, 'the bind')
    await ctx.container.sms.dispatcher.drain()
    // the invitation reached the phone through the SMSC, signed, naming the case
    expect(smsc.messages.some((m) => m.to === phone && m.text.includes(c.number as string))).toBe(true)

    smsc.sendInbound(`86${phone}`, '２ 服务很好')
    const rating = await waitUntil(
      () =>
        ctx.container.database.db
          .selectFrom('ratings')
          .selectAll()
          .where('subject_id', '=', c.id as string)
          .executeTakeFirst(),
      5000,
      'the rating',
    )
    expect(rating).toMatchObject({
      subject_kind: 'case',
      level: 'satisfied',
      score: 4,
      comment: '服务很好',
      channel: 'sms',
      phone,
    })
    const kept = await waitUntil(
      () =>
        ctx.container.database.db
          .selectFrom('sms_inbound')
          .selectAll()
          .where('id', '=', rating.source_message_id!)
          .where('outcome', 'is not', null)
          .executeTakeFirst(),
      5000,
      'the reply’s outcome',
    )
    expect(kept).toMatchObject({ sender: phone, body: '２ 服务很好', provider: 'smpp', outcome: 'rating' })
  })
})
