import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { citizenSession } from '../online/test-fixtures'
import { residentId, seedQueueFixtures, type QueueFixtures } from './test-fixtures'

describe.skipIf(isDbUnavailable())('appointments: the citizen on the portal, reminders', () => {
  let ctx: TestContext
  let f: QueueFixtures
  let slots: Array<{ id: string; startsAt: string }>
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
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
  const sms = (template: string) =>
    ctx.container.database.db
      .selectFrom('sms_messages')
      .select(['recipient', 'body', 'cause_key'])
      .where('template', '=', template)
      .orderBy('created_at')
      .execute()
  const slotRow = (id: string) =>
    ctx.container.database.db
      .selectFrom('queue_appointment_slots')
      .select(['booked'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  const alice = { phone: '13900000001', id: residentId('19800101', '401') }
  const bob = { phone: '13900000002', id: residentId('19800101', '402') }
  let aliceCookie: string
  let bobCookie: string

  beforeAll(async () => {
    // Monday 2 March 2026, 10:00 in the center
    ctx = await createTestContext({
      env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60), APPOINTMENT_REMINDER_HOURS: '24' },
    })
    f = await seedQueueFixtures(ctx)
    const put = await api('PUT', '/queue/slots', f.admin, {
      categoryId: f.categories.a,
      date: '2026-03-03',
      slots: [
        { startsAt: '10:30', endsAt: '11:00', capacity: 1 },
        { startsAt: '11:00', endsAt: '11:30', capacity: 2 },
      ],
    })
    expect(put.statusCode).toBe(200)
    slots = put.json()
    aliceCookie = await citizenSession(ctx, alice.phone, { idNumber: alice.id })
    bobCookie = await citizenSession(ctx, bob.phone) // no ID bound
  })
  afterAll(() => ctx.close())

  it('books for the signed-in citizen with their phone and bound ID, confirms by SMS, lists it as theirs', async () => {
    const booked = await api('POST', '/citizen/appointments', aliceCookie, { slotId: slots[0]!.id })
    expect(booked.statusCode).toBe(200)
    expect(booked.json()).toMatchObject({
      status: 'booked',
      date: '2026-03-03',
      startsAt: '10:30',
      endsAt: '11:00',
    })
    const row = await ctx.container.database.db
      .selectFrom('queue_appointments')
      .selectAll()
      .where('id', '=', booked.json().id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ phone: alice.phone, channel: 'portal', citizen_id: expect.any(String) })
    expect(JSON.stringify(row)).not.toContain(alice.id) // the ID is kept only as a keyed hash
    const confirmations = await sms('queue.appointment.booked')
    expect(confirmations).toHaveLength(1)
    expect(confirmations[0]!.recipient).toBe(alice.phone)
    expect(confirmations[0]!.body).toContain(booked.json().code)

    const mine = await api('GET', '/citizen/appointments', aliceCookie)
    expect(mine.statusCode).toBe(200)
    expect(mine.json()).toEqual([
      expect.objectContaining({
        id: booked.json().id,
        code: booked.json().code,
        prefix: 'A',
        categoryName: { zh: '出入境证件' },
        status: 'booked',
        startsAt: '10:30',
      }),
    ])
    expect((await api('GET', '/citizen/appointments', bobCookie)).json()).toEqual([])
    // the code checks in at the kiosk with the bound ID (here: too early, the slot is tomorrow)
    const early = await api('POST', '/queue/appointments/check-in', `device:${f.kiosk}`, {
      code: booked.json().code,
      idNumber: alice.id,
    })
    expect(early.json()).toMatchObject({ code: 'QUEUE_CHECKIN_WINDOW', details: { when: 'early' } })
  })

  it('refuses a full slot, a second booking that day, a missing or different ID, and strangers; changes nothing', async () => {
    expect(
      (
        await api('POST', '/citizen/appointments', bobCookie, { slotId: slots[0]!.id, idNumber: bob.id })
      ).json().code,
    ).toBe('QUEUE_SLOT_FULL')
    const noId = await api('POST', '/citizen/appointments', bobCookie, { slotId: slots[1]!.id })
    expect(noId.statusCode).toBe(400)
    expect(noId.json().code).toBe('QUEUE_ID_REQUIRED')
    const other = await api('POST', '/citizen/appointments', aliceCookie, {
      slotId: slots[1]!.id,
      idNumber: bob.id,
    })
    expect(other.statusCode).toBe(409)
    expect(other.json().code).toBe('CITIZEN_ID_MISMATCH')
    expect(
      (await api('POST', '/citizen/appointments', aliceCookie, { slotId: slots[1]!.id })).json().code,
    ).toBe('QUEUE_APPOINTMENT_EXISTS')
    const anonymous = await api('POST', '/citizen/appointments', '', {
      slotId: slots[1]!.id,
      idNumber: bob.id,
    })
    expect(anonymous.statusCode).toBe(401)
    expect((await api('GET', '/citizen/appointments', '')).statusCode).toBe(401)
    expect(
      (
        await api('POST', '/citizen/appointments', aliceCookie, { slotId: slots[1]!.id, phone: bob.phone })
      ).json().code,
    ).toBe('VALIDATION_FAILED')
    expect((await slotRow(slots[1]!.id)).booked).toBe(0)
    expect(await sms('queue.appointment.booked')).toHaveLength(1)
  })

  it('lets a citizen cancel only their own (404 for anyone else’s), once; the place comes back', async () => {
    const bobs = await api('POST', '/citizen/appointments', bobCookie, {
      slotId: slots[1]!.id,
      idNumber: bob.id,
    })
    expect(bobs.statusCode).toBe(200)
    const aliceId = (await api('GET', '/citizen/appointments', aliceCookie)).json()[0].id as string
    const foreign = await api('POST', `/citizen/appointments/${aliceId}/cancel`, bobCookie)
    expect(foreign.statusCode).toBe(404)
    expect(foreign.json().code).toBe('QUEUE_APPOINTMENT_NOT_FOUND')
    expect((await api('POST', `/citizen/appointments/${aliceId}/cancel`, '')).statusCode).toBe(401)
    expect((await api('POST', '/citizen/appointments/nope/cancel', aliceCookie)).statusCode).toBe(404)
    expect((await slotRow(slots[0]!.id)).booked).toBe(1)

    const cancelled = await api('POST', `/citizen/appointments/${aliceId}/cancel`, aliceCookie)
    expect(cancelled.statusCode).toBe(200)
    expect(cancelled.json().status).toBe('cancelled')
    expect((await slotRow(slots[0]!.id)).booked).toBe(0)
    const again = await api('POST', `/citizen/appointments/${aliceId}/cancel`, aliceCookie)
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('QUEUE_APPOINTMENT_STATE')
    expect((await slotRow(slots[0]!.id)).booked).toBe(0)
    expect((await api('GET', '/citizen/appointments', aliceCookie)).json()).toEqual([
      expect.objectContaining({ id: aliceId, status: 'cancelled' }),
    ])
  })

  it('reminds each booked appointment once, from 24 hours before its slot, by the injected clock', async () => {
    // Bob booked 11:00 on 3 March at 10:00 on 2 March: 25 h ahead, so a reminder is due from 11:00 on 2 March
    expect(await ctx.container.queue.appointments.sendReminders()).toBe(0)
    ctx.clock.set('2026-03-02T02:59:00.000Z') // 10:59
    expect(await ctx.container.queue.appointments.sendReminders()).toBe(0)
    ctx.clock.set('2026-03-02T03:00:00.000Z') // 11:00
    expect(await ctx.container.queue.appointments.sendReminders()).toBe(1)
    ctx.clock.advance(5 * 60_000)
    expect(await ctx.container.queue.appointments.sendReminders()).toBe(0) // the outbox holds one per appointment
    const reminders = await sms('queue.appointment.reminder')
    expect(reminders).toHaveLength(1)
    expect(reminders[0]).toMatchObject({ recipient: bob.phone })
    expect(reminders[0]!.body).toContain('11:00-11:30')
    expect(reminders[0]!.body).toContain('3月3日')
    // the cancelled one (Alice's) got none; nothing after the slot has started
    ctx.clock.set('2026-03-03T03:01:00.000Z')
    expect(await ctx.container.queue.appointments.sendReminders()).toBe(0)
  })
})
