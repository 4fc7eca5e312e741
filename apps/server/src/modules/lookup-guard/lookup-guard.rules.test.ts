import { describe, expect, it } from 'vitest'
import { lockDurationMs, locksThatCount, minuteWindow } from './lookup-guard.rules'

const hour = 3_600_000
const policy = { maxFailures: 5, lockMs: hour, maxLockMs: 24 * hour }

describe('second-factor locks', () => {
  it('doubles each repeated lock up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((n) => lockDurationMs(policy, n) / hour)).toEqual([
      1, 2, 4, 8, 16, 24, 24, 24,
    ])
  })

  it('forgets earlier locks a day after the last one ended', () => {
    const now = new Date('2026-03-02T12:00:00Z')
    expect(locksThatCount({ lockCount: 3, lockedUntil: null }, now)).toBe(0)
    expect(locksThatCount({ lockCount: 3, lockedUntil: '2026-03-02T11:00:00Z' }, now)).toBe(3)
    expect(locksThatCount({ lockCount: 3, lockedUntil: '2026-03-01T11:59:00Z' }, now)).toBe(0)
  })

  it('counts an address per minute', () => {
    expect(minuteWindow(new Date('2026-03-02T12:34:56.789Z'))).toBe('2026-03-02T12:34:00.000Z')
  })
})
