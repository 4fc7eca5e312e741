import { describe, expect, it } from 'vitest'
import { WorkingCalendar } from '../calendar/working-days'
import {
  caseLight,
  colourOf,
  deadlineLight,
  frozenRemainingDays,
  lightBounds,
  taskLight,
  worstColour,
  type CaseClockFacts,
} from './lights'

// 2026: National Day holidays 10-01..10-07, make-up working days Sun 09-27 and Sat 10-10
const holidays = [
  '2026-10-01',
  '2026-10-02',
  '2026-10-03',
  '2026-10-04',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
].map((date) => ({ date, kind: 'holiday' as const, name: '国庆节' }))
const cal = new WorkingCalendar(
  [
    ...holidays,
    { date: '2026-09-27', kind: 'workday', name: '国庆节调休' },
    { date: '2026-10-10', kind: 'workday', name: '国庆节调休' },
  ],
  [2026],
)

const accepted = (over: Partial<CaseClockFacts> = {}): CaseClockFacts => ({
  status: 'in_progress',
  acceptedOn: '2026-09-24',
  intakeDueOn: '2026-09-24',
  promisedDays: 5,
  extensionDays: 0,
  pauses: [],
  ...over,
})

describe('lights', () => {
  it('colours by the days left: green, yellow at the threshold, red after the due date', () => {
    expect(colourOf('2026-03-10', 3, '2026-03-05', 1)).toBe('green')
    expect(colourOf('2026-03-10', 1, '2026-03-09', 1)).toBe('yellow')
    expect(colourOf('2026-03-10', 0, '2026-03-10', 1)).toBe('yellow')
    expect(colourOf('2026-03-10', 0, '2026-03-11', 1)).toBe('red')
    // the threshold is configurable (per matter type): 3 days turns yellow earlier
    expect(colourOf('2026-03-10', 3, '2026-03-05', 3)).toBe('yellow')
    // the day after a Friday due date is red although no working day has passed
    expect(colourOf('2026-03-13', 0, '2026-03-14', 1)).toBe('red')
  })

  it('counts across a holiday and its make-up working days', () => {
    // accepted Thu 09-24: 09-25 (Fri), 09-27 (Sun, make-up), 09-28, 09-29, 09-30 → due 09-30
    expect(caseLight(cal, accepted(), '2026-09-25', 1)).toMatchObject({
      colour: 'green',
      dueOn: '2026-09-30',
      remainingDays: 4,
    })
    expect(caseLight(cal, accepted(), '2026-09-29', 1)).toMatchObject({ colour: 'yellow', remainingDays: 1 })
    // through the holiday the case is red from 10-01 on, though no working day passes
    expect(caseLight(cal, accepted(), '2026-10-03', 1)).toMatchObject({ colour: 'red', remainingDays: 0 })
    expect(caseLight(cal, accepted(), '2026-10-08', 1)).toMatchObject({ colour: 'red', remainingDays: -1 })
    // a 6-day limit spans the holiday: due 10-08, yellow all through the holiday (one day left)
    expect(caseLight(cal, accepted({ promisedDays: 6 }), '2026-10-02', 1)).toMatchObject({
      colour: 'yellow',
      dueOn: '2026-10-08',
      remainingDays: 1,
    })
  })

  it('stops with a pause: shown paused, keeps the colour of the days left when it stopped', () => {
    // paused on 09-28 with 2 days left (09-29, 09-30)
    const paused = accepted({ status: 'supplement_requested', pauses: [{ from: '2026-09-28', to: null }] })
    const early = caseLight(cal, paused, '2026-10-09', 1)
    expect(early).toMatchObject({ colour: 'green', isPaused: true, remainingDays: 2 })
    expect(caseLight(cal, paused, '2026-11-20', 1)).toMatchObject({
      colour: 'green',
      isPaused: true,
      remainingDays: 2,
    })
    // resumed on 10-09: 10-10 (Sat, make-up) and 10-12 are the two days left
    const resumed = accepted({ pauses: [{ from: '2026-09-28', to: '2026-10-09' }] })
    expect(caseLight(cal, resumed, '2026-10-09', 1)).toMatchObject({
      colour: 'green',
      dueOn: '2026-10-12',
      remainingDays: 2,
    })
    expect(caseLight(cal, resumed, '2026-10-10', 1)).toMatchObject({ colour: 'yellow', remainingDays: 1 })
    expect(caseLight(cal, resumed, '2026-10-13', 1)).toMatchObject({ colour: 'red' })
    // paused when already overdue: red while paused
    const late = accepted({ status: 'special_procedure', pauses: [{ from: '2026-10-08', to: null }] })
    expect(caseLight(cal, late, '2026-10-20', 1)).toMatchObject({
      colour: 'red',
      isPaused: true,
      remainingDays: -1,
    })
    // paused on its last day: 0 days left, yellow for as long as it waits
    const lastDay = accepted({ status: 'supplement_requested', pauses: [{ from: '2026-09-30', to: null }] })
    expect(caseLight(cal, lastDay, '2026-10-20', 1)).toMatchObject({
      colour: 'yellow',
      isPaused: true,
      remainingDays: 0,
    })
    // the dashboard gets the same days left from the stored due date and the pause's first day
    expect(frozenRemainingDays(cal, '2026-09-30', '2026-09-28')).toBe(2)
    expect(frozenRemainingDays(cal, '2026-09-30', '2026-10-08')).toBe(-1)
    expect(frozenRemainingDays(cal, '2026-09-30', '2026-09-30')).toBe(0)
  })

  it('moves with an extension', () => {
    expect(caseLight(cal, accepted(), '2026-10-08', 1)?.colour).toBe('red')
    // +3: 10-08, 10-09 and the make-up Saturday 10-10
    expect(caseLight(cal, accepted({ extensionDays: 3 }), '2026-10-08', 1)).toMatchObject({
      colour: 'green',
      dueOn: '2026-10-10',
      remainingDays: 2,
    })
  })

  it('makes a task that overruns red while the case is on time', () => {
    const c = accepted({ promisedDays: 10 })
    expect(caseLight(cal, c, '2026-10-08', 1)?.colour).toBe('green')
    expect(taskLight(cal, c, { status: 'open', limitDays: 3 }, '2026-10-08', 1)?.colour).toBe('red')
    expect(taskLight(cal, c, { status: 'done', limitDays: 3 }, '2026-10-08', 1)).toBeNull()
    expect(worstColour(['green', 'red', 'yellow'])).toBe('red')
    expect(worstColour([null, 'green', 'yellow'])).toBe('yellow')
    expect(worstColour([])).toBeNull()
  })

  it('lights the intake decision, none for closed cases', () => {
    const intake = accepted({ status: 'received', acceptedOn: null, intakeDueOn: '2026-09-30' })
    expect(caseLight(cal, intake, '2026-09-29', 1)).toMatchObject({ colour: 'yellow', remainingDays: 1 })
    expect(caseLight(cal, intake, '2026-10-01', 1)?.colour).toBe('red')
    expect(caseLight(cal, { ...intake, status: 'correction_requested' }, '2026-10-20', 1)).toMatchObject({
      colour: 'green',
      isPaused: true,
    })
    expect(caseLight(cal, accepted({ status: 'completed' }), '2026-10-20', 1)).toBeNull()
  })

  it('marks a light provisional when the due date lies in a year not loaded', () => {
    const light = deadlineLight(cal, {
      startOn: '2026-12-28',
      limitDays: 10,
      pauses: [],
      today: '2026-12-29',
      yellowDays: 1,
    })
    expect(light.isProvisional).toBe(true)
    expect(light.dueOn > '2027-01-01').toBe(true)
    expect(
      deadlineLight(cal, {
        startOn: '2026-03-02',
        limitDays: 10,
        pauses: [],
        today: '2026-03-03',
        yellowDays: 1,
      }).isProvisional,
    ).toBe(false)
  })

  it('gives SQL the same answer through bounds: red before today, yellow up to yellowUntil', () => {
    for (const today of [
      '2026-09-25',
      '2026-09-26',
      '2026-09-30',
      '2026-10-02',
      '2026-10-09',
      '2026-10-10',
    ]) {
      const b = lightBounds(cal, today, 1)
      for (const due of [
        '2026-09-28',
        '2026-09-30',
        '2026-10-08',
        '2026-10-09',
        '2026-10-10',
        '2026-10-12',
        '2026-10-13',
      ]) {
        const left = cal.countWorkingDays(today, due).workingDays
        const sqlColour = due < b.today ? 'red' : due <= b.yellowUntil ? 'yellow' : 'green'
        expect(sqlColour, `${today} ${due}`).toBe(colourOf(due, left, today, 1))
      }
    }
  })
})
