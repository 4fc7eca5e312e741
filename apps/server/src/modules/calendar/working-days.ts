import {
  formatDate,
  isWeekend,
  MAX_ORDINAL,
  MIN_ORDINAL,
  MIN_YEAR,
  MAX_YEAR,
  daysFromCivil,
  nthWeekday,
  parseDate,
  weekdaysBefore,
} from './civil-dates'

/**
 * The working-day clock (工作日), pure: no I/O and no "now". Dates are calendar dates
 * 'YYYY-MM-DD' in the center's time zone (the service converts instants with localDate).
 *
 * A day is a working day when it is Monday to Friday and not a holiday (节假日), or when it is a
 * make-up working day (调休上班), normally a Saturday or Sunday. Overrides say which; years for
 * which the State Council schedule was loaded are listed. For a year that is not loaded the
 * clock falls back to plain weekends and marks every result that touches it provisional: an
 * unknown year is never guessed silently.
 *
 * Definitions (PRODUCT.md 2.3: "the day of acceptance is not counted"):
 * - countWorkingDays(from, to) counts the working days d with from < d <= to: the start day is
 *   not counted, the end day is. count(d, d) = 0; count(to, from) = -count(from, to), so a
 *   negative count is "overdue by that many working days".
 * - A pause {from, to} covers the days from..to, both ends included; its days are not counted.
 *   Overlapping pauses are merged (a day is never taken off twice).
 * - addWorkingDays(d, n), n >= 1: the earliest date e > d such that countWorkingDays(d, e) = n;
 *   e is always a working day (and, with pauses, not paused). addWorkingDays(d, 0) = d, whatever
 *   d is: no day has to pass. n < 0 is refused.
 * - A result is provisional when any day from the start date to the end date (both included)
 *   lies in a year that is not loaded.
 *
 * Speed: the constructor precomputes, for every day of the years it knows (loaded years and
 * years with overrides), the running count of working days and its inverse. Outside that span
 * the weekday count is closed-form, so every call is O(1) (plus the pauses, sorted once).
 */
export type DayKind = 'holiday' | 'workday'

export interface DayOverride {
  date: string
  kind: DayKind
  name: string
}

export interface DatePause {
  from: string
  to: string
}

export interface WorkingDayResult {
  date: string
  isProvisional: boolean
}

export interface WorkingDayCount {
  workingDays: number
  isProvisional: boolean
}

export interface DayInfo {
  date: string
  isWorkingDay: boolean
  isWeekend: boolean
  override: { kind: DayKind; name: string } | null
  isProvisional: boolean
}

export class WorkingCalendar {
  /** the precomputed span [lo, hi) of day ordinals: whole years */
  private readonly lo: number
  private readonly hi: number
  /** working days before lo (closed-form weekdays: days before lo follow plain weekends) */
  private readonly base: number
  /** cumulative[i] = working days in [lo, lo + i) */
  private readonly cumulative: Int32Array
  /** inverse[k] = offset from lo of the working day with k working days before it in the span */
  private readonly inverse: Int32Array
  /** unloaded[i] = days in [lo, lo + i) that lie in a year that is not loaded */
  private readonly unloaded: Int32Array
  private readonly isWorking: Uint8Array
  private readonly dateStrings: string[]
  private readonly sortedOverrides: Array<DayOverride & { ordinal: number }>
  private readonly overrideAt: Map<number, DayOverride>
  readonly loadedYears: readonly number[]

  constructor(overrides: readonly DayOverride[], loadedYears: Iterable<number>) {
    const years = [...new Set(loadedYears)].sort((a, b) => a - b)
    for (const y of years)
      if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR)
        throw new RangeError(`year out of range: ${y}`)
    this.loadedYears = years
    this.overrideAt = new Map()
    const sorted: Array<DayOverride & { ordinal: number }> = []
    for (const o of overrides) {
      const ordinal = parseDate(o.date)
      if (o.kind !== 'holiday' && o.kind !== 'workday')
        throw new RangeError(`bad kind ${String(o.kind)} on ${o.date}`)
      if (this.overrideAt.has(ordinal)) throw new RangeError(`two overrides for ${o.date}`)
      this.overrideAt.set(ordinal, { date: o.date, kind: o.kind, name: o.name })
      sorted.push({ date: o.date, kind: o.kind, name: o.name, ordinal })
    }
    this.sortedOverrides = sorted.sort((a, b) => a.ordinal - b.ordinal)

