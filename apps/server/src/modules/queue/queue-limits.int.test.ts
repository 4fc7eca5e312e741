import { createHash, createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { residentId, seedQueueFixtures, type QueueFixtures } from './test-fixtures'

describe.skipIf(isDbUnavailable())(
  'the queue: cap under concurrency, limits, appointments, statistics',
  () => {
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
    const issue = (payload: object) => api('POST', '/queue/tickets', kiosk(), payload)
    const ticketCount = async () =>
      Number(
        (
          await ctx.container.database.db
            .selectFrom('queue_tickets')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )

    beforeAll(async () => {
      ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
      f = await seedQueueFixtures(ctx)
    })
    afterAll(() => ctx.close())

    it('refuses a closed category with its reason, and changes nothing', async () => {
      expect(
        (await api('PATCH', `/queue/categories/${f.categories.a}`, f.clerk5, { isOpen: false })).statusCode,
      ).toBe(403)
      expect(
        (await api('PATCH', `/queue/categories/${f.categories.a}`, f.admin, { isOpen: false })).json(),
      ).toMatchObject({ isOpen: false, dailyCap: 300 })
      const off = await issue({ categoryId: f.categories.a })
      expect(off.statusCode).toBe(409)
      expect(off.json()).toMatchObject({ code: 'QUEUE_CATEGORY_CLOSED', details: { reason: 'switched_off' } })
      await api('PATCH', `/queue/categories/${f.categories.a}`, f.admin, {
        isOpen: true,
        queueHours: [{ days: [1, 2, 3, 4, 5], open: '15:30', close: '19:30' }],
      })
      expect((await issue({ categoryId: f.categories.a })).json().details).toEqual({
        reason: 'outside_hours',
      }) // 10:00 in Urumqi's center
      await api('PATCH', `/queue/categories/${f.categories.a}`, f.admin, {
        queueHours: [{ days: [1, 2, 3, 4, 5], open: '10:00', close: '14:00' }],
      })
      expect(await ticketCount()).toBe(0)
      expect((await issue({ categoryId: 'nope' })).json().code).toBe('QUEUE_CATEGORY_NOT_FOUND')
    })

    it('stops a tout at the per-ID limit without using a number', async () => {
      const id = residentId('19900101', '222')
      expect((await issue({ categoryId: f.categories.a, idNumber: id })).json().number).toBe('A001')
      expect((await issue({ categoryId: f.categories.a, idNumber: id })).json().number).toBe('A002')
      const third = await issue({ categoryId: f.categories.a, idNumber: id })
      expect(third.statusCode).toBe(409)
      expect(third.json()).toMatchObject({ code: 'QUEUE_ID_LIMIT_REACHED', details: { limit: 2 } })
      expect((await issue({ categoryId: f.categories.a })).json().number).toBe('A003')
      // the ID is kept only as a hash keyed with this installation's secret (not a plain hash anyone can precompute)
      const db = ctx.container.database.db
      const key = (
        await db
          .selectFrom('system_settings')
          .select('value')
          .where('key', '=', 'queue.id-hash-key')
          .executeTakeFirstOrThrow()
      ).value
      expect(key.length).toBeGreaterThanOrEqual(32)
      const stored = (
        await db
          .selectFrom('queue_tickets')
          .select('id_hash')
          .where('number', '=', 'A001')
          .executeTakeFirstOrThrow()
      ).id_hash
      expect(stored).toBe(createHmac('sha256', key).update(id.toUpperCase()).digest('hex'))
      expect(stored).not.toBe(createHash('sha256').update(id.toUpperCase()).digest('hex'))
      expect(JSON.stringify(await db.selectFrom('queue_tickets').selectAll().execute())).not.toContain(id)
      // the ID number itself is not stored
      expect(
        JSON.stringify(await ctx.container.database.db.selectFrom('queue_tickets').selectAll().execute()),
      ).not.toContain(id)
      expect((await issue({ categoryId: f.categories.a, idNumber: '650105199001011234' })).json().code).toBe(
        'VALIDATION_FAILED',
      )
    })

    it('never exceeds the cap nor shares a number when kiosks race', async () => {
      await api('PATCH', `/queue/categories/${f.categories.a}`, f.admin, { dailyCap: 13 })
      const results = await Promise.all(
        Array.from({ length: 20 }, () => issue({ categoryId: f.categories.a })),
      )
      const ok = results.filter((r) => r.statusCode === 200).map((r) => r.json().number as string)
      expect(ok).toHaveLength(10)
      expect(new Set(ok).size).toBe(10)
      expect(ok.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `A${String(i + 4).padStart(3, '0')}`))
      expect(
        results.filter((r) => r.statusCode !== 200).every((r) => r.json().code === 'QUEUE_CAP_REACHED'),
      ).toBe(true)
      expect(await ticketCount()).toBe(13)
    })

    it('reserves a share for appointments until each slot has passed; books, refuses a full slot, checks in', async () => {
      await api('PATCH', `/queue/categories/${f.categories.b}`, f.admin, {
        dailyCap: 10,
        appointmentShare: 50,
      })
      const slots = await api('PUT', '/queue/slots', f.admin, {
        categoryId: f.categories.b,
        date: '2026-03-02',
        slots: [
          { startsAt: '10:30', endsAt: '11:00', capacity: 3 },
          { startsAt: '11:00', endsAt: '11:30', capacity: 2 },
        ],
      })
      expect(slots.statusCode).toBe(200)
      const [first, second] = slots.json() as Array<{ id: string }>
      const book = (slotId: string, serial: string) =>
        api('POST', '/queue/appointments', '', {
          slotId,
          phone: '13800001111',
          idNumber: residentId('19850101', serial),
        })
      const codes: string[] = []
      for (const s of ['301', '302', '303']) {
        const b = await book(first!.id, s)
        expect(b.statusCode).toBe(200)
        codes.push(b.json().code)
      }
      const full = await book(first!.id, '304')
      expect(full.statusCode).toBe(409)
      expect(full.json().code).toBe('QUEUE_SLOT_FULL')
      expect((await book(second!.id, '301')).json().code).toBe('QUEUE_APPOINTMENT_EXISTS')
      const later = await book(second!.id, '305')
      expect(later.json()).toMatchObject({ status: 'booked', startsAt: '11:00' })

      const avail = (await api('GET', '/queue/availability', kiosk()))
        .json()
        .find((c: { categoryId: string }) => c.categoryId === f.categories.b)
      expect(avail).toMatchObject({ isOpen: true, walkInsLeft: 5, slotsToday: [{ left: 0 }, { left: 1 }] })
      for (let i = 0; i < 5; i++) expect((await issue({ categoryId: f.categories.b })).statusCode).toBe(200)
      const capped = await issue({ categoryId: f.categories.b })
      expect(capped.json()).toMatchObject({
        code: 'QUEUE_CAP_REACHED',
        details: { reservedForAppointments: 5 },
      })

      const early = await api('POST', '/queue/appointments/check-in', kiosk(), {
        code: later.json().code,
        idNumber: residentId('19850101', '305'),
      })
      expect(early.json()).toMatchObject({ code: 'QUEUE_CHECKIN_WINDOW', details: { when: 'early' } })
      expect(
        (
          await api('POST', '/queue/appointments/check-in', kiosk(), {
            code: codes[0],
            idNumber: residentId('19850101', '999'),
          })
        ).json().code,
      ).toBe('QUEUE_APPOINTMENT_NOT_FOUND')
      const checked = await api('POST', '/queue/appointments/check-in', kiosk(), {
        code: codes[0],
        idNumber: residentId('19850101', '301'),
      })
      expect(checked.json()).toMatchObject({ number: 'B006', priorityGroup: 'appointment' })
      expect(
        (
          await api('POST', '/queue/appointments/check-in', kiosk(), {
            code: codes[0],
            idNumber: residentId('19850101', '301'),
          })
        ).json().code,
      ).toBe('QUEUE_APPOINTMENT_STATE')

      const cancelled = await api('POST', '/queue/appointments/cancel', '', {
        code: codes[1],
        idNumber: residentId('19850101', '302'),
      })
      expect(cancelled.json().status).toBe('cancelled')
      expect(
        (
          await api('GET', `/queue/slots?from=2026-03-02&to=2026-03-02&categoryId=${f.categories.b}`, '')
        ).json()[0],
      ).toMatchObject({ booked: 2, left: 1 })

      // 11:00: the first slot has passed, its unused places go back to walk-ins (the second still holds 2)
      ctx.clock.set('2026-03-02T03:00:00.000Z')
      expect((await issue({ categoryId: f.categories.b })).json().number).toBe('B007')
      expect((await issue({ categoryId: f.categories.b })).json().number).toBe('B008')
      expect((await issue({ categoryId: f.categories.b })).json().code).toBe('QUEUE_CAP_REACHED')
      // the bookings of the passed slot that never came become no-shows
      expect(await ctx.container.queue.appointments.sweepNoShows()).toBe(1)
    })

    it('reports waiting and service times, no-shows and the estimate error; exports them', async () => {
      const called = (
        await api('POST', `/queue/windows/${f.windows.w9}/call-next`, f.householdClerk, {})
      ).json().current
      expect(called).toMatchObject({ number: 'B006', priorityGroup: 'appointment' }) // the appointment holder goes first
      ctx.clock.advance(5 * 60_000)
      await api('POST', `/queue/windows/${f.windows.w9}/finish`, f.householdClerk, { ticketId: called.id })
      expect((await api('GET', '/queue/stats?from=2026-03-02&to=2026-03-02', f.clerk5)).statusCode).toBe(403)
      // categories and windows are labelled in the languages the data has
      const db = ctx.container.database.db
      await db
        .updateTable('queue_categories')
        .set({ name_ug: 'نوپۇس', name_en: 'Household' })
        .where('id', '=', f.categories.b)
        .execute()
      await db
        .updateTable('hall_windows')
        .set({ name_ug: null, name_en: 'Household window' })
        .where('id', '=', f.windows.w9)
        .execute()
      const stats = await api('GET', '/queue/stats?from=2026-03-02&to=2026-03-02', f.supervisor)
      expect(stats.statusCode).toBe(200)
      const b = stats.json().byCategory.find((r: { key: string }) => r.key === f.categories.b)
      expect(b).toMatchObject({
        tickets: 8,
        served: 1,
        meanServiceMinutes: 5,
        label: { ug: 'B نوپۇس', en: 'B Household' },
      })
      expect(b.label.zh).toMatch(/^B /)
      const w9 = stats.json().byWindow.find((r: { key: string }) => r.key === f.windows.w9)
      expect(w9.label).toEqual({ zh: expect.any(String), en: expect.stringMatching(/ Household window$/) })
      expect(stats.json().byClerk[0]).toMatchObject({ label: { zh: 'q-hz' }, served: 1 })
      expect(stats.json().total.estimateMeanAbsErrorMinutes).not.toBeNull()
      const xlsx = await api('GET', '/queue/stats/export?from=2026-03-02&to=2026-03-02', f.admin)
      expect(xlsx.headers['content-type']).toContain('spreadsheetml')
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK')
    })

    it('starts numbering afresh on the next local day', async () => {
      ctx.clock.set('2026-03-02T16:30:00.000Z') // 00:30 on Tuesday in the center's time zone
      await api('PATCH', `/queue/categories/${f.categories.a}`, f.admin, { queueHours: null })
      expect((await issue({ categoryId: f.categories.a })).json()).toMatchObject({
        number: 'A001',
        serviceDate: '2026-03-03',
      })
      expect((await api('GET', `/queue/windows/${f.windows.w9}`, f.householdClerk)).json()).toMatchObject({
        status: 'closed',
        current: null,
      })
    })
  },
)
