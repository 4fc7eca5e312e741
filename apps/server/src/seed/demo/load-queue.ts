import { hall } from './hall'
import type { SeedContext } from './context'

/** Appointment slots: the hall's two sessions cut into hours, six bookings an hour. */
const SLOT_TIMES: Array<[string, string]> = [
  ['10:00', '11:00'],
  ['11:00', '12:00'],
  ['12:00', '13:00'],
  ['13:00', '14:00'],
  ['15:30', '16:30'],
  ['16:30', '17:30'],
  ['17:30', '18:30'],
  ['18:30', '19:30'],
]
const SLOT_DAYS = 10

/**
 * Queue settings of the demo: every category takes numbers during the hall's hours up to 300 a
 * day; exit-entry (A, the "number 82" of the article) keeps a fifth for appointments, with
 * slots on the next working days.
 */
export async function loadQueueSettings(ctx: SeedContext): Promise<void> {
  const { c, actor, ids } = ctx
  for (const [code, id] of ids.categories) {
    await c.queue.admin.updateCategory(actor, id, {
      dailyCap: 300,
      queueHours: hall.openingHours,
      appointmentShare: code === 'CRJ' ? 20 : 0,
    })
  }
  const crj = ids.categories.get('CRJ')
  if (!crj) return
  const cal = await c.calendar.get()
  let day = c.calendar.today()
  for (let n = 0; n < SLOT_DAYS; n++) {
    day = cal.addWorkingDays(day, 1).date
    await c.queue.appointments.upsertSlots(actor, {
      categoryId: crj,
      date: day,
      slots: SLOT_TIMES.map(([startsAt, endsAt]) => ({ startsAt, endsAt, capacity: 6 })),
    })
  }
  ctx.progress('queue settings and appointment slots')
}
