import { localDate } from '../../platform/clock'
import { localClock } from './ticket.rules'

/** "YYYY-MM-DD HH:MM" of an instant on the center's wall clock (compares as text). */
export function localStamp(at: Date, timeZone: string): string {
  return `${localDate(at, timeZone)} ${localClock(at, timeZone).time}`
}

/**
 * Is the reminder (预约提醒) of a booked appointment due now? From `hoursBefore` before the slot
 * starts until it starts; not for a booking made inside that window (its confirmation SMS is
 * still fresh). 0 hours: reminders are off. Sending it once is the SMS outbox's cause key.
 */
export function isReminderDue(
  a: { serviceDate: string; startsAt: string; bookedAt: Date },
  now: Date,
  hoursBefore: number,
  timeZone: string,
): boolean {
  if (hoursBefore <= 0) return false
  const starts = `${a.serviceDate} ${a.startsAt}`
  const lead = hoursBefore * 3_600_000
  return (
    localStamp(now, timeZone) < starts &&
    starts <= localStamp(new Date(now.getTime() + lead), timeZone) &&
    localStamp(new Date(a.bookedAt.getTime() + lead), timeZone) < starts
  )
}

/** The days whose bookings may be due within `hoursBefore` of now (the sweep reads only these). */
export function reminderDays(now: Date, hoursBefore: number, timeZone: string): { from: string; to: string } {
  return {
    from: localDate(now, timeZone),
    to: localDate(new Date(now.getTime() + Math.max(0, hoursBefore) * 3_600_000), timeZone),
  }
}
