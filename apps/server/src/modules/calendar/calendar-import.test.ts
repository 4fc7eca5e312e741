import { describe, expect, it } from 'vitest'
import { chineseDaysOverrides } from './chinese-days-seed'
import { formatCalendarImport, parseCalendarImport } from './calendar-import'

describe('the calendar import file', () => {
  it('reads days, with comments, a header, a BOM, CRLF, Chinese kinds and commas in names', () => {
    const file =
      '\uFEFF# 2027 年部分节假日安排\r\ndate,kind,name\r\n\r\n2027-10-01, holiday ,国庆节\r\n2027-09-26,班,国庆节\r\n2027-01-01,休,元旦, New Year\r\n'
    expect(parseCalendarImport(2027, file)).toEqual({
      ok: true,
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦, New Year' },
        { date: '2027-09-26', kind: 'workday', name: '国庆节' },
        { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
      ],
    })
  })

  it('reports every bad line with its number and a code', () => {
    const file = [
      'date,kind,name',
      '2027-10-01,holiday,国庆节',
      '2027-10-01,holiday,国庆节',
      '2027-02-30,holiday,x',
      '2026-10-01,holiday,国庆节',
      '2027-10-02,day-off,国庆节',
      '2027-10-03,holiday,',
      '2027-09-29,workday,国庆节',
      'just text',
      `2027-10-04,holiday,${'长'.repeat(65)}`,
    ].join('\n')
    const r = parseCalendarImport(2027, file)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'duplicate'],
      [4, 'date'],
      [5, 'other-year'],
      [6, 'kind'],
      [7, 'name'],
      [8, 'workday-not-weekend'], // a Wednesday
      [9, 'columns'],
      [10, 'name'],
    ])
    expect(r.errors[0]?.message).toContain('line 2')
  })

  it('refuses an empty file and an overlong one', () => {
    expect(parseCalendarImport(2027, '# nothing\n\n')).toEqual({
      ok: false,
      errors: [{ line: 0, code: 'empty', message: 'no days listed for 2027' }],
    })
    const long = parseCalendarImport(2027, '\n'.repeat(2000))
    expect(!long.ok && long.errors[0]?.code).toBe('too-long')
  })

  it('round-trips a real year', () => {
    const days = chineseDaysOverrides(2026)
    expect(parseCalendarImport(2026, formatCalendarImport(days))).toEqual({ ok: true, days })
  })
})
