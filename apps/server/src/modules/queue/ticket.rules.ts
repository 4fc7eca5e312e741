/**
 * Ticket rules, pure: numbers, the daily cap with the share reserved for appointments, the
 * per-ID daily limit, and opening hours in the center's time zone.
 */
export interface OpeningPeriod {
  days: number[]
  open: string
  close: string
}

/** The effective cap: the daily cap, never more numbers than the range holds. */
export function effectiveCap(c: { dailyCap: number; numberStart: number; numberEnd: number }): number {
  return Math.max(0, Math.min(c.dailyCap, c.numberEnd - c.numberStart + 1))
}

/** The ticket number of the n-th ticket of the day (1-based): A082, zero-padded to the range's width. */
export function ticketNumber(
  prefix: string,
  c: { numberStart: number; numberEnd: number },
  n: number,
): string {
  const width = Math.max(3, String(c.numberEnd).length)
  return `${prefix}${String(c.numberStart + n - 1).padStart(width, '0')}`
}

export interface SlotUse {
  /** HH:MM local: the slot has passed once the local time reaches it */
  endsAt: string
  capacity: number
  /** tickets already issued by check-in from this slot */
  checkedIn: number
}

/**
 * What each slot holds back from walk-ins: the reserved share of the cap spread over the day's
 * slots in proportion to their capacity (never more than a slot's capacity).
 */
export function slotReservations(
  cap: number,
  sharePercent: number,
  slots: readonly Pick<SlotUse, 'capacity'>[],
): number[] {
  const reserved = Math.floor((cap * Math.max(0, Math.min(100, sharePercent))) / 100)
  const total = slots.reduce((n, s) => n + s.capacity, 0)
  if (total === 0 || reserved === 0) return slots.map(() => 0)
  if (total <= reserved) return slots.map((s) => s.capacity)
  return slots.map((s) => Math.floor((s.capacity * reserved) / total))
}

/** Numbers still held back for appointments now: slots not yet passed, minus their check-ins. */
export function outstandingReservation(
  cap: number,
  sharePercent: number,
  slots: readonly SlotUse[],
  localTime: string,
): number {
  const reservations = slotReservations(cap, sharePercent, slots)
  let held = 0
  slots.forEach((s, i) => {
    if (localTime >= s.endsAt) return // passed: what was not used returns to walk-ins
    held += Math.max(0, (reservations[i] ?? 0) - s.checkedIn)
  })
  return held
}

export type CapDecision = { ok: true } | { ok: false; reason: 'cap' }

/**
 * May the `n`-th ticket of the day be issued? Appointment check-ins may use every number up to
 * the cap; walk-ins only what is not held back for slots still to come.
 */
export function capAllows(input: {
  n: number
  cap: number
  isAppointment: boolean
  outstanding: number
}): CapDecision {
  const limit = input.isAppointment ? input.cap : input.cap - input.outstanding
  return input.n <= limit ? { ok: true } : { ok: false, reason: 'cap' }
}

/** Walk-in numbers left now (for the kiosk). */
export function walkInsLeft(input: { issued: number; cap: number; outstanding: number }): number {
  return Math.max(0, input.cap - input.outstanding - input.issued)
}

export function idLimitAllows(alreadyToday: number, limit: number): boolean {
  return limit <= 0 || alreadyToday < limit
}

/** The local weekday (1 = Monday … 7 = Sunday) and HH:MM of an instant in a time zone. */
export function localClock(at: Date, timeZone: string): { weekday: number; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1
  return { weekday, time: `${get('hour')}:${get('minute')}` }
}

/** Open at this local weekday and time? No hours at all means any time. */
export function isWithinHours(
  hours: readonly OpeningPeriod[] | null,
  weekday: number,
  time: string,
): boolean {
  if (!hours || hours.length === 0) return true
  return hours.some((h) => h.days.includes(weekday) && time >= h.open && time < h.close)
}

export type OpenDecision =
  { ok: true } | { ok: false; reason: 'switched_off' | 'not_working_day' | 'outside_hours' }

export function categoryOpen(input: {
  isOpen: boolean
  isWorkingDay: boolean
  hours: readonly OpeningPeriod[] | null
  weekday: number
  time: string
}): OpenDecision {
  if (!input.isOpen) return { ok: false, reason: 'switched_off' }
  if (!input.isWorkingDay) return { ok: false, reason: 'not_working_day' }
  // a Saturday or Sunday that the calendar makes a working day (调休 make-up day) keeps a
  // weekday's hours: Monday's (the demo history found such days refused as "outside hours")
  const day = input.weekday >= 6 ? 1 : input.weekday
  if (!isWithinHours(input.hours, day, input.time)) return { ok: false, reason: 'outside_hours' }
  return { ok: true }
}

/** Appointment check-in is open from `before` minutes ahead of the slot until `after` minutes into it. */
export function checkInOpen(
  slot: { startsAt: string },
  time: string,
  window: { beforeMinutes: number; afterMinutes: number },
): 'early' | 'open' | 'late' {
  const t = toMinutes(time)
  const start = toMinutes(slot.startsAt)
  if (t < start - window.beforeMinutes) return 'early'
  if (t > start + window.afterMinutes) return 'late'
  return 'open'
}

export const toMinutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number]
  return h * 60 + m
}
