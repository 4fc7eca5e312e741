/**
 * Calendar dates as integers, pure arithmetic (no Date objects, no time zones): a date
 * 'YYYY-MM-DD' is its day ordinal, the number of days since 1970-01-01. The conversions are
 * Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian), a few lines that
 * run tens of millions of times a second, which Date.UTC and toISOString do not.
 */

/** The dates the calendar accepts: wide enough for any deadline, small enough to precompute. */
export const MIN_YEAR = 1900
export const MAX_YEAR = 2199

const DATE_LENGTH = 10
const DASH = 45
const ZERO = 48

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/** [year, month 1-12, day 1-31] of a day ordinal. */
export function civilFromDays(ordinal: number): [number, number, number] {
  const z = ordinal + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day]
}

export const MIN_ORDINAL = daysFromCivil(MIN_YEAR, 1, 1)
export const MAX_ORDINAL = daysFromCivil(MAX_YEAR, 12, 31)

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - ZERO
  if (d < 0 || d > 9) throw new RangeError(`not a date (YYYY-MM-DD): ${s}`)
  return d
}

/** The ordinal of 'YYYY-MM-DD'; a RangeError for anything else or a year outside MIN_YEAR..MAX_YEAR. */
export function parseDate(s: string): number {
  if (s.length !== DATE_LENGTH || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) {
    throw new RangeError(`not a date (YYYY-MM-DD): ${s}`)
  }
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3)
  const month = digit(s, 5) * 10 + digit(s, 6)
  const day = digit(s, 8) * 10 + digit(s, 9)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new RangeError(`no such date: ${s}`)
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new RangeError(`date out of range ${MIN_YEAR}–${MAX_YEAR}: ${s}`)
  return daysFromCivil(year, month, day)
}

export function isValidDate(s: string): boolean {
  try {
    parseDate(s)
    return true
  } catch {
    return false
  }
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`)

export function formatDate(ordinal: number): string {
  const [y, m, d] = civilFromDays(ordinal)
  return `${y}-${pad2(m)}-${pad2(d)}`
}

export const yearOf = (ordinal: number): number => civilFromDays(ordinal)[0]

/** 1970-01-05 was a Monday: weekday arithmetic is relative to it. */
const MONDAY = 4
const mod = (a: number, b: number) => ((a % b) + b) % b

/** 0 = Monday … 5 = Saturday, 6 = Sunday */
export const weekdayOf = (ordinal: number): number => mod(ordinal - MONDAY, 7)
export const isWeekend = (ordinal: number): boolean => weekdayOf(ordinal) >= 5

/** Monday-to-Friday days before `ordinal` (counted from a fixed Monday; only differences matter). */
export function weekdaysBefore(ordinal: number): number {
  const r = ordinal - MONDAY
  return 5 * Math.floor(r / 7) + Math.min(mod(r, 7), 5)
}

/** The inverse of weekdaysBefore: the Monday-to-Friday day d with weekdaysBefore(d) = k. */
export function nthWeekday(k: number): number {
  return 7 * Math.floor(k / 5) + mod(k, 5) + MONDAY
}
