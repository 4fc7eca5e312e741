import { describe, expect, it } from 'vitest'
import { beforeDeadline, counts, failedNextStep, isSettled } from './opening.rules'

describe('bidding deadline and opening rules', () => {
  const deadline = '2026-06-22T02:30:00.000Z'
  it('takes the deadline to the millisecond of the server clock', () => {
    expect(beforeDeadline(new Date('2026-06-22T02:29:59.999Z'), deadline)).toBe(true)
    expect(beforeDeadline(new Date('2026-06-22T02:30:00.000Z'), deadline)).toBe(false)
    expect(beforeDeadline(new Date('2026-06-22T02:30:01.000Z'), deadline)).toBe(false)
  })
  it('counts an active bid whose final receipt came before the deadline', () => {
    const bid = { status: 'active', finalVersion: 2, receivedAt: '2026-06-22T02:29:59.000Z' }
    expect(counts(bid, deadline)).toBe(true)
    expect(counts({ ...bid, status: 'withdrawn' }, deadline)).toBe(false)
    expect(counts({ ...bid, finalVersion: null }, deadline)).toBe(false)
    expect(counts({ ...bid, receivedAt: deadline }, deadline)).toBe(false)
  })
  it('names the next step of a failed opening per category', () => {
    expect(failedNextStep('works').step).toBe('re_tender')
    expect(failedNextStep('works').basis).toMatch(/第44条/)
    expect(failedNextStep('procurement').step).toBe('change_method_with_approval')
  })
  it('settles when nothing is pending or the window closed', () => {
    const ends = '2026-06-22T03:00:00.000Z'
    const before = new Date('2026-06-22T02:40:00.000Z')
    expect(isSettled(['decrypted', 'pending'], before, ends)).toBe(false)
    expect(isSettled(['decrypted', 'decrypting'], before, ends)).toBe(false)
    expect(isSettled(['decrypted', 'failed'], before, ends)).toBe(true)
    expect(isSettled(['pending'], new Date(ends), ends)).toBe(true)
  })
})
