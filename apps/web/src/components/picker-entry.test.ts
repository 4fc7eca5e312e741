import { describe, expect, it } from 'vitest'
import { refusalOf, shownText, type EntryRule } from './picker-entry'

const day: EntryRule = {
  format: 'YYYY-MM-DD',
  valueFormat: 'YYYY-MM-DD',
  min: '2026-03-10',
  max: '2026-03-31',
}
const dateTime: EntryRule = {
  format: 'YYYY-MM-DD HH:mm',
  valueFormat: 'YYYY-MM-DDTHH:mm',
  max: '2026-12-07T14:30',
}
const month: EntryRule = { format: 'YYYY-MM', valueFormat: 'YYYY-MM' }

describe("a picker's typed entry", () => {
  it('is taken when it is a date in the format within the bounds', () => {
    expect(refusalOf('2026-03-10', '', day)).toBeNull()
    expect(refusalOf('2026-03-31', '2026-03-20', day)).toBeNull()
    expect(refusalOf('2026-12-07 14:30', '', dateTime)).toBeNull()
    expect(refusalOf('2031-01', '2026-12', month)).toBeNull()
  })

  it("is nothing to tell when the field shows its value's text or nothing", () => {
    expect(refusalOf('', '2026-03-20', day)).toBeNull()
    expect(refusalOf('  ', '', day)).toBeNull()
    expect(refusalOf('2026-03-20', '2026-03-20', day)).toBeNull()
    expect(refusalOf('2026-12-08 09:00', '2026-12-08T09:00', dateTime)).toBeNull()
  })

  it('is refused when it is not a date written in the format', () => {
    for (const text of ['hello', '2026-13-01', '2026-02-30', '2026/03/20', '20260320', '2026-3-20'])
      expect(refusalOf(text, '2026-03-20', day), text).toEqual({ reason: 'notADate' })
    expect(refusalOf('2026-12-07 25:00', '', dateTime)).toEqual({ reason: 'notADate' })
    expect(refusalOf('2026-12-07', '', dateTime)).toEqual({ reason: 'notADate' })
    expect(refusalOf('2026-00', '2026-12', month)).toEqual({ reason: 'notADate' })
  })

  it('is refused outside the bounds, naming the bound in the format of the field', () => {
    expect(refusalOf('2026-03-09', '2026-03-20', day)).toEqual({ reason: 'tooEarly', limit: '2026-03-10' })
    expect(refusalOf('2026-04-01', '', day)).toEqual({ reason: 'tooLate', limit: '2026-03-31' })
    expect(refusalOf('2026-12-07 14:31', '', dateTime)).toEqual({
      reason: 'tooLate',
      limit: '2026-12-07 14:30',
    })
    expect(refusalOf('2027-01-01 00:00', '', dateTime)).toEqual({
      reason: 'tooLate',
      limit: '2026-12-07 14:30',
    })
  })

  it("shows a value in the field's format", () => {
    expect(shownText('2026-12-07T09:30', dateTime)).toBe('2026-12-07 09:30')
    expect(shownText('', dateTime)).toBe('')
    expect(shownText(undefined, day)).toBe('')
  })
})
