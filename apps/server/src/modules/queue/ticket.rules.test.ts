import { describe, expect, it } from 'vitest'
import {
  capAllows,
  categoryOpen,
  checkInOpen,
  effectiveCap,
  idLimitAllows,
  isWithinHours,
  localClock,
  outstandingReservation,
  slotReservations,
  ticketNumber,
  walkInsLeft,
} from './ticket.rules'

describe('ticket rules', () => {
  it('numbers tickets per category within the range', () => {
    expect(ticketNumber('A', { numberStart: 1, numberEnd: 999 }, 82)).toBe('A082')
    expect(ticketNumber('B', { numberStart: 501, numberEnd: 999 }, 1)).toBe('B501')
    expect(ticketNumber('C', { numberStart: 1, numberEnd: 2000 }, 7)).toBe('C0007')
    expect(effectiveCap({ dailyCap: 300, numberStart: 1, numberEnd: 100 })).toBe(100)
    expect(effectiveCap({ dailyCap: 50, numberStart: 1, numberEnd: 999 })).toBe(50)
  })

  it('holds the cap for walk-ins and appointment check-ins', () => {
    expect(capAllows({ n: 10, cap: 10, isAppointment: false, outstanding: 0 }).ok).toBe(true)
    expect(capAllows({ n: 11, cap: 10, isAppointment: false, outstanding: 0 }).ok).toBe(false)
    expect(capAllows({ n: 8, cap: 10, isAppointment: false, outstanding: 3 }).ok).toBe(false)
    expect(capAllows({ n: 8, cap: 10, isAppointment: true, outstanding: 3 }).ok).toBe(true)
    expect(capAllows({ n: 11, cap: 10, isAppointment: true, outstanding: 0 }).ok).toBe(false)
  })

  it('reserves the appointment share over the slots and returns it once each slot has passed', () => {
    const slots = [
      { endsAt: '10:30', capacity: 5, checkedIn: 1 },
      { endsAt: '11:00', capacity: 5, checkedIn: 0 },
    ]
    expect(slotReservations(100, 20, slots)).toEqual([5, 5])
    expect(slotReservations(20, 20, slots)).toEqual([2, 2]) // 4 reserved, spread by capacity
    expect(outstandingReservation(100, 20, slots, '10:00')).toBe(4 + 5)
    expect(outstandingReservation(100, 20, slots, '10:30')).toBe(5) // the first slot passed
    expect(outstandingReservation(100, 20, slots, '11:00')).toBe(0)
    expect(outstandingReservation(100, 0, slots, '10:00')).toBe(0)
    expect(walkInsLeft({ issued: 88, cap: 100, outstanding: 9 })).toBe(3)
    expect(walkInsLeft({ issued: 95, cap: 100, outstanding: 9 })).toBe(0)
  })

  it('limits tickets per ID a day', () => {
    expect(idLimitAllows(1, 2)).toBe(true)
    expect(idLimitAllows(2, 2)).toBe(false)
    expect(idLimitAllows(5, 0)).toBe(true)
  })

  it('opens by hours in the center’s time zone, on working days, when switched on', () => {
    const hours = [{ days: [1, 2, 3, 4, 5], open: '10:00', close: '14:00' }]
    // 2026-03-02 is a Monday; 02:00Z is 10:00 in Shanghai
    expect(localClock(new Date('2026-03-02T02:00:00Z'), 'Asia/Shanghai')).toEqual({
      weekday: 1,
      time: '10:00',
    })
    expect(localClock(new Date('2026-03-01T16:30:00Z'), 'Asia/Shanghai')).toEqual({
      weekday: 1,
      time: '00:30',
    })
    expect(isWithinHours(hours, 1, '13:59')).toBe(true)
    expect(isWithinHours(hours, 1, '14:00')).toBe(false)
    expect(isWithinHours(hours, 6, '11:00')).toBe(false)
    expect(isWithinHours(null, 7, '03:00')).toBe(true)
    expect(
      categoryOpen({ isOpen: false, isWorkingDay: true, hours: null, weekday: 1, time: '10:00' }),
    ).toEqual({ ok: false, reason: 'switched_off' })
    expect(
      categoryOpen({ isOpen: true, isWorkingDay: false, hours: null, weekday: 1, time: '10:00' }),
    ).toEqual({ ok: false, reason: 'not_working_day' })
    expect(categoryOpen({ isOpen: true, isWorkingDay: true, hours, weekday: 1, time: '15:00' })).toEqual({
      ok: false,
      reason: 'outside_hours',
    })
    // a Saturday made a working day (调休) keeps Monday's hours; an ordinary Saturday is no working day
    expect(categoryOpen({ isOpen: true, isWorkingDay: true, hours, weekday: 6, time: '11:00' })).toEqual({
      ok: true,
    })
    expect(categoryOpen({ isOpen: true, isWorkingDay: true, hours, weekday: 6, time: '15:00' })).toEqual({
      ok: false,
      reason: 'outside_hours',
    })
  })

  it('opens appointment check-in around the slot start', () => {
    const w = { beforeMinutes: 30, afterMinutes: 15 }
    expect(checkInOpen({ startsAt: '10:00' }, '09:29', w)).toBe('early')
    expect(checkInOpen({ startsAt: '10:00' }, '09:30', w)).toBe('open')
    expect(checkInOpen({ startsAt: '10:00' }, '10:15', w)).toBe('open')
    expect(checkInOpen({ startsAt: '10:00' }, '10:16', w)).toBe('late')
  })
})