    const spanYears = [...years, ...sorted.map((o) => Number(o.date.slice(0, 4)))]
    const first = spanYears.length ? Math.min(...spanYears) : 1970
    const last = spanYears.length ? Math.max(...spanYears) : 1969
    this.lo = daysFromCivil(first, 1, 1)
    this.hi = daysFromCivil(last + 1, 1, 1)
    this.base = weekdaysBefore(this.lo)
    const size = this.hi - this.lo
    this.cumulative = new Int32Array(size + 1)
    this.unloaded = new Int32Array(size + 1)
    this.isWorking = new Uint8Array(size)
    this.dateStrings = new Array<string>(size)
    const loaded = new Set(years)
    const inverse: number[] = []
    let year = first
    let nextYearStart = daysFromCivil(first + 1, 1, 1)
    for (let i = 0; i < size; i++) {
      const ordinal = this.lo + i
      if (ordinal >= nextYearStart) {
        year += 1
        nextYearStart = daysFromCivil(year + 1, 1, 1)
      }
      const o = this.overrideAt.get(ordinal)
      const works = o ? o.kind === 'workday' : !isWeekend(ordinal)
      this.isWorking[i] = works ? 1 : 0
      if (works) inverse.push(i)
      this.cumulative[i + 1] = (this.cumulative[i] ?? 0) + (works ? 1 : 0)
      this.unloaded[i + 1] = (this.unloaded[i] ?? 0) + (loaded.has(year) ? 0 : 1)
      this.dateStrings[i] = formatDate(ordinal)
    }
    this.inverse = Int32Array.from(inverse)
  }

  isYearLoaded(year: number): boolean {
    return this.loadedYears.includes(year)
  }

  isWorkingDay(date: string): boolean {
    return this.works(parseDate(date))
  }

  dayInfo(date: string): DayInfo {
    const d = parseDate(date)
    const o = this.overrideAt.get(d)
    return {
      date,
      isWorkingDay: this.works(d),
      isWeekend: isWeekend(d),
      override: o ? { kind: o.kind, name: o.name } : null,
      isProvisional: !this.isSpanLoaded(d, d),
    }
  }

  /** The overrides (holidays and make-up working days) dated from..to, both included, in date order. */
  overridesBetween(from: string, to: string): DayOverride[] {
    const a = parseDate(from)
    const b = parseDate(to)
    const list = this.sortedOverrides
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((list[mid]?.ordinal ?? 0) < a) lo = mid + 1
      else hi = mid
    }
    const out: DayOverride[] = []
    for (let i = lo; i < list.length; i++) {
      const o = list[i]!
      if (o.ordinal > b) break
      out.push({ date: o.date, kind: o.kind, name: o.name })
    }
    return out
  }

  /** See the definitions above: the n-th working day after `date`, skipping paused days. */
  addWorkingDays(date: string, n: number, pauses: readonly DatePause[] = []): WorkingDayResult {
    if (!Number.isSafeInteger(n) || n < 0)
      throw new RangeError(`working days must be a whole number >= 0: ${n}`)
    const start = parseDate(date)
    if (n === 0) return { date, isProvisional: !this.isSpanLoaded(start, start) }
    let end: number
    if (pauses.length === 0) {
      end = this.nth(this.before(start + 1) + n - 1)
    } else {
      end = this.addAcrossPauses(start, n, mergePauses(pauses))
    }
    if (end > MAX_ORDINAL) throw new RangeError(`the result lies after ${MAX_YEAR}`)
    return { date: this.format(end), isProvisional: !this.isSpanLoaded(start, end) }
  }

  /** See the definitions above: working days d with from < d <= to, paused days not counted. */
  countWorkingDays(from: string, to: string, pauses: readonly DatePause[] = []): WorkingDayCount {
    const a = parseDate(from)
    const b = parseDate(to)
    if (b < a) {
      const r = this.countWorkingDays(to, from, pauses)
      return { workingDays: 0 - r.workingDays, isProvisional: r.isProvisional } // 0 - x: never -0
    }
    let count = this.before(b + 1) - this.before(a + 1)
    if (pauses.length > 0) {
      for (const [p, q] of mergePauses(pauses)) {
        const s = Math.max(p, a + 1)
        const e = Math.min(q, b)
        if (s <= e) count -= this.before(e + 1) - this.before(s)
      }
    }
    return { workingDays: count, isProvisional: !this.isSpanLoaded(a, b) }
  }

  private addAcrossPauses(start: number, n: number, merged: Array<[number, number]>): number {
    let cursor = start
    let remaining = n
    for (const [p, q] of merged) {
      if (q <= cursor) continue
      const candidate = this.nth(this.before(cursor + 1) + remaining - 1)
      if (candidate < p) return candidate
      // the working days before the pause are used; counting resumes the day after it
      if (p > cursor) remaining -= this.before(p) - this.before(cursor + 1)
      cursor = q
    }
    return this.nth(this.before(cursor + 1) + remaining - 1)
  }

  /** Working days before day `ordinal` (a running count; only differences are meaningful). */
  private before(ordinal: number): number {
    if (ordinal <= this.lo) return weekdaysBefore(ordinal)
    const span = this.hi - this.lo
    if (ordinal >= this.hi)
      return this.base + this.cumulative[span]! + weekdaysBefore(ordinal) - weekdaysBefore(this.hi)
    return this.base + this.cumulative[ordinal - this.lo]!
  }

  /** The working day with exactly k working days before it: the inverse of before(). */
  private nth(k: number): number {
    if (k < this.base) return nthWeekday(k)
    const inSpan = this.inverse.length
    if (k < this.base + inSpan) return this.lo + this.inverse[k - this.base]!
    return nthWeekday(k - this.base - inSpan + weekdaysBefore(this.hi))
  }

  private works(ordinal: number): boolean {
    if (ordinal >= this.lo && ordinal < this.hi) return this.isWorking[ordinal - this.lo] === 1
    return !isWeekend(ordinal)
  }

  /** true when every day in [a, b] lies in a loaded year */
  private isSpanLoaded(a: number, b: number): boolean {
    if (a < this.lo || b >= this.hi) return false
    return this.unloaded[b + 1 - this.lo] === this.unloaded[a - this.lo]
  }

  private format(ordinal: number): string {
    if (ordinal >= this.lo && ordinal < this.hi) return this.dateStrings[ordinal - this.lo]!
    if (ordinal < MIN_ORDINAL || ordinal > MAX_ORDINAL) throw new RangeError('date out of range')
    return formatDate(ordinal)
  }
}

/** Pauses as sorted, merged [first, last] ordinal pairs (days that touch are merged too). */
export function mergePauses(pauses: readonly DatePause[]): Array<[number, number]> {
  const ranges = pauses.map((p): [number, number] => {
    const a = parseDate(p.from)
    const b = parseDate(p.to)
    if (b < a) throw new RangeError(`a pause ends before it starts: ${p.from}..${p.to}`)
    return [a, b]
  })
  ranges.sort((x, y) => x[0] - y[0])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}
