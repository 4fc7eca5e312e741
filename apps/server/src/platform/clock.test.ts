import { describe, expect, it } from 'vitest'
import { instantAt, localDate, ManualClock, OffsetClock } from './clock'

describe('OffsetClock', () => {
  it('starts at the given instant and ticks with the real clock', () => {
    const real = new ManualClock('2026-11-27T20:00:00.000Z')
    const clock = new OffsetClock(new Date('2026-12-15T02:00:00.000Z'), real)
    expect(clock.now().toISOString()).toBe('2026-12-15T02:00:00.000Z')
    real.advance(90_000)
    expect(clock.now().toISOString()).toBe('2026-12-15T02:01:30.000Z')
  })
})

describe('instantAt', () => {
  it('is the instant of a local date and time, the inverse of localDate', () => {
    expect(instantAt('2026-03-02', '10:00', 'Asia/Shanghai').toISOString()).toBe('2026-03-02T02:00:00.000Z')
    expect(instantAt('2026-03-02', '00:00', 'Asia/Shanghai').toISOString()).toBe('2026-03-01T16:00:00.000Z')
    expect(localDate(instantAt('2026-03-02', '00:00', 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2026-03-02')
    // a zone with summer time
    expect(instantAt('2026-07-01', '00:00', 'America/New_York').toISOString()).toBe(
      '2026-07-01T04:00:00.000Z',
    )
  })
})
