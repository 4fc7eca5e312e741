import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chineseDaysOverrides, SEED_FIRST_YEAR, SEED_LAST_YEAR } from './chinese-days-seed'
import { daysFromCivil, formatDate, parseDate } from './civil-dates'
import { WorkingCalendar, type DatePause } from './working-days'
import cd from 'chinese-days'

const seedYears = Array.from({ length: SEED_LAST_YEAR - SEED_FIRST_YEAR + 1 }, (_, i) => SEED_FIRST_YEAR + i)
const cal = new WorkingCalendar(
  seedYears.flatMap((y) => chineseDaysOverrides(y)),
  seedYears,
)
const add = (d: string, n: number, p: DatePause[] = []) => cal.addWorkingDays(d, n, p)
const count = (a: string, b: string, p: DatePause[] = []) => cal.countWorkingDays(a, b, p).workingDays
const shift = (d: string, days: number) => formatDate(parseDate(d) + days)

describe('the 2026 schedule (国务院办公厅 2026 年部分节假日安排)', () => {
  it('National Day: 10-01…10-07 off, 09-20 and 10-10 worked', () => {
    for (let d = 1; d <= 7; d++) expect(cal.isWorkingDay(`2026-10-0${d}`)).toBe(false)
    expect(cal.isWorkingDay('2026-09-20')).toBe(true) // Sunday
    expect(cal.isWorkingDay('2026-10-10')).toBe(true) // Saturday
    expect(cal.isWorkingDay('2026-10-11')).toBe(false) // an ordinary Sunday
    expect(cal.dayInfo('2026-10-01')).toEqual({
      date: '2026-10-01',
      isWorkingDay: false,
      isWeekend: false,
      override: { kind: 'holiday', name: '国庆节' },
      isProvisional: false,
    })
  })

  it('Spring Festival: 02-15…02-23 off, 02-14 and 02-28 worked', () => {
    for (let d = 15; d <= 23; d++) expect(cal.isWorkingDay(`2026-02-${d}`)).toBe(false)
    expect(cal.isWorkingDay('2026-02-14')).toBe(true)
    expect(cal.isWorkingDay('2026-02-28')).toBe(true)
    expect(cal.isWorkingDay('2026-02-24')).toBe(true)
  })

  it('from 2026-09-30, 5 working days is 2026-10-13', () => {
    expect(add('2026-09-30', 5)).toEqual({ date: '2026-10-13', isProvisional: false })
    expect(count('2026-09-30', '2026-10-13')).toBe(5)
    expect(add('2026-09-30', 1).date).toBe('2026-10-08')
    expect(add('2026-09-30', 3).date).toBe('2026-10-10')
  })

  it('agrees with chinese-days on every day of 2016–2026', () => {
    const mismatches: string[] = []
    for (let d = daysFromCivil(2016, 1, 1); d <= daysFromCivil(2026, 12, 31); d++) {
      const date = formatDate(d)
      if (cal.isWorkingDay(date) !== cd.isWorkday(date)) mismatches.push(date)
    }
    expect(mismatches).toEqual([])
  })

  it('lists holidays and make-up days in a range', () => {
    const list = cal.overridesBetween('2026-09-30', '2026-10-13')
    expect(list.map((o) => `${o.date} ${o.kind}`)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((d) => `2026-10-0${d} holiday`),
      '2026-10-10 workday',
    ])
    expect(cal.overridesBetween('2026-03-01', '2026-03-31')).toEqual([])
  })
})

describe('definitions', () => {
  it('the start day is not counted, the end day is', () => {
    expect(count('2026-03-02', '2026-03-02')).toBe(0)
    expect(count('2026-03-02', '2026-03-03')).toBe(1) // Mon → Tue
    expect(count('2026-03-06', '2026-03-09')).toBe(1) // Fri → Mon: the weekend does not count
    expect(count('2026-03-13', '2026-03-02')).toBe(-9) // reversed: negative (overdue)
  })

  it('adding 0 working days gives the start date, even on a non-working day', () => {
    expect(add('2026-03-02', 0)).toEqual({ date: '2026-03-02', isProvisional: false })
    expect(add('2026-10-01', 0).date).toBe('2026-10-01')
  })

  it('starting on a holiday or weekend counts from the next working day', () => {
    expect(add('2026-10-03', 1).date).toBe('2026-10-08')
    expect(add('2026-03-07', 1).date).toBe('2026-03-09') // Saturday → Monday
  })

  it('refuses bad input', () => {
    expect(() => add('2026-02-30', 1)).toThrow(RangeError)
    expect(() => add('2026-2-3', 1)).toThrow(RangeError)
    expect(() => add('1899-12-31', 1)).toThrow(RangeError)
    expect(() => add('2026-03-02', -1)).toThrow(RangeError)
    expect(() => add('2026-03-02', 1.5)).toThrow(RangeError)
    expect(() => count('2026-03-02', '2026-03-09', [{ from: '2026-03-05', to: '2026-03-04' }])).toThrow(
      RangeError,
    )
    expect(
      () =>
        new WorkingCalendar(
          [
            { date: '2026-03-02', kind: 'holiday', name: 'a' },
            { date: '2026-03-02', kind: 'workday', name: 'b' },
          ],
          [],
        ),
    ).toThrow(RangeError)
  })
})

