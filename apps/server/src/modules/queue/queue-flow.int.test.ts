import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientEvent } from '@yimin/shared'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { today, topOfQueue } from './queue-context'
import { residentId, seedQueueFixtures, type QueueFixtures } from './test-fixtures'

describe.skipIf(isDbUnavailable())('the queue: tickets, window actions, displays', () => {
  let ctx: TestContext
  let f: QueueFixtures
  const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, who: string, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who.startsWith('device:')
        ? { authorization: `Device ${who.slice(7)}` }
        : who
          ? { cookie: who }
          : {},
      ...(payload ? { payload } : {}),
    })
  const kiosk = () => `device:${f.kiosk}`
  const issue = (payload: object, who = kiosk()) => api('POST', '/queue/tickets', who, payload)
  const smsTemplates = async () =>
    await ctx.container.database.db
      .selectFrom('sms_messages')
      .select(['template', 'body'])
      .orderBy('created_at')
      .execute()
  const events: ClientEvent[] = []

  beforeAll(async () => {
    ctx = await createTestContext({ start: true, env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedQueueFixtures(ctx)
    ctx.container.bus.subscribe(
      [`hall:${f.hallId}`, `window:${f.windows.w5}`, `window:${f.windows.w6}`],
      null,
      (e) => events.push(e),
    )
  })
  afterAll(() => ctx.close())

  it('issues A001 at the kiosk with its place and wait, by SMS too', async () => {
    expect((await issue({ categoryId: f.categories.a })).statusCode).toBe(200) // A001, no phone
    const res = await issue({ categoryId: f.categories.a, phone: '13899990001' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      number: 'A002',
      status: 'issued',
      priorityGroup: 'normal',
      ahead: 1,
      position: 2,
      estimatedWaitMinutes: 6,
    })
    const sms = await smsTemplates()
    // one ahead is within "nearly your turn": the issue SMS says to wait in the hall, no reminder follows
    expect(sms.map((m) => m.template)).toEqual(['queue.issued_near'])
    expect(sms[0]!.body).toContain('A002')
    expect(sms[0]!.body).toContain('请在大厅等候叫号')
    expect((await issue({ categoryId: f.categories.a }, '')).json().code).toBe('AUTH_REQUIRED')
    // the QR page reads it with the token, nobody reads it without
    const t = res.json()
    expect((await api('GET', `/queue/tickets/${t.id}?token=${t.token}`, '')).json()).toMatchObject({
      number: 'A002',
      position: 2,
    })
    expect((await api('GET', `/queue/tickets/${t.id}?token=wrong`, '')).json().code).toBe(
      'QUEUE_TICKET_NOT_FOUND',
    )
  })

  it('calls the elderly first, then by waiting time; displays hear number, window and voice, never a phone', async () => {
    ctx.clock.advance(60_000)
    const elderly = await issue({ categoryId: f.categories.a, idNumber: residentId('19500101', '111') })
    expect(elderly.json()).toMatchObject({ number: 'A003', priorityGroup: 'elderly', position: 1 })
    // window 5 is named in Uyghur and English too: every place that serves its name serves all three
    await ctx.container.database.db
      .updateTable('hall_windows')
      .set({ name_ug: '5-كۆزنەك', name_en: 'Window 5' })
      .where('id', '=', f.windows.w5)
      .execute()
    const names = { windowName: { zh: '5 号窗口', ug: '5-كۆزنەك', en: 'Window 5' } }
    const called = await api('POST', `/queue/windows/${f.windows.w5}/call-next`, f.clerk5, {})
    expect(called.statusCode).toBe(200)
    expect(called.json()).toMatchObject({
      status: 'open',
      ...names,
      current: { number: 'A003', status: 'called', ...names },
    })
    await ctx.container.bus.flush()
    const call = events.find((e) => e.type === 'queue.called' && e.channel === `hall:${f.hallId}`)
    expect(call?.payload).toMatchObject({ ticketNumber: 'A003', windowNumber: 5, ...names, isRecall: false })
    const ticket = elderly.json() as { id: string; token: string }
    expect((await api('GET', `/queue/tickets/${ticket.id}?token=${ticket.token}`, '')).json()).toMatchObject(
      names,
    )
    expect((call?.payload as { audio: string[] }).audio.slice(0, 3)).toEqual([
      'zh-qing.ogg',
      'zh-a.ogg',
      'zh-0.ogg',
    ])
    expect(JSON.stringify(events)).not.toContain('13899990001')
    const audio = await api('GET', '/queue/voice/zh-qing.ogg', `device:${f.hallDisplay}`)
    expect(audio.statusCode).toBe(200)
    expect(audio.headers['content-type']).toBe('audio/ogg')
    expect((await api('GET', '/queue/voice/..%2Fsecret.ogg', '')).statusCode).toBe(400)
  })

  it('refuses a second call while a ticket is at the window, another window’s ticket, and strangers', async () => {
    const busy = await api('POST', `/queue/windows/${f.windows.w5}/call-next`, f.clerk5, {})
    expect(busy.json().code).toBe('QUEUE_WINDOW_BUSY')
    const current = (await api('GET', `/queue/windows/${f.windows.w5}`, f.clerk5)).json().current
    const other = await api('POST', `/queue/windows/${f.windows.w6}/finish`, f.clerk6, {
      ticketId: current.id,
    })
    expect(other.statusCode).toBe(409)
    expect(other.json().code).toBe('QUEUE_NOT_YOUR_TICKET')
    const stranger = await api('POST', `/queue/windows/${f.windows.w5}/call-next`, f.householdClerk, {})
    expect(stranger.json().code).toBe('QUEUE_NOT_WINDOW_STAFF')
    expect((await api('POST', `/queue/windows/${f.windows.w5}/call-next`, kiosk(), {})).statusCode).toBe(403)
    expect((await api('GET', `/queue/windows/${f.windows.w5}`, f.clerk5)).json().current).toMatchObject({
      id: current.id,
      status: 'called',
    })
  })

  it('recalls, marks no-show only after the recalls, starts and finishes (the rating pad lights up)', async () => {
    const t = (await api('GET', `/queue/windows/${f.windows.w5}`, f.clerk5)).json().current
    const early = await api('POST', `/queue/windows/${f.windows.w5}/no-show`, f.clerk5, { ticketId: t.id })
    expect(early.json()).toMatchObject({ code: 'QUEUE_RECALLS_REMAINING', details: { recallsLeft: 2 } })
    expect(
      (await api('POST', `/queue/windows/${f.windows.w5}/recall`, f.clerk5, { ticketId: t.id })).json(),
    ).toMatchObject({ recallsBeforeNoShow: 1 })
    await ctx.container.bus.flush()
    expect(
      events.some((e) => e.type === 'queue.called' && (e.payload as { isRecall: boolean }).isRecall),
    ).toBe(true)
    expect(
      (await api('POST', `/queue/windows/${f.windows.w5}/start`, f.clerk5, { ticketId: t.id })).json().current
        .status,
    ).toBe('serving')
    // a move refused says why (the ticket is read only then)
    const again = await api('POST', `/queue/windows/${f.windows.w5}/start`, f.clerk5, { ticketId: t.id })
    expect(again.json()).toMatchObject({ code: 'QUEUE_INVALID_TRANSITION', details: { status: 'serving' } })
    ctx.clock.advance(4 * 60_000)
    const done = await api('POST', `/queue/windows/${f.windows.w5}/finish`, f.clerk5, { ticketId: t.id })
    expect(done.json()).toMatchObject({ current: null, status: 'open' })
    await ctx.container.bus.flush()
    expect(events.find((e) => e.type === 'queue.finished')?.payload).toMatchObject({
      ticketId: t.id,
      ticketNumber: 'A003',
      windowId: f.windows.w5,
    })
    const twice = await api('POST', `/queue/windows/${f.windows.w5}/finish`, f.clerk5, { ticketId: t.id })
    expect(twice.json().code).toBe('QUEUE_NOT_YOUR_TICKET')
    const row = await ctx.container.database.db
      .selectFrom('queue_tickets')
      .selectAll()
      .where('id', '=', t.id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ status: 'done', recall_count: 1, window_id: f.windows.w5 })
    expect(row.started_at! < row.finished_at!).toBe(true)
    const kinds = (
      await ctx.container.database.db
        .selectFrom('queue_ticket_events')
        .select('type')
        .where('ticket_id', '=', t.id)
        .orderBy('at')
        .execute()
    ).map((e) => e.type)
    expect(kinds).toEqual(['issued', 'called', 'recalled', 'started', 'done'])
  })

  it('marks no-show after the recalls', async () => {
    const t = (await api('POST', `/queue/windows/${f.windows.w5}/call-next`, f.clerk5, {})).json().current
    expect(t.number).toBe('A001')
    for (let i = 0; i < 2; i++)
      await api('POST', `/queue/windows/${f.windows.w5}/recall`, f.clerk5, { ticketId: t.id })
    expect(
      (await api('POST', `/queue/windows/${f.windows.w5}/no-show`, f.clerk5, { ticketId: t.id })).json()
        .current,
    ).toBeNull()
    expect((await api('GET', `/queue/tickets/${t.id}`, f.clerk5)).json().status).toBe('no_show')
  })

  it('refuses to call from a paused window and changes nothing; resumes', async () => {
    expect(
      (await api('POST', `/queue/windows/${f.windows.w5}/pause`, f.clerk5, { reason: '系统维护' })).json(),
    ).toMatchObject({ status: 'paused', pauseReason: '系统维护' })
    const before = await ctx.container.database.db
      .selectFrom('queue_tickets')
      .select(['id', 'status'])
      .orderBy('id')
      .execute()
    const res = await api('POST', `/queue/windows/${f.windows.w5}/call-next`, f.clerk5, {})
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('QUEUE_WINDOW_PAUSED')
    expect(
      await ctx.container.database.db
        .selectFrom('queue_tickets')
        .select(['id', 'status'])
        .orderBy('id')
        .execute(),
    ).toEqual(before)
    expect((await api('POST', `/queue/windows/${f.windows.w5}/resume`, f.clerk5, {})).json().status).toBe(
      'open',
    )
  })

  it('transfers keeping the number and arrival; the target window calls it', async () => {
    const t = (await api('POST', `/queue/windows/${f.windows.w5}/call-next`, f.clerk5, {})).json().current
    expect(t.number).toBe('A002')
    const badTarget = await api('POST', `/queue/windows/${f.windows.w5}/transfer`, f.clerk5, {
      ticketId: t.id,
      categoryId: f.categories.b,
      windowId: f.windows.w6,
    })
    expect(badTarget.json().code).toBe('QUEUE_TRANSFER_TARGET_INVALID')
    expect(
      (
        await api('POST', `/queue/windows/${f.windows.w5}/transfer`, f.clerk5, {
          ticketId: t.id,
          categoryId: f.categories.b,
          windowId: null,
        })
      ).json().current,
    ).toBeNull()
    ctx.clock.advance(30_000)
    const moved = (await api('POST', `/queue/windows/${f.windows.w9}/call-next`, f.householdClerk, {})).json()
      .current
    expect(moved).toMatchObject({ number: 'A002', arrivedAt: t.arrivedAt, categoryId: f.categories.b })
    expect((await api('GET', `/queue/tickets/${t.id}`, f.clerk5)).json()).toMatchObject({
      status: 'transferred',
      transferredTo: moved.id,
    })
  })

  it('shows the hall state to its own displays only', async () => {
    const state = await api('GET', `/queue/halls/${f.hallId}/state`, `device:${f.hallDisplay}`)
    expect(state.statusCode).toBe(200)
    expect(state.json().recentCalls[0]).toMatchObject({ ticketNumber: 'A002', windowNumber: 9 })
    expect(state.json().windows.find((w: { windowNumber: number }) => w.windowNumber === 9)).toMatchObject({
      ticketNumber: 'A002',
      status: 'open',
    })
    expect(
      (await api('GET', `/queue/halls/${f.hallId}/state`, `device:${f.otherHallDisplay}`)).statusCode,
    ).toBe(403)
    const listen = await api('GET', `/events?channels=hall:${f.hallId}`, `device:${f.otherHallDisplay}`)
    expect(listen.json().code).toBe('REALTIME_CHANNEL_FORBIDDEN')
    const windowDisplay = await api('GET', `/queue/windows/${f.windows.w5}`, `device:${f.windowDisplay5}`)
    expect(windowDisplay.statusCode).toBe(200)
    expect(
      (await api('GET', `/queue/windows/${f.windows.w6}`, `device:${f.windowDisplay5}`)).statusCode,
    ).toBe(403)
  })

  it('sends "nearly your turn" when three are ahead', async () => {
    const phones = ['13800000001', '13800000002', '13800000003', '13800000004', '13800000005', '13800000006']
    for (const phone of phones) await issue({ categoryId: f.categories.a, phone })
    await api('POST', `/queue/windows/${f.windows.w6}/call-next`, f.clerk6, {})
    const nearly = (await smsTemplates()).filter((m) => m.template === 'queue.nearly')
    // after the call: 5 waiting; the 4th (3 ahead) is told; the first three heard at issue that they were near
    expect(nearly.map((m) => m.body)).toEqual([expect.stringContaining('前面还有 3 人')])
  })

  it('tells the next ones of the line as the calling policy orders it afresh, priority groups included', async () => {
    const q = ctx.container.queue.context
    const db = ctx.container.database.db
    const finishCurrent = async () => {
      const current = (await api('GET', `/queue/windows/${f.windows.w6}`, f.clerk6)).json().current
      if (current)
        expect(
          (await api('POST', `/queue/windows/${f.windows.w6}/finish`, f.clerk6, { ticketId: current.id }))
            .statusCode,
        ).toBe(200)
    }
    // elderly tickets join the line behind normal ones and are called before them
    for (let i = 0; i < 4; i++) {
      await issue({ categoryId: f.categories.a, phone: `1380000010${i}` })
      await issue({
        categoryId: f.categories.a,
        phone: `1380000011${i}`,
        idNumber: residentId('19450101', `20${i}`),
      })
    }
    let told = 0
    const groups = new Set<string>()
    for (let round = 0; round < 5; round++) {
      await finishCurrent()
      const toldBefore = new Set(
        (await db.selectFrom('queue_tickets').select('id').where('is_near_notified', '=', 1).execute()).map(
          (r) => r.id,
        ),
      )
      const sentBefore = (await smsTemplates()).length
      expect((await api('POST', `/queue/windows/${f.windows.w6}/call-next`, f.clerk6, {})).statusCode).toBe(
        200,
      )
      // the line read again after the call, in calling order: its first nearlyTurnAhead + 1 are told
      const policy = await q.settings.get()
      const top = await topOfQueue(
        q,
        db,
        today(q),
        { id: null, categoryIds: [f.categories.a] },
        policy,
        policy.nearlyTurnAhead + 1,
      )
      for (const t of top) groups.add(t.priority_group)
      const expected = top.flatMap((t, ahead) =>
        toldBefore.has(t.id)
          ? []
          : [ahead === 0 ? `queue.next ${t.number}` : `queue.nearly ${t.number} ${ahead}`],
      )
      const sent = (await smsTemplates()).slice(sentBefore).map((m) => {
        const number = /A\d{3}/.exec(m.body)![0]
        const ahead = /前面还有 (\d+) 人/.exec(m.body)?.[1]
        return ahead ? `${m.template} ${number} ${ahead}` : `${m.template} ${number}`
      })
      expect(sent.sort()).toEqual(expected.sort())
      told += sent.length
    }
    // the rounds did tell someone, with both groups near the head
    expect(told).toBeGreaterThan(0)
    expect([...groups].sort()).toEqual(['elderly', 'normal'])
  })
})
