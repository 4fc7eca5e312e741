/**
 * The injectable clock. Every rule takes "now" from here so tests never depend on the wall
 * clock or the year. The center's time zone decides day boundaries.
 */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock for tests: fixed until moved. */
export class ManualClock implements Clock {
  private current: number
  constructor(start: Date | string) {
    this.current = new Date(start).getTime()
  }
  now(): Date {
    return new Date(this.current)
  }
  set(at: Date | string): void {
    this.current = new Date(at).getTime()
  }
  advance(ms: number): void {
    this.current += ms
  }
}

/**
 * A clock that starts at a given instant and then ticks with the real one (YIMIN_CLOCK_START:
 * demos and browser journeys that need a case to be late; never in production).
 */
export class OffsetClock implements Clock {
  private readonly offsetMs: number
  constructor(
    start: Date,
    private readonly real: Clock = systemClock,
  ) {
    this.offsetMs = start.getTime() - real.now().getTime()
  }
  now(): Date {
    return new Date(this.real.now().getTime() + this.offsetMs)
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  // building a DateTimeFormat costs far more than using one: keep one per time zone
  let format = dateFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dateFormats.set(timeZone, format)
  }
  return format.format(at)
}

const offsets = new Map<string, Intl.DateTimeFormat>()

/** The UTC instant of a local date ('YYYY-MM-DD') and 'HH:MM' in a time zone (the start of a local day: '00:00'). */
export function instantAt(date: string, hhmm: string, timeZone: string): Date {
  const guess = Date.parse(`${date}T${hhmm}:00Z`)
  return new Date(guess - offsetMs(new Date(guess), timeZone))
}

function offsetMs(at: Date, timeZone: string): number {
  let f = offsets.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    offsets.set(timeZone, f)
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]))
  const local = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!)
  return local - Math.floor(at.getTime() / 1000) * 1000
}
