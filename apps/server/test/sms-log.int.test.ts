import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, staffSession, type TestContext } from './support/test-app'

describe.skipIf(isDbUnavailable())('the SMS message log', () => {
  let ctx: TestContext
  let admin: string
  let supervisor: string
  let clerk: string

  beforeAll(async () => {
    ctx = await createTestContext({
      env: { SMS_MAX_PER_NUMBER_PER_MINUTE: '0', SESSION_IDLE_MINUTES: String(30 * 24 * 60) },
    })
    admin = await staffSession(ctx, 'log-admin', [{ role: 'admin', departmentId: null }])
    supervisor = await staffSession(ctx, 'log-supervisor', [{ role: 'supervisor', departmentId: null }])
    clerk = await staffSession(ctx, 'log-clerk', [{ role: 'clerk', departmentId: null }])
    const db = ctx.container.database.db
    const queue = (causeKey: string, recipient: string) =>
      db.transaction().execute((tx) =>
        ctx.container.sms.service.queue(tx, {
          causeKey,
          recipient,
          template: 'test',
          body: `通知 ${causeKey}`,
          isEssential: true,
        }),
      )
    // Monday 2026-03-02 (Beijing) : three messages, delivered by the virtual phone
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    await queue('mon-1', '13900000001')
    await queue('mon-2', '13900000002')
    await queue('mon-3', '13900000003')
    await ctx.container.sms.dispatcher.drain()
    // Tuesday 00:30 Beijing is still Monday in UTC: it belongs to Tuesday's log
    ctx.clock.set('2026-03-02T16:30:00.000Z')
    await queue('tue-1', '13900000004')
    await queue('tue-2', '13900000005')
    await db
      .updateTable('sms_messages')
      .set({ status: 'failed', last_error: 'receipt UNDELIV' })
      .where('cause_key', '=', 'mon-2')
      .execute()
    await db
      .updateTable('sms_messages')
      .set({ is_uncertain: 1, status: 'sent' })
      .where('cause_key', '=', 'mon-3')
      .execute()
  })
  afterAll(() => ctx.close())

  const get = (query: string, cookie = admin) =>
    ctx.app.inject({ url: `/api/v1/sms/messages${query}`, headers: { cookie } })

  it('lists messages newest first with masked numbers, statuses, the uncertain flag and counts per status', async () => {
    const res = await get('')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.items.map((m: { phoneMasked: string }) => m.phoneMasked)).toEqual([
      '139****0005',
      '139****0004',
      '139****0003',
      '139****0002',
      '139****0001',
    ])
    expect(res.body).not.toContain('13900000001')
    expect(body.items[2]).toMatchObject({ status: 'sent', isUncertain: true })
    expect(body.items[3]).toMatchObject({ status: 'failed', lastError: 'receipt UNDELIV' })
    expect(body.counts).toEqual({ queued: 2, sending: 0, sent: 1, delivered: 1, failed: 1, uncertain: 1 })
  })

  it('filters by status, uncertainty and center-local dates', async () => {
    expect((await get('?status=queued')).json().items).toHaveLength(2)
    expect(
      (await get('?uncertain=true')).json().items.map((m: { phoneMasked: string }) => m.phoneMasked),
    ).toEqual(['139****0003'])
    const monday = (await get('?from=2026-03-02&to=2026-03-02')).json()
    expect(monday.items).toHaveLength(3)
    expect(monday.counts).toEqual({ queued: 0, sending: 0, sent: 1, delivered: 1, failed: 1, uncertain: 1 })
    expect((await get('?from=2026-03-03')).json().items).toHaveLength(2)
  })

  it('pages with a cursor', async () => {
    const first = (await get('?limit=2')).json()
    expect(first.items).toHaveLength(2)
    const second = (await get(`?limit=2&cursor=${first.nextCursor}`)).json()
    const third = (await get(`?limit=2&cursor=${second.nextCursor}`)).json()
    expect(third.nextCursor).toBeNull()
    const ids = [...first.items, ...second.items, ...third.items].map((m: { id: string }) => m.id)
    expect(new Set(ids).size).toBe(5)
  })

  it('is for administrators and supervisors only', async () => {
    expect((await get('', supervisor)).statusCode).toBe(200)
    expect((await get('', clerk)).statusCode).toBe(403)
    expect((await ctx.app.inject({ url: '/api/v1/sms/messages' })).statusCode).toBe(401)
  })

  it('refuses bad filters with 400', async () => {
    for (const q of [
      '?status=lost',
      '?from=yesterday',
      '?limit=0',
      '?limit=100000',
      '?from=2026-03-04&to=2026-03-02',
      '?cursor=garbage',
      '?extra=1',
    ]) {
      const res = await get(q)
      expect(res.statusCode, q).toBe(400)
      expect(res.json().code, q).toBe('VALIDATION_FAILED')
    }
  })
})
