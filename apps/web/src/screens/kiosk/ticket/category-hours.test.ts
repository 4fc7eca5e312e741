import { describe, expect, it } from 'vitest'
import { hoursLine, hoursOf } from './category-hours'

const day = (n: number) => ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'][n]!
const range = (a: string, b: string) => `${a}至${b}`

describe('hoursLine', () => {
  it('joins three or more consecutive days into a range', () => {
    expect(hoursLine([{ days: [1, 2, 3, 4, 5], open: '09:30', close: '13:30' }], day, range, '、')).toBe(
      '周一至周五 09:30–13:30',
    )
  })
  it('lists two days and separate runs, and several entries', () => {
    expect(
      hoursLine(
        [
          { days: [6, 1, 2], open: '09:00', close: '12:00' },
          { days: [3, 5], open: '15:00', close: '17:00' },
        ],
        day,
        range,
        '、',
      ),
    ).toBe('周一、周二、周六 09:00–12:00; 周三、周五 15:00–17:00')
  })
  it('is empty without hours', () => {
    expect(hoursLine([], day, range, '、')).toBe('')
  })
})

describe('hoursOf', () => {
  const hall = [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '18:00' }]
  it("takes the category's own hours, else the hall's", () => {
    const own = [{ days: [1], open: '10:00', close: '11:00' }]
    const categories = [
      { id: 'a', queueHours: own },
      { id: 'b', queueHours: null },
    ]
    expect(hoursOf('a', categories, hall)).toBe(own)
    expect(hoursOf('b', categories, hall)).toBe(hall)
    expect(hoursOf('c', undefined, undefined)).toEqual([])
  })
})
