import { createHmac, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { seedTradingFixtures, type TradingFixtures } from '../trading/test-fixtures'
import { testExpert } from './test-fixtures'

const KEY_ID = 'LTAI5tVoiceTestKeyId'
const KEY_SECRET = randomBytes(18).toString('base64url')
const TOKEN = randomBytes(24).toString('base64url')

/** RFC 3986 as Alibaba Cloud encodes (written here apart from the adapter, as the platform checks). */
const enc = (v: string) =>
  encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

interface PeerCall {
  params: Record<string, string>
  callId: string
}

/**
 * A stand-in for Alibaba Cloud VMS over real HTTP: checks each IvrCall's RPC signature 1.0 with
 * the key's secret (and that no nonce repeats), records the calls, can fail the next requests
 * with the platform's system error, and pushes keypad receipts (VoiceCallReport) back to the
 * server's callback URL.
 */
class VmsPeer {
  readonly calls: PeerCall[] = []
  readonly refused: string[] = []
  private readonly nonces = new Set<string>()
  failNext = 0
  private server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString('utf8')))
    req.on('end', () => {
      const answer = (status: number, json: object) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(json))
      }
      const form = new URLSearchParams(body)
      const params = Object.fromEntries(form.entries())
      const { Signature, ...rest } = params
      const canonical = Object.keys(rest)
        .sort()
        .map((k) => `${enc(k)}=${enc(rest[k]!)}`)
        .join('&')
      const expected = createHmac('sha1', `${KEY_SECRET}&`)
        .update(`POST&${enc('/')}&${enc(canonical)}`)
        .digest('base64')
      const problem =
        req.headers['content-type']?.startsWith('application/x-www-form-urlencoded') !== true
          ? 'content-type'
          : params.AccessKeyId !== KEY_ID
            ? 'InvalidAccessKeyId.NotFound'
            : Signature !== expected
              ? 'SignatureDoesNotMatch'
              : params.SignatureMethod !== 'HMAC-SHA1' || params.SignatureVersion !== '1.0'
                ? 'UnsupportedSignatureMethod'
                : !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(params.Timestamp ?? '')
                  ? 'InvalidTimeStamp.Format'
                  : this.nonces.has(params.SignatureNonce ?? '')
                    ? 'SignatureNonceUsed'
                    : params.Action !== 'IvrCall' || params.Version !== '2017-05-25'
                      ? 'InvalidAction'
                      : null
      if (problem) {
        this.refused.push(problem)
        answer(400, { RequestId: 'r', Code: problem, Message: problem })
        return
      }
      this.nonces.add(params.SignatureNonce!)
      if (this.failNext > 0) {
        this.failNext--
        answer(500, { RequestId: 'r', Code: 'isp.SYSTEM_ERROR', Message: 'system error' })
        return
      }
      const callId = `1187${this.calls.length}^1055${randomBytes(3).toString('hex')}`
      this.calls.push({ params, callId })
      answer(200, { RequestId: 'r', Code: 'OK', Message: 'OK', CallId: callId })
    })
  })

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  callTo(phone: string): PeerCall {
    const c = this.calls.find((x) => x.params.CalledNumber === phone)
    if (!c) throw new Error(`no call to ${phone}`)
    return c
  }

  /** Pushes a VoiceCallReport for a call (a JSON array, as the platform's HTTP push sends it). */
  async pushKey(
    serverUrl: string,
    call: PeerCall,
    dtmf: string,
    token = TOKEN,
    time = '2026-06-01 10:05:00',
  ) {
    const res = await fetch(`${serverUrl}/api/v1/voice/aliyun/receipts/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        {
          status_code: '300000',
          smart_status_code: 'ANSWERED',
          dtmf,
          status_time: time,
          out_id: call.params.OutId,
          call_id: call.callId,
        },
      ]),
    })
    return { status: res.status, json: (await res.json()) as Record<string, unknown> }
  }
}

/** A registered works project with one lot and a pool of 14 building experts (clock at 2026-06-01 10:00 +08). */
async function seedLotWithPool(
  ctx: TestContext,
): Promise<{ f: TradingFixtures; lotId: string; projectId: string }> {
  const api = (url: string, cookie: string, payload?: object) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { cookie },
      ...(payload ? { payload } : {}),
    })
  ctx.clock.set('2026-06-01T02:00:00.000Z')
  const f = await seedTradingFixtures(ctx)
  const p = await api('/trading/projects', f.cookies.agencyA, {
    name: PROJECT_NAME,
    category: 'works',
    method: 'open_tender',
    region: '650104',
    ownerOrgId: f.orgs.owner,
    agencyOrgId: f.orgs.agencyA,
    supervisingDepartmentId: f.departments.housing,
    budgetFen: 31_200_000_00,
    isLegallyRequired: true,
    lots: [{ name: '第一标段', budgetFen: 31_200_000_00 }],
  })
  expect(p.statusCode, p.body).toBe(201)
  const projectId = p.json<{ id: string }>().id
  const lotId = p.json<{ lots: Array<{ id: string }> }>().lots[0]!.id
  await api(`/trading/projects/${projectId}/register`, f.cookies.staff)
  for (let i = 1; i <= 14; i++) {
    const r = await api('/experts', f.cookies.staff, testExpert(i))
    expect(r.statusCode, r.body).toBe(201)
  }
  return { f, lotId, projectId }
}

const PROJECT_NAME = '乌鲁木齐市第十九中学教学楼改扩建工程'

/**
 * The voice channel of expert invitations (issue 19 point 4) against a real HTTP peer that
 * checks Alibaba Cloud's signature, on both databases: the call placed with the invitation's
 * time and place and never the project; keypad 1 accepts, 2 declines and draws a replacement;
 * a forged receipt is refused; a repeated one changes nothing; SMS and voice racing: the first
 * answer wins; an answer after the time is refused and recorded; a failed placement retried.
 */
describe.skipIf(isDbUnavailable())('experts: invitations by voice call (Alibaba Cloud VMS)', () => {
  let ctx: TestContext
  let f: TradingFixtures
  let serverUrl: string
  let lotId: string
  let projectId: string
  const peer = new VmsPeer()
  const db = () => ctx.container.database.db
  const runJobs = () => ctx.container.jobs.runner.runOnce()
  const invitations = () =>
    db()
      .selectFrom('expert_invitations')
      .selectAll()
      .where('lot_id', '=', lotId)
      .orderBy('sent_at')
      .orderBy('id')
      .execute()
  const events = async (type: string) =>
    (
      await db()
        .selectFrom('trading_project_events')
        .select(['type', 'data'])
        .where('project_id', '=', projectId)
        .where('type', '=', type)
        .execute()
    ).map((e) => JSON.parse(e.data) as Record<string, unknown>)
  const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })

  beforeAll(async () => {
    const endpoint = await peer.start()
    ctx = await createTestContext({
      env: {
        SESSION_IDLE_MINUTES: String(30 * 24 * 60),
        VOICE_PROVIDER: 'aliyun',
        VOICE_ALIYUN_ENDPOINT: endpoint,
        VOICE_ALIYUN_ACCESS_KEY_ID: KEY_ID,
        VOICE_ALIYUN_ACCESS_KEY_SECRET: KEY_SECRET,
        VOICE_ALIYUN_CALLED_SHOW_NUMBER: '09913334444',
        VOICE_ALIYUN_TTS_EXPERT_INVITATION: 'TTS_300001',
        VOICE_ALIYUN_KEY_ACK_CODE: 'TTS_300002',
        VOICE_CALLBACK_TOKEN: TOKEN,
      },
    })
    await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    serverUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`
    ;({ f, lotId, projectId } = await seedLotWithPool(ctx))
  })
  afterAll(async () => {
    await ctx?.close()
    await peer.stop()
  })

  it('invites by SMS and by a signed IvrCall that never names the project; a failed placement is retried', async () => {
    // the platform's first two answers are system errors: those calls are placed on the retry
    peer.failNext = 2
    const r = await api('POST', `/trading/lots/${lotId}/committee/draw`, f.cookies.staff, {
      specialty: 'building',
      sessionAt: '2026-06-22T14:00:00+08:00',
      place: '第二评标室',
    })
    expect(r.statusCode, r.body).toBe(201)
    const inv = await invitations()
    expect(inv).toHaveLength(5)
    const queued = await db().selectFrom('voice_calls').selectAll().execute()
    expect(queued.map((c) => c.cause_key).sort()).toEqual(inv.map((i) => `expert-invitation:${i.id}`).sort())

    await runJobs()
    expect(peer.calls).toHaveLength(3)
    let calls = await db().selectFrom('voice_calls').selectAll().execute()
    const waiting = calls.filter((c) => c.status === 'queued')
    expect(waiting).toHaveLength(2)
    for (const c of waiting) expect(c.last_error).toContain('isp.SYSTEM_ERROR')
    // the retry waits for its backoff (15 s)
    await runJobs()
    expect(peer.calls).toHaveLength(3)
    ctx.clock.set('2026-06-01T02:00:16.000Z')
    await runJobs()
    expect(peer.calls).toHaveLength(5)
    expect(peer.refused).toEqual([])

    calls = await db().selectFrom('voice_calls').selectAll().execute()
    for (const c of calls) {
      expect(c.status).toBe('placed')
      const placed = peer.calls.find((p) => p.params.OutId === c.out_id)!
      expect(c.provider_call_id).toBe(placed.callId)
      expect(c.body).toContain('按1')
      expect(c.body).not.toContain('十九中学')
    }
    expect(calls.filter((c) => c.attempts === 2)).toHaveLength(2)
    expect(peer.calls.map((c) => c.params.CalledNumber).sort()).toEqual(inv.map((i) => i.phone).sort())
    for (const { params } of peer.calls) {
      expect(params).toMatchObject({
        CalledShowNumber: '09913334444',
        StartCode: 'TTS_300001',
        'MenuKeyMap.1.Key': '1',
        'MenuKeyMap.1.Code': 'TTS_300002',
        'MenuKeyMap.2.Key': '2',
      })
      expect(params.OutId).toMatch(/^[0-9a-z]{15}$/)
      expect(JSON.parse(params.StartTtsParams!)).toEqual({
        time: '2026/06/22 14:00',
        place: '第二评标室',
        minutes: '30',
      })
      expect(JSON.stringify(params)).not.toContain('十九中学')
    }
    // the SMS went too, with the same facts
    const sms = await db()
      .selectFrom('sms_messages')
      .selectAll()
      .where('template', '=', 'expert.invitation')
      .execute()
    expect(sms).toHaveLength(5)
  })

  it('keypad 1 accepts (the check-in code goes by SMS); the receipt is answered as the platform expects', async () => {
    const [first] = await invitations()
    const pushed = await peer.pushKey(serverUrl, peer.callTo(first!.phone), '1')
    expect(pushed).toEqual({ status: 200, json: { code: 0, msg: '接收成功' } })
    await runJobs()
    const after = (await invitations()).find((i) => i.id === first!.id)!
    expect(after.status).toBe('accepted')
    expect(after.answered_at).not.toBeNull()
    const code = await db()
      .selectFrom('sms_messages')
      .select('body')
      .where('cause_key', '=', `expert-accepted:${first!.id}`)
      .executeTakeFirstOrThrow()
    expect(code.body).toContain(after.check_in_code!)
    expect(await events('expert.accepted')).toEqual([
      expect.objectContaining({ invitationId: first!.id, channel: 'voice' }),
    ])
    const receipt = await db().selectFrom('voice_receipts').selectAll().executeTakeFirstOrThrow()
    expect(receipt).toMatchObject({ dtmf: '1', outcome: 'expert.accepted' })
    // the answer's time is when the receipt arrived
    expect(after.answered_at).toBe(receipt.received_at)
    expect((await events('expert.accepted'))[0]!.answeredAt).toBe(receipt.received_at)
    const call = await db()
      .selectFrom('voice_calls')
      .selectAll()
      .where('cause_key', '=', `expert-invitation:${first!.id}`)
      .executeTakeFirstOrThrow()
    expect(call).toMatchObject({ status: 'answered', key_pressed: '1' })
  })

  it('a repeated receipt is acknowledged and changes nothing', async () => {
    const [first] = await invitations()
    const before = {
      receipts: (await db().selectFrom('voice_receipts').selectAll().execute()).length,
      jobs: (await db().selectFrom('jobs').select('id').execute()).length,
      chain: (
        await db()
          .selectFrom('trading_project_events')
          .select('seq')
          .where('project_id', '=', projectId)
          .execute()
      ).length,
    }
    const again = await peer.pushKey(serverUrl, peer.callTo(first!.phone), '1')
    expect(again.status).toBe(200)
    await runJobs()
    expect((await db().selectFrom('voice_receipts').selectAll().execute()).length).toBe(before.receipts)
    expect((await db().selectFrom('jobs').select('id').execute()).length).toBe(before.jobs)
    expect(
      (
        await db()
          .selectFrom('trading_project_events')
          .select('seq')
          .where('project_id', '=', projectId)
          .execute()
      ).length,
    ).toBe(before.chain)
    expect((await invitations()).find((i) => i.id === first!.id)!.status).toBe('accepted')
  })

  it('a forged receipt (wrong or missing token) is refused with 401 and stores nothing', async () => {
    const [, second] = await invitations()
    const forged = await peer.pushKey(
      serverUrl,
      peer.callTo(second!.phone),
      '2',
      randomBytes(24).toString('base64url'),
    )
    expect(forged.status).toBe(401)
    expect(forged.json.code).toBe('VOICE_CALLBACK_INVALID')
    const bare = await fetch(`${serverUrl}/api/v1/voice/aliyun/receipts/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[]',
    })
    expect(bare.status).toBeGreaterThanOrEqual(400)
    expect(bare.status).toBeLessThan(500)
    // the right token with a malformed body: 400, nothing kept
    const bad = await fetch(`${serverUrl}/api/v1/voice/aliyun/receipts/${TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ dtmf: '2' }]),
    })
    expect(bad.status).toBe(400)
    await runJobs()
    expect(await db().selectFrom('voice_receipts').selectAll().execute()).toHaveLength(1)
    expect((await invitations()).find((i) => i.id === second!.id)!.status).toBe('pending')
  })

  it('keypad 2 declines and draws a replacement, who is called too', async () => {
    const [, second] = await invitations()
    const pushed = await peer.pushKey(serverUrl, peer.callTo(second!.phone), '2')
    expect(pushed.status).toBe(200)
    await runJobs()
    const inv = await invitations()
    expect(inv).toHaveLength(6)
    expect(inv.find((i) => i.id === second!.id)).toMatchObject({ status: 'declined' })
    const replacement = inv[5]!
    expect(replacement.status).toBe('pending')
    expect(await events('expert.declined')).toEqual([
      expect.objectContaining({ invitationId: second!.id, channel: 'voice' }),
    ])
    // the replacement's call went out in the same run
    expect(peer.calls).toHaveLength(6)
    expect(peer.callTo(replacement.phone).params.StartTtsParams).toContain('第二评标室')
  })

  it('an SMS reply and a key pressed at once: the first answer wins, the other changes nothing', async () => {
    const inv = await invitations()
    const third = inv[2]!
    expect(third.status).toBe('pending')
    // the receipt is stored (and acknowledged) first; the reply by SMS and its application race
    expect((await peer.pushKey(serverUrl, peer.callTo(third.phone), '1')).status).toBe(200)
    const [sms] = await Promise.all([
      ctx.container.sms.service.receive({ sender: third.phone, body: '2', provider: 'test' }),
      runJobs(),
    ])
    const after = await invitations()
    const answered = after.find((i) => i.id === third.id)!
    const accepted = (await events('expert.accepted')).filter((e) => e.invitationId === third.id)
    const declined = (await events('expert.declined')).filter((e) => e.invitationId === third.id)
    expect(accepted.length + declined.length).toBe(1)
    const receipt = await db()
      .selectFrom('voice_receipts')
      .select('outcome')
      .where('out_id', '=', peer.callTo(third.phone).params.OutId!)
      .executeTakeFirstOrThrow()
    if (answered.status === 'accepted') {
      expect(receipt.outcome).toBe('expert.accepted')
      expect(sms.outcome).not.toBe('expert.declined')
      expect(after).toHaveLength(6)
    } else {
      expect(answered.status).toBe('declined')
      expect(sms.outcome).toBe('expert.declined')
      expect(receipt.outcome).toBe('expert.already-answered')
      expect(after).toHaveLength(7)
    }
  })

  it('a key pressed after the answer time is refused and recorded on the chain', async () => {
    const pending = (await invitations()).find(
      (i) => i.status === 'pending' && i.sent_at < '2026-06-01T02:01:00Z',
    )!
    ctx.clock.set('2026-06-01T02:31:00.000Z')
    expect((await peer.pushKey(serverUrl, peer.callTo(pending.phone), '1')).status).toBe(200)
    const receipt = await db()
      .selectFrom('voice_receipts')
      .selectAll()
      .where('out_id', '=', peer.callTo(pending.phone).params.OutId!)
      .executeTakeFirstOrThrow()
    // applied on its own (a run would also sweep the expired invitations first)
    await ctx.container.voice.applyReceipt(receipt.id)
    const after = (await invitations()).find((i) => i.id === pending.id)!
    expect(after.status).toBe('pending')
    expect(after.check_in_code).toBeNull()
    expect(
      (
        await db()
          .selectFrom('voice_receipts')
          .select('outcome')
          .where('id', '=', receipt.id)
          .executeTakeFirstOrThrow()
      ).outcome,
    ).toBe('expert.too-late')
    expect(await events('expert.answer-refused')).toEqual([
      expect.objectContaining({ invitationId: pending.id, channel: 'voice', reason: 'expired' }),
    ])
    // the sweep then closes it and draws a replacement, as for silence
    expect(await ctx.container.experts.answers.expireDue()).toBeGreaterThan(0)
    expect((await invitations()).find((i) => i.id === pending.id)!.status).toBe('expired')
  })
})

