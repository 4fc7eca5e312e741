import { describe, expect, it } from 'vitest'
import { ManualClock, OffsetClock } from './clock'

describe('OffsetClock', () => {
  it('starts at the given instant and ticks with the real clock', () => {
    const real = new ManualClock('2026-11-27T20:00:00.000Z')
    const clock = new OffsetClock(new Date('2026-12-15T02:00:00.000Z'), real)
    expect(clock.now().toISOString()).toBe('2026-12-15T02:00:00.000Z')
    real.advance(90_000)
    expect(clock.now().toISOString()).toBe('2026-12-15T02:01:30.000Z')
  })
})
