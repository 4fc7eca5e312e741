import type { WorkingCalendar } from '../calendar/working-days'
import { deadline, type ClockPause } from '../cases/case-clock'

/**
 * Traffic lights (PRODUCT.md 2.4), pure. A deadline is
 * - red once its due date has passed (from the day after it, in the center's time zone),
 * - yellow when `yellowDays` working days or fewer are left (0 = due today),
 * - green otherwise.
 * While the clock is stopped (补正 during processing, 特别程序) the light shows as paused and keeps
 * the colour of the days that were left when it stopped; a closed case has no light.
 * Screens show the colour with its text or icon (`lightLabels`), never by colour alone.
 */
export const lightColours = ['green', 'yellow', 'red'] as const
export type LightColour = (typeof lightColours)[number]

export const lightLabels: Record<LightColour, { zh: string; icon: string }> = {
  green: { zh: '正常', icon: '●' },
  yellow: { zh: '预警', icon: '▲' },
  red: { zh: '超期', icon: '■' },
}

export interface Light {
  colour: LightColour
  /** working days left after today: 0 = due today, negative = overdue */
  remainingDays: number
  dueOn: string
  isPaused: boolean
  /** the due date touches a year whose holidays are not loaded */
  isProvisional: boolean
}

/** The colour of a deadline due on `dueOn` with `remainingDays` left, seen on `today`. */
export function colourOf(
  dueOn: string,
  remainingDays: number,
  today: string,
  yellowDays: number,
): LightColour {
  if (today > dueOn) return 'red'
  return remainingDays <= yellowDays ? 'yellow' : 'green'
}

/** The colour of a stopped clock from the days that were left when it stopped (negative: already late). */
export function pausedColour(frozenRemainingDays: number, yellowDays: number): LightColour {
  if (frozenRemainingDays < 0) return 'red'
  return frozenRemainingDays <= yellowDays ? 'yellow' : 'green'
}

/**
 * The days left of a stopped clock, from its stored due date (which holds the earlier pauses)
 * and the day the running pause began: working days after `pausedFrom` up to the due date.
 */
export function frozenRemainingDays(cal: WorkingCalendar, dueOn: string, pausedFrom: string): number {
  return cal.countWorkingDays(pausedFrom, dueOn).workingDays
}

/** The light of a working-day deadline counted from `startOn` (not counted), with pauses. */
export function deadlineLight(
  cal: WorkingCalendar,
  input: {
    startOn: string
    limitDays: number
    pauses: readonly ClockPause[]
    today: string
    yellowDays: number
  },
): Light {
  const d = deadline(cal, input)
  // while paused the days left stay as they were when the clock stopped: they alone decide
  const colour = d.isPaused
    ? pausedColour(d.remainingDays, input.yellowDays)
    : colourOf(d.dueDate, d.remainingDays, input.today, input.yellowDays)
  return {
    colour,
    remainingDays: d.remainingDays,
    dueOn: d.dueDate,
    isPaused: d.isPaused,
    isProvisional: d.isProvisional,
  }
}

/** What a case light needs, as plain data. */
export interface CaseClockFacts {
  status: string
  acceptedOn: string | null
  intakeDueOn: string
  /** promised working days of the matter version */
  promisedDays: number
  extensionDays: number
  pauses: readonly ClockPause[]
}

const CLOSED = new Set(['refused', 'completed', 'delivered', 'withdrawn', 'revoked'])

/**
 * The light of a case: the intake decision before acceptance, the promised limit (with
 * extensions and pauses) after. A case waiting for the applicant's correction (补正 at intake)
 * is paused green: the intake decision was made. Closed cases have none.
 */
export function caseLight(
  cal: WorkingCalendar,
  c: CaseClockFacts,
  today: string,
  yellowDays: number,
): Light | null {
  if (CLOSED.has(c.status)) return null
  if (c.status === 'correction_requested')
    return { colour: 'green', remainingDays: 0, dueOn: c.intakeDueOn, isPaused: true, isProvisional: false }
  if (c.status === 'received' || c.acceptedOn === null) {
    const left = cal.countWorkingDays(today, c.intakeDueOn)
    return {
      colour: colourOf(c.intakeDueOn, left.workingDays, today, yellowDays),
      remainingDays: left.workingDays,
      dueOn: c.intakeDueOn,
      isPaused: false,
      isProvisional: left.isProvisional,
    }
  }
  return deadlineLight(cal, {
    startOn: c.acceptedOn,
    limitDays: c.promisedDays + c.extensionDays,
    pauses: c.pauses,
    today,
    yellowDays,
  })
}

/** The light of a department task (its own limit, the case's extension and pauses). */
export function taskLight(
  cal: WorkingCalendar,
  c: CaseClockFacts,
  task: { status: string; limitDays: number },
  today: string,
  yellowDays: number,
): Light | null {
  if (CLOSED.has(c.status) || task.status !== 'open' || c.acceptedOn === null) return null
  return deadlineLight(cal, {
    startOn: c.acceptedOn,
    limitDays: task.limitDays + c.extensionDays,
    pauses: c.pauses,
    today,
    yellowDays,
  })
}

/** The worst of several lights (red over yellow over green); null when there are none. */
export function worstColour(colours: ReadonlyArray<LightColour | null | undefined>): LightColour | null {
  let worst: LightColour | null = null
  for (const c of colours) {
    if (!c) continue
    if (c === 'red') return 'red'
    if (c === 'yellow' || worst === null) worst = c
  }
  return worst
}

/**
 * For SQL: a running deadline (its stored due date already holds the closed pauses and
 * extensions) is red when `due_on < today` and yellow when `due_on <= yellowUntil`.
 */
export function lightBounds(
  cal: WorkingCalendar,
  today: string,
  yellowDays: number,
): { today: string; yellowUntil: string } {
  return { today, yellowUntil: cal.addWorkingDays(today, yellowDays).date }
}
