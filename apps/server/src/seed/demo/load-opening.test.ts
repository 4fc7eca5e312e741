import { describe, expect, it } from 'vitest'
import { demoOpeningAt } from './load-opening'

const TZ = 'Asia/Shanghai'
/** weekdays work (2026-06-01 is a Monday) */
const cal = { isWorkingDay: (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) }
const at = (local: string) => demoOpeningAt(new Date(`${local}+08:00`), cal, TZ)

describe('the demo opening', () => {
  it('is the next half hour at least 30 minutes ahead while the hall is open', () => {
    expect(at('2026-06-01T10:00:00')).toEqual({ date: '2026-06-01', hhmm: '10:30' })
    expect(at('2026-06-01T10:05:00')).toEqual({ date: '2026-06-01', hhmm: '11:00' })
    expect(at('2026-06-01T13:29:59')).toEqual({ date: '2026-06-01', hhmm: '14:00' })
    expect(at('2026-06-01T18:30:00')).toEqual({ date: '2026-06-01', hhmm: '19:00' })
  })

  it('is 10:30 when the hall opens: later today before it opens, else the next working day', () => {
    expect(at('2026-06-01T07:12:00')).toEqual({ date: '2026-06-01', hhmm: '10:30' })
    expect(at('2026-06-01T18:31:00')).toEqual({ date: '2026-06-02', hhmm: '10:30' })
    expect(at('2026-06-05T20:00:00')).toEqual({ date: '2026-06-08', hhmm: '10:30' })
    expect(at('2026-06-06T11:00:00')).toEqual({ date: '2026-06-08', hhmm: '10:30' })
  })
})
