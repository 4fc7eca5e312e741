import { describe, expect, it } from 'vitest'
import { chineseDaysOverrides } from '../calendar/chinese-days-seed'
import { WorkingCalendar } from '../calendar/working-days'
import { checkExtension, deadline, intakeDeadline, pausedRanges, supplyDeadline } from './case-clock'

/** The real 2026 schedule (National Day 10-01…10-07 off, 09-20 and 10-10 worked). */
const calendar2026 = (loaded: number[] = [2026]) => new WorkingCalendar(chineseDaysOverrides(2026), loaded)

const cal = calendar2026()

describe('case clock', () => {
  it('counts the promised limit from the day after acceptance, over National Day', () => {
    // accepted Wed 09-30; 5 working days: 10-08, 10-09, 10-10 (Sat, worked), 10-12, 10-13
    const d = deadline(cal, { startOn: '2026-09-30', limitDays: 5, pauses: [], today: '2026-09-30' })
    expect(d).toMatchObject({
      dueDate: '2026-10-13',
      remainingDays: 5,
      usedDays: 0,
      isPaused: false,
      isProvisional: false,
    })
    const later = deadline(cal, { startOn: '2026-09-30', limitDays: 5, pauses: [], today: '2026-10-09' })
    expect(later).toMatchObject({ usedDays: 2, remainingDays: 3 })
    const overdue = deadline(cal, { startOn: '2026-09-30', limitDays: 5, pauses: [], today: '2026-10-15' })
    expect(overdue.remainingDays).toBe(-2)
  })

  it('does not count the days of a closed pause, and moves the due date by them', () => {
    // accepted Mon 03-02, 10 days → due 03-16; supplement requested Wed 03-04, supplied Mon 03-09:
    // 03-05, 03-06, 03-09 are off the clock (3 working days)
    const plain = deadline(cal, { startOn: '2026-03-02', limitDays: 10, pauses: [], today: '2026-03-02' })
    expect(plain.dueDate).toBe('2026-03-16')
    const paused = deadline(cal, {
      startOn: '2026-03-02',
      limitDays: 10,
      pauses: [{ from: '2026-03-04', to: '2026-03-09' }],
      today: '2026-03-10',
    })
    expect(paused.dueDate).toBe('2026-03-19')
    expect(paused.usedDays).toBe(3) // 03-03, 03-04, 03-10
    expect(paused.remainingDays).toBe(7)
  })

  it('freezes the days left while a pause runs and projects the due date from today', () => {
    const monday = deadline(cal, {
      startOn: '2026-03-02',
      limitDays: 10,
      pauses: [{ from: '2026-03-04', to: null }],
      today: '2026-03-09',
    })
    const friday = deadline(cal, {
      startOn: '2026-03-02',
      limitDays: 10,
      pauses: [{ from: '2026-03-04', to: null }],
      today: '2026-03-13',
    })
    expect(monday.isPaused).toBe(true)
    expect(monday.remainingDays).toBe(8)
    expect(friday.remainingDays).toBe(8)
    expect(friday.dueDate > monday.dueDate).toBe(true)
  })

  it('ignores a pause that begins and ends on the same day', () => {
    expect(pausedRanges([{ from: '2026-03-04', to: '2026-03-04' }], '2026-03-05')).toEqual([])
  })

  it('gives the intake decision five working days from the submission', () => {
    // received Fri 02-13 before Spring Festival: 02-14 (Sat, worked), then 02-24, 25, 26, 27
    expect(
      intakeDeadline(cal, { submittedOn: '2026-02-13', intakeLimitDays: 5, today: '2026-02-13' }).dueDate,
    ).toBe('2026-02-27')
  })

  it('sets the supply deadline of a 容缺 material', () => {
    // 10-08, 10-09, then Saturday 10-10, a make-up working day
    expect(supplyDeadline(cal, '2026-09-30', 3).date).toBe('2026-10-10')
  })

  it('makes an instant matter accepted on a holiday or weekend due on the next working day', () => {
    // National Day: 10-03 is a holiday, the next working day is 10-08
    expect(
      deadline(cal, { startOn: '2026-10-03', limitDays: 0, pauses: [], today: '2026-10-03' }),
    ).toMatchObject({ dueDate: '2026-10-08', remainingDays: 1 })
    // a Sunday (03-08) → Monday 03-09
    expect(
      deadline(cal, { startOn: '2026-03-08', limitDays: 0, pauses: [], today: '2026-03-08' }).dueDate,
    ).toBe('2026-03-09')
    // the worked Saturday 10-10 (调休) is a working day: due that day
    expect(
      deadline(cal, { startOn: '2026-10-10', limitDays: 0, pauses: [], today: '2026-10-10' }).dueDate,
    ).toBe('2026-10-10')
  })

  it('treats an instant matter (0 days) as due on the day it was accepted', () => {
    expect(
      deadline(cal, { startOn: '2026-03-02', limitDays: 0, pauses: [], today: '2026-03-02' }),
    ).toMatchObject({ dueDate: '2026-03-02', remainingDays: 0 })
  })

  it('marks a deadline that reaches into an unloaded year provisional', () => {
    const d = deadline(cal, { startOn: '2026-12-24', limitDays: 10, pauses: [], today: '2026-12-24' })
    expect(d.isProvisional).toBe(true)
    const loadedBoth = calendar2026([2026, 2027])
    expect(
      deadline(loadedBoth, { startOn: '2026-12-24', limitDays: 10, pauses: [], today: '2026-12-24' })
        .isProvisional,
    ).toBe(false)
  })

  it('caps extensions per matter', () => {
    expect(checkExtension(10, 0, 10)).toBeNull()
    expect(checkExtension(5, 6, 10)).toBe('over-cap')
    expect(checkExtension(0, 0, 10)).toBe('not-positive')
  })
})
