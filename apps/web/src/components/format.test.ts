import { describe, expect, it } from 'vitest'
import { centerDay, centerTime, formatDateTime, formatDay, formatDayWithWeekday } from './format'

describe('dates per language on the center’s clock', () => {
  it('writes a day in each language', () => {
    expect(formatDay('2026-03-02', 'zh-CN')).toBe('2026年3月2日')
    expect(formatDay('2026-03-02', 'en')).toBe('2 Mar 2026')
    expect(formatDay('2026-03-02', 'ug')).toBe('2026-يىلى 2-مارت')
    expect(formatDay(null, 'en')).toBe('—')
    expect(formatDay('soon', 'en')).toBe('soon')
  })

  it('writes an instant in the center’s time zone, not the reader’s', () => {
    // 17:30 UTC on 1 March is 01:30 on 2 March in Urumqi's center (Asia/Shanghai)
    expect(formatDateTime('2026-03-01T17:30:00Z', 'zh-CN')).toContain('2026年3月2日')
    expect(formatDateTime('2026-03-01T17:30:00Z', 'en')).toMatch(/^2 Mar 2026, 01:30$/)
    expect(formatDateTime('2026-03-01T17:30:00Z', 'ug')).toBe('2026-يىلى 2-مارت 01:30')
    expect(formatDateTime('nonsense', 'en')).toBe('—')
  })

  it('names the weekday, and finds the center’s day', () => {
    expect(formatDayWithWeekday('2026-03-02', 'ug')).toBe('2-مارت دۈشەنبە')
    expect(formatDayWithWeekday('2026-03-02', 'en')).toBe('Mon 2 Mar')
    expect(centerDay(0, new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-02')
    expect(centerDay(1, new Date('2026-03-01T15:30:00Z'))).toBe('2026-03-02')
  })

  it('reads "today" and the clock on the time zone it is given (the server\'s TZ_CENTER)', () => {
    const at = new Date('2026-03-01T17:30:00Z')
    expect(centerTime(at)).toBe('01:30')
    expect(centerTime(at, 'Asia/Urumqi')).toBe('23:30')
    expect(centerDay(0, at, 'Asia/Urumqi')).toBe('2026-03-01')
    expect(formatDateTime('2026-03-01T17:30:00Z', 'en', 'Asia/Urumqi')).toBe('1 Mar 2026, 23:30')
  })
})
