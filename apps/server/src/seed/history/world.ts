import type { Container } from '../../container'
import type { ManualClock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { Agenda } from './agenda'
import type { Cast, DemoSetup } from './demo-setup.repository'
import type { Random } from './random'
import { instantAt } from './time'

type Calendar = Awaited<ReturnType<Container['calendar']['get']>>

/** What the actors share: the history's container and clock, the cast, the agenda. */
export interface World {
  /** the history's container: the live database, a manual clock, no real-time events, no workers */
  c: Container
  clock: ManualClock
  setup: DemoSetup
  cast: Cast
  agenda: Agenda
  cal: Calendar
  /** the live day: nothing of the history happens on it or later */
  today: string
  /** runtime choices (which alert gets a card): seeded too */
  random: Random
  /** failures by error code: the history goes on; the summary lists them */
  failures: Map<string, number>
}

export function at(w: World, date: string, hhmm: string): Date {
  return instantAt(date, hhmm, w.c.config.timeZone)
}

/** Runs a service call; a refusal is counted, not thrown (one odd case must not stop the history). */
export async function attempt<T>(w: World, what: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn()
  } catch (err) {
    const code = err instanceof AppError ? err.code : err instanceof Error ? err.name : 'unknown'
    const key = `${what}: ${code}`
    w.failures.set(key, (w.failures.get(key) ?? 0) + 1)
    if (!(err instanceof AppError)) throw err
    return null
  }
}

/** The working day `n` working days after `date`, or null when that is today or later. */
export function workingDayAfter(w: World, date: string, n: number): string | null {
  const d = n <= 0 ? date : w.cal.addWorkingDays(date, n).date
  return d < w.today ? d : null
}
