/**
 * Room bookings, pure: a booking covers whole half hours; each half hour is one slot row, so
 * two bookings of a room overlap exactly when they share a slot (a unique key refuses the second).
 */
export const SLOT_MS = 30 * 60_000
export const MAX_BOOKING_MS = 12 * 60 * 60_000

export type SlotProblem = 'not_aligned' | 'empty' | 'too_long'

/** The slot starts (ISO instants) of [startsAt, endsAt), or the problem with the span. */
export function bookingSlots(
  startsAt: string,
  endsAt: string,
): { slots: string[] } | { problem: SlotProblem } {
  const a = Date.parse(startsAt)
  const b = Date.parse(endsAt)
  if (a % SLOT_MS !== 0 || b % SLOT_MS !== 0) return { problem: 'not_aligned' }
  if (b <= a) return { problem: 'empty' }
  if (b - a > MAX_BOOKING_MS) return { problem: 'too_long' }
  const slots: string[] = []
  for (let t = a; t < b; t += SLOT_MS) slots.push(new Date(t).toISOString())
  return { slots }
}
