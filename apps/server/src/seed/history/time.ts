import { formatDate, parseDate } from '../../modules/calendar/civil-dates'

const offsets = new Map<string, Intl.DateTimeFormat>()

/** The UTC instant of a local date and HH:MM in a time zone (no DST in China; general anyway). */
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

export const addDays = (date: string, n: number): string => formatDate(parseDate(date) + n)

/** Monday = 1 … Sunday = 7 */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay()
  return d === 0 ? 7 : d
}
