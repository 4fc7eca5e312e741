import { describe, expect, it } from 'vitest'
import { slotOf } from './job-runner'

describe('schedule slots', () => {
  it('gives every instance the same slot for an interval schedule', () => {
    const s = { name: 'x', type: 't', payload: {}, everyMs: 60_000 }
    expect(slotOf(s, new Date('2026-03-02T02:00:59.999Z'), 'Asia/Shanghai')).toBe(
      slotOf(s, new Date('2026-03-02T02:00:00.000Z'), 'Asia/Shanghai'),
    )
    expect(slotOf(s, new Date('2026-03-02T02:01:00.000Z'), 'Asia/Shanghai')).not.toBe(
      slotOf(s, new Date('2026-03-02T02:00:00.000Z'), 'Asia/Shanghai'),
    )
  })
  it('fires a daily schedule once its local time has come, keyed by the local date', () => {
    const s = { name: 'reset', type: 't', payload: {}, dailyAt: '00:05' }
    // 2026-03-01T16:04Z is 00:04 on 03-02 in Shanghai: not yet
    expect(slotOf(s, new Date('2026-03-01T16:04:00Z'), 'Asia/Shanghai')).toBeNull()
    expect(slotOf(s, new Date('2026-03-01T16:05:00Z'), 'Asia/Shanghai')).toBe('2026-03-02')
    expect(slotOf(s, new Date('2026-03-02T15:59:00Z'), 'Asia/Shanghai')).toBe('2026-03-02')
    expect(slotOf(s, new Date('2026-03-02T16:06:00Z'), 'Asia/Shanghai')).toBe('2026-03-03')
  })
})
