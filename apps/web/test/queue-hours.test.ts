import { describe, expect, it } from 'vitest'
import { hoursToText, textToHours } from '../src/screens/admin/queue/hours'

describe('queue hours as text', () => {
  it('round-trips the demo hours', () => {
    const hours = [
      { days: [1, 2, 3, 4, 5], open: '10:00', close: '14:00' },
      { days: [1, 2, 3, 4, 5], open: '15:30', close: '19:30' },
    ]
    expect(hoursToText(hours)).toBe('1-5 10:00-14:00\n1-5 15:30-19:30')
    expect(textToHours(hoursToText(hours))).toEqual({ hours })
  })

  it('empty means always open; a bad line is named', () => {
    expect(textToHours('  ')).toEqual({ hours: null })
    expect(textToHours('1,3,6 09:00-12:00')).toEqual({
      hours: [{ days: [1, 3, 6], open: '09:00', close: '12:00' }],
    })
    expect(textToHours('1-5 10:00-14:00\nmonday 9-5')).toEqual({ badLine: 2 })
    expect(textToHours('1-5 14:00-10:00')).toEqual({ badLine: 1 })
  })
})