/**
 * The demo's voice outbox (VOICE_PROVIDER=outbox): the virtual phone shows the invitation's call
 * ringing with keys 1 and 2, and a key pressed there answers through the receipt path. With the
 * channel off, nothing is called.
 */
describe.skipIf(isDbUnavailable())('experts: the demo voice outbox on the virtual phone', () => {
  let ctx: TestContext
  let off: TestContext
  afterAll(async () => {
    await ctx?.close()
    await off?.close()
  })
  const draw = (c: TestContext, lotId: string, cookie: string) =>
    c.app.inject({
      method: 'POST',
      url: `/api/v1/trading/lots/${lotId}/committee/draw`,
      headers: { cookie },
      payload: { specialty: 'building', sessionAt: '2026-06-22T14:00:00+08:00', place: '第二评标室' },
    })

  it('rings on the virtual phone; pressing 1 there accepts the invitation', async () => {
    ctx = await createTestContext({ env: { VOICE_PROVIDER: 'outbox' } })
    const { f, lotId } = await seedLotWithPool(ctx)
    expect((await draw(ctx, lotId, f.cookies.staff)).statusCode).toBe(201)
    const [inv, answeredBySms] = await ctx.container.database.db
      .selectFrom('expert_invitations')
      .selectAll()
      .where('lot_id', '=', lotId)
      .orderBy('id')
      .execute()
    // an invitation answered by SMS before its call is placed: the call is not placed
    const sms = await ctx.container.sms.service.receive({
      sender: answeredBySms!.phone,
      body: '1',
      provider: 'test',
    })
    expect(sms.outcome).toBe('expert.accepted')
    await ctx.container.jobs.runner.runOnce()
    const statuses = await ctx.container.database.db
      .selectFrom('voice_calls')
      .select(['recipient', 'status'])
      .execute()
    expect(statuses.filter((c) => c.status === 'placed')).toHaveLength(4)
    expect(statuses.find((c) => c.recipient === answeredBySms!.phone)!.status).toBe('cancelled')
    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/virtual-phone/numbers/${inv!.phone}/calls`,
    })
    expect(list.statusCode, list.body).toBe(200)
    const [call] = list.json<Array<{ id: string; body: string; keys: string[]; status: string }>>()
    expect(call).toMatchObject({ status: 'placed', keys: ['1', '2'] })
    expect(call!.body).toContain('2026/06/22 14:00')
    expect(call!.body).not.toContain('十九中学')

    const bad = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/virtual-phone/calls/${call!.id}/keys`,
      payload: { key: '12' },
    })
    expect(bad.statusCode).toBe(400)
    const pressed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/virtual-phone/calls/${call!.id}/keys`,
      payload: { key: '1' },
    })
    expect(pressed.statusCode, pressed.body).toBe(200)
    await ctx.container.jobs.runner.runOnce()
    const after = await ctx.container.database.db
      .selectFrom('expert_invitations')
      .select('status')
      .where('id', '=', inv!.id)
      .executeTakeFirstOrThrow()
    expect(after.status).toBe('accepted')
    const again = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/virtual-phone/numbers/${inv!.phone}/calls`,
    })
    expect(again.json()[0]).toMatchObject({ status: 'answered', keyPressed: '1' })
    // a call that is no longer ringing takes no key
    const late = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/virtual-phone/calls/${call!.id}/keys`,
      payload: { key: '2' },
    })
    expect(late.json().code).toBe('VOICE_CALL_NOT_FOUND')
  })

  it('with the channel off, an invitation is an SMS only and no call is queued', async () => {
    off = await createTestContext()
    const { f, lotId } = await seedLotWithPool(off)
    expect((await draw(off, lotId, f.cookies.staff)).statusCode).toBe(201)
    await off.container.jobs.runner.runOnce()
    expect(await off.container.database.db.selectFrom('voice_calls').selectAll().execute()).toEqual([])
    const sms = await off.container.database.db
      .selectFrom('sms_messages')
      .select('recipient')
      .where('template', '=', 'expert.invitation')
      .execute()
    expect(sms).toHaveLength(5)
    const list = await off.app.inject({
      method: 'GET',
      url: `/api/v1/virtual-phone/numbers/${sms[0]!.recipient}/calls`,
    })
    expect(list.json()).toEqual([])
  })
})
