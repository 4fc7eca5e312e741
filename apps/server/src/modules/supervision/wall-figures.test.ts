import { describe, expect, it } from 'vitest'
import { dailySatisfaction, daysUpTo, heatHours, localHour, scrubComment, waitHeatmap } from './wall-figures'

const tz = 'Asia/Shanghai'

describe('waitHeatmap', () => {
  it('buckets waits by service day and local hour of arrival, one decimal', () => {
    const cells = waitHeatmap(
      [
        // 09:10 and 09:50 local (UTC+8): waits 10 and 5 minutes → mean 7.5
        { serviceDate: '2026-03-02', arrivedAt: '2026-03-02T01:10:00Z', calledAt: '2026-03-02T01:20:00Z' },
        { serviceDate: '2026-03-02', arrivedAt: '2026-03-02T01:50:00Z', calledAt: '2026-03-02T01:55:00Z' },
        // 10:00 local: 20 minutes
        { serviceDate: '2026-03-02', arrivedAt: '2026-03-02T02:00:00Z', calledAt: '2026-03-02T02:20:00Z' },
        // another day, 09:30 local: 3 minutes 20 seconds → 3.3
        { serviceDate: '2026-03-03', arrivedAt: '2026-03-03T01:30:00Z', calledAt: '2026-03-03T01:33:20Z' },
      ],
      tz,
      ['2026-03-02', '2026-03-03'],
      [9, 10],
    )
    expect(cells).toEqual([
      { day: '2026-03-02', hour: 9, tickets: 2, meanWaitMinutes: 7.5 },
      { day: '2026-03-02', hour: 10, tickets: 1, meanWaitMinutes: 20 },
      { day: '2026-03-03', hour: 9, tickets: 1, meanWaitMinutes: 3.3 },
    ])
  })

  it('leaves out days and hours not asked for and counts a negative wait as zero', () => {
    const cells = waitHeatmap(
      [
        { serviceDate: '2026-03-01', arrivedAt: '2026-03-01T01:00:00Z', calledAt: '2026-03-01T01:30:00Z' },
        { serviceDate: '2026-03-02', arrivedAt: '2026-03-02T12:00:00Z', calledAt: '2026-03-02T12:30:00Z' },
        { serviceDate: '2026-03-02', arrivedAt: '2026-03-02T01:10:00Z', calledAt: '2026-03-02T01:00:00Z' },
      ],
      tz,
      ['2026-03-02'],
      [9],
    )
    expect(cells).toEqual([{ day: '2026-03-02', hour: 9, tickets: 1, meanWaitMinutes: 0 }])
  })

  it('reads the hour in the center time zone', () => {
    expect(localHour(new Date('2026-03-02T16:30:00Z'), tz)).toBe(0)
    expect(localHour(new Date('2026-03-02T16:30:00Z'), 'UTC')).toBe(16)
  })
})

describe('heatHours', () => {
  it('spans 8–17 at least and widens to the hours seen', () => {
    expect(heatHours([])).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17])
    expect(heatHours([{ hour: 7 }, { hour: 19 }])).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
  })
})

describe('dailySatisfaction', () => {
  it('gives every day, null where nobody rated', () => {
    expect(
      dailySatisfaction(
        [
          { day: '2026-03-02', ratings: 3, satisfied: 2 },
          { day: '2026-03-04', ratings: 4, satisfied: 4 },
        ],
        ['2026-03-02', '2026-03-03', '2026-03-04'],
      ),
    ).toEqual([
      { day: '2026-03-02', ratings: 3, satisfaction: 66.7 },
      { day: '2026-03-03', ratings: 0, satisfaction: null },
      { day: '2026-03-04', ratings: 4, satisfaction: 100 },
    ])
  })
})

describe('scrubComment', () => {
  it('hides phones, ID numbers, case numbers and e-mail addresses', () => {
    expect(scrubComment('请回电 138 0013 8000，谢谢')).toBe('请回电 ＊＊＊，谢谢')
    expect(scrubComment('身份证650102199001011234和65010219900101123X')).toBe('身份证＊＊＊和＊＊＊')
    expect(scrubComment('write to a.b@example.cn please')).toBe('write to ＊＊＊ please')
  })

  it('keeps short numbers (a window, a count) and folds whitespace', () => {
    expect(scrubComment('  5 号窗口\n很快，等了 10 分钟 ')).toBe('5 号窗口 很快，等了 10 分钟')
  })

  it('cuts long text by characters, not bytes', () => {
    const out = scrubComment('好'.repeat(100), 10)
    expect([...out]).toHaveLength(10)
    expect(out.endsWith('…')).toBe(true)
  })
})

describe('daysUpTo', () => {
  it('lists days oldest first across a month end', () => {
    expect(daysUpTo('2026-03-02', 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02'])
  })
})
