import { describe, expect, it } from 'vitest'
import { satisfactionOf } from './satisfaction'

describe('satisfactionOf', () => {
  it('is the share of 满意 and 非常满意 and the average score', () => {
    // 非常满意 ×2 (5), 满意 (4), 基本满意 (3), 非常不满意 (1): 3 of 5 satisfied, average 18/5
    expect(satisfactionOf({ id: 'd', n: 5, scoreSum: 18, satisfied: 3, bad: 1 })).toEqual({
      id: 'd',
      ratings: 5,
      satisfiedPercent: 60,
      averageScore: 3.6,
      bad: 1,
    })
    expect(satisfactionOf({ id: 'd', n: 3, scoreSum: 13, satisfied: 2, bad: 0 })).toEqual({
      id: 'd',
      ratings: 3,
      satisfiedPercent: 66.7,
      averageScore: 4.3,
      bad: 0,
    })
  })

  it('has no figure without ratings', () => {
    expect(satisfactionOf({ id: 'd', n: 0, scoreSum: 0, satisfied: 0, bad: 0 })).toEqual({
      id: 'd',
      ratings: 0,
      satisfiedPercent: null,
      averageScore: null,
      bad: 0,
    })
  })
})
