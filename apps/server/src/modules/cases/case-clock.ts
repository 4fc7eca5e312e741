import { formatDate, parseDate } from '../calendar/civil-dates'
import type { DatePause, WorkingCalendar } from '../calendar/working-days'

/**
 * The case clock (PRODUCT.md 2.3), pure: every date is a calendar date 'YYYY-MM-DD' in the
 * center's time zone, every limit is in working days, "today" is given by the caller.
 *
 * - The day a period starts (receipt, acceptance) is not counted.
 * - A pause (补正 during processing, 特别程序) that began on day A and ended on day B takes the
 *   days after A up to and including B off the clock: work happened on A, and the clock starts
 *   again the day after the case came back, as it does after acceptance. A pause still running
 *   is taken to end today, so the projected due date moves with it and the days left stay put.
 * - A zero-day matter (即办) is due the day it starts, or the next working day when it starts on a
 *   day off (accepted on a holiday).
 * - Results that touch a year whose holidays are not loaded are marked provisional.
 */
export interface ClockPause {
  /** the day the pause began */
  from: string
  /** the day it ended; null while it runs */
  to: string | null
}

export interface Deadline {
  /** the due date (projected as if resumed today while paused) */
  dueDate: string
  /** working days left after today: 0 = due today, negative = overdue by that many */
  remainingDays: number
  /** working days used so far, pauses excluded */
  usedDays: number
  isPaused: boolean
  isProvisional: boolean
}

const nextDay = (date: string) => formatDate(parseDate(date) + 1)

/** The days a set of pauses takes off the clock, as inclusive date ranges for the calendar. */
export function pausedRanges(pauses: readonly ClockPause[], today: string): DatePause[] {
  const ranges: DatePause[] = []
  for (const p of pauses) {
    const from = nextDay(p.from)
    const to = p.to ?? today
    if (from <= to) ranges.push({ from, to })
  }
  return ranges
}

/** A deadline of `limitDays` working days counted from `startOn` (not counted), with pauses. */
export function deadline(
  cal: WorkingCalendar,
  input: { startOn: string; limitDays: number; pauses: readonly ClockPause[]; today: string },
): Deadline {
  const ranges = pausedRanges(input.pauses, input.today)
  // a zero-day matter (即办) taken in on a day off is due on the next working day, not that day
  const due =
    input.limitDays === 0 && !cal.isWorkingDay(input.startOn)
      ? cal.addWorkingDays(input.startOn, 1, ranges)
      : cal.addWorkingDays(input.startOn, input.limitDays, ranges)
  const isPaused = input.pauses.some((p) => p.to === null)
  const used =
    input.today <= input.startOn
      ? { workingDays: 0, isProvisional: false }
      : cal.countWorkingDays(input.startOn, input.today, ranges)
  // days left after today: counted from today to the due date (negative once past it)
  const left = cal.countWorkingDays(input.today, due.date, ranges)
  return {
    dueDate: due.date,
    remainingDays: left.workingDays,
    usedDays: used.workingDays,
    isPaused,
    isProvisional: due.isProvisional || used.isProvisional || left.isProvisional,
  }
}

/** The intake decision (受理/不予受理/补正) is due `intakeLimitDays` after the (last) submission. */
export function intakeDeadline(
  cal: WorkingCalendar,
  input: { submittedOn: string; intakeLimitDays: number; today: string },
): Deadline {
  return deadline(cal, {
    startOn: input.submittedOn,
    limitDays: input.intakeLimitDays,
    pauses: [],
    today: input.today,
  })
}

/** A 容缺 material accepted as missing must be supplied within its days after acceptance. */
export function supplyDeadline(cal: WorkingCalendar, acceptedOn: string, deferralDays: number) {
  return cal.addWorkingDays(acceptedOn, deferralDays)
}

export type ExtensionProblem = 'not-positive' | 'over-cap'

/** An extension (延期) is positive and keeps the total within the matter's cap. */
export function checkExtension(
  requestedDays: number,
  alreadyExtendedDays: number,
  capDays: number,
): ExtensionProblem | null {
  if (!Number.isInteger(requestedDays) || requestedDays <= 0) return 'not-positive'
  if (alreadyExtendedDays + requestedDays > capDays) return 'over-cap'
  return null
}

/** The number of days a special procedure has run so far (calendar days are what the law caps). */
export function workingDaysBetween(cal: WorkingCalendar, from: string, to: string): number {
  return to <= from ? 0 : cal.countWorkingDays(from, to).workingDays
}