describe('paused intervals', () => {
  // Mon 2026-03-02 … Fri 2026-03-13: 9 working days after the start day
  it('paused days are not counted, both ends of a pause included', () => {
    expect(count('2026-03-02', '2026-03-13')).toBe(9)
    expect(count('2026-03-02', '2026-03-13', [{ from: '2026-03-04', to: '2026-03-05' }])).toBe(7)
    // a pause over a weekend takes only its working days off
    expect(count('2026-03-02', '2026-03-13', [{ from: '2026-03-06', to: '2026-03-09' }])).toBe(7)
  })

  it('overlapping pauses are merged; the parts outside the range are ignored', () => {
    const pauses = [
      { from: '2026-03-04', to: '2026-03-05' },
      { from: '2026-03-05', to: '2026-03-06' },
      { from: '2026-02-20', to: '2026-03-03' },
      { from: '2026-03-13', to: '2026-03-20' },
    ]
    // off: 03-03 (clipped), 03-04, 03-05, 03-06, 03-13 (clipped) → 9 - 5
    expect(count('2026-03-02', '2026-03-13', pauses)).toBe(4)
  })

  it('a due date moves by the paused working days', () => {
    expect(add('2026-03-02', 5).date).toBe('2026-03-09')
    expect(add('2026-03-02', 5, [{ from: '2026-03-04', to: '2026-03-05' }]).date).toBe('2026-03-11')
    // a pause after the due date changes nothing
    expect(add('2026-03-02', 5, [{ from: '2026-03-10', to: '2026-03-20' }]).date).toBe('2026-03-09')
    // a pause that starts on the start day
    expect(add('2026-03-02', 1, [{ from: '2026-03-02', to: '2026-03-03' }]).date).toBe('2026-03-04')
    // a pause across National Day
    expect(add('2026-09-28', 3, [{ from: '2026-09-29', to: '2026-10-08' }]).date).toBe('2026-10-12')
  })
})

describe('years that are not loaded', () => {
  it('a result in 2027 is provisional, computed on plain weekends', () => {
    expect(add('2026-12-28', 5)).toEqual({ date: '2027-01-04', isProvisional: true })
    expect(add('2026-12-01', 5).isProvisional).toBe(false)
    expect(cal.countWorkingDays('2026-12-30', '2027-01-05').isProvisional).toBe(true)
    expect(cal.dayInfo('2027-10-01')).toMatchObject({ isWorkingDay: true, isProvisional: true })
    expect(add('2015-12-30', 1).isProvisional).toBe(true)
  })

  it('a gap between loaded years is provisional; an override there still applies', () => {
    const gap = new WorkingCalendar([{ date: '2027-10-01', kind: 'holiday', name: '国庆节' }], [2026, 2028])
    expect(gap.isYearLoaded(2027)).toBe(false)
    expect(gap.addWorkingDays('2027-09-30', 1)).toEqual({ date: '2027-10-04', isProvisional: true })
    expect(gap.addWorkingDays('2028-03-01', 1).isProvisional).toBe(false)
    expect(gap.countWorkingDays('2026-12-31', '2028-01-03').isProvisional).toBe(true)
  })

  it('with nothing loaded everything is plain weekends and provisional', () => {
    const empty = new WorkingCalendar([], [])
    expect(empty.addWorkingDays('2026-09-30', 5)).toEqual({ date: '2026-10-07', isProvisional: true })
    expect(empty.countWorkingDays('2026-03-02', '2026-03-13').workingDays).toBe(9)
  })
})

describe('properties', () => {
  const date = fc
    .integer({ min: daysFromCivil(2013, 1, 1), max: daysFromCivil(2029, 12, 31) })
    .map(formatDate)
  const pause = fc
    .tuple(date, fc.integer({ min: 0, max: 40 }))
    .map(([from, len]): DatePause => ({ from, to: shift(from, len) }))
  const pauses = fc.array(pause, { maxLength: 4 })
  const n = fc.integer({ min: 0, max: 400 })

  it('adding then counting gives back n', () => {
    fc.assert(
      fc.property(date, n, pauses, (d, k, p) => {
        expect(count(d, add(d, k, p).date, p)).toBe(k)
      }),
      { numRuns: 2000 },
    )
  })

  it('results are working days, not paused, and the earliest such day', () => {
    fc.assert(
      fc.property(
        date,
        n.filter((k) => k > 0),
        pauses,
        (d, k, p) => {
          const r = add(d, k, p).date
          expect(cal.isWorkingDay(r)).toBe(true)
          expect(p.some((x) => x.from <= r && r <= x.to)).toBe(false)
          expect(r > d).toBe(true)
          expect(count(d, shift(r, -1), p)).toBe(k - 1)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('counts add up and agree with a day-by-day count', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(count(a, b) + count(b, c)).toBe(count(a, c))
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        let naive = 0
        for (let d = parseDate(lo) + 1; d <= parseDate(hi); d++) if (cal.isWorkingDay(formatDate(d))) naive++
        expect(count(lo, hi)).toBe(naive)
      }),
      { numRuns: 300 },
    )
  })

  it('dates convert both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2199, 12, 31) }), (o) => {
        const s = formatDate(o)
        expect(parseDate(s)).toBe(o)
        expect(new Date(o * 86_400_000).toISOString().slice(0, 10)).toBe(s)
      }),
    )
  })
})
