import { describe, expect, it } from 'vitest'
import { bookingSlots } from './venues.rules'

describe('booking slots', () => {
  it('splits a booking into half hours', () => {
    expect(bookingSlots('2026-06-22T02:00:00Z', '2026-06-22T03:30:00Z')).toEqual({
      slots: ['2026-06-22T02:00:00.000Z', '2026-06-22T02:30:00.000Z', '2026-06-22T03:00:00.000Z'],
    })
  })

  it('overlapping bookings share a slot; adjacent ones do not', () => {
    const a = bookingSlots('2026-06-22T02:00:00Z', '2026-06-22T03:00:00Z')
    const b = bookingSlots('2026-06-22T02:30:00Z', '2026-06-22T04:00:00Z')
    const c = bookingSlots('2026-06-22T03:00:00Z', '2026-06-22T04:00:00Z')
    if (!('slots' in a) || !('slots' in b) || !('slots' in c)) throw new Error('expected slots')
    expect(a.slots.some((s) => b.slots.includes(s))).toBe(true)
    expect(a.slots.some((s) => c.slots.includes(s))).toBe(false)
  })

  it('refuses unaligned, empty and over-long spans', () => {
    expect(bookingSlots('2026-06-22T02:10:00Z', '2026-06-22T03:00:00Z')).toEqual({ problem: 'not_aligned' })
    expect(bookingSlots('2026-06-22T03:00:00Z', '2026-06-22T03:00:00Z')).toEqual({ problem: 'empty' })
    expect(bookingSlots('2026-06-22T00:00:00Z', '2026-06-22T12:30:00Z')).toEqual({ problem: 'too_long' })
  })
})
