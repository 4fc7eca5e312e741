import { describe, expect, it } from 'vitest'
import { isReminderDue, localStamp, reminderDays } from './appointment-reminders'

const tz = 'Asia/Shanghai'
// Tuesday 3 March 2026, 10:30 in the center: the slot. Instants are UTC (Shanghai is UTC+8).
const slot = { serviceDate: '2026-03-03', startsAt: '10:30', bookedAt: new Date('2026-02-27T02:00:00Z') }

describe('appointment reminders', () => {
  it('reads the center’s wall clock', () => {
    expect(localStamp(new Date('2026-03-02T16:30:00Z'), tz)).toBe('2026-03-03 00:30')
  })

  it('is due from the lead time before the slot until it starts', () => {
    expect(isReminderDue(slot, new Date('2026-03-02T02:29:00Z'), 24, tz)).toBe(false) // 24 h 1 min before
    expect(isReminderDue(slot, new Date('2026-03-02T02:30:00Z'), 24, tz)).toBe(true) // exactly 24 h before
    expect(isReminderDue(slot, new Date('2026-03-03T02:29:00Z'), 24, tz)).toBe(true) // a minute before
    expect(isReminderDue(slot, new Date('2026-03-03T02:30:00Z'), 24, tz)).toBe(false) // started
    expect(isReminderDue(slot, new Date('2026-03-03T00:00:00Z'), 3, tz)).toBe(true) // 2½ h before, 3 h lead
    expect(isReminderDue(slot, new Date('2026-03-02T23:00:00Z'), 3, tz)).toBe(false) // 3½ h before
  })

  it('is never due when off, nor for a booking made inside the lead time', () => {
    expect(isReminderDue(slot, new Date('2026-03-03T00:00:00Z'), 0, tz)).toBe(false)
    const late = { ...slot, bookedAt: new Date('2026-03-02T12:00:00Z') } // booked 14½ h before
    expect(isReminderDue(late, new Date('2026-03-03T00:00:00Z'), 24, tz)).toBe(false)
    expect(isReminderDue(late, new Date('2026-03-03T00:00:00Z'), 12, tz)).toBe(true)
  })

  it('reads only the days the lead time reaches', () => {
    expect(reminderDays(new Date('2026-03-02T02:30:00Z'), 24, tz)).toEqual({
      from: '2026-03-02',
      to: '2026-03-03',
    })
    expect(reminderDays(new Date('2026-03-02T02:30:00Z'), 3, tz)).toEqual({
      from: '2026-03-02',
      to: '2026-03-02',
    })
  })
})
