import { describe, expect, it } from 'vitest'
import { assess, gradeOf } from './assessment'
import { defaultSupervisionSettings as settings } from './supervision-settings'

describe('assessment', () => {
  it('grades by thresholds', () => {
    expect([95, 90, 85, 60, 59.9].map((s) => gradeOf(s, settings.grades))).toEqual([
      'excellent',
      'excellent',
      'good',
      'pass',
      'fail',
    ])
  })

  it('weights timeliness, satisfaction and volume; leaves out what has no data', () => {
    const rows = assess(
      [
        { id: 'a', name: '甲', volume: 100, onTimeRate: 1, satisfaction: 90 },
        { id: 'b', name: '乙', volume: 50, onTimeRate: 0.5, satisfaction: null },
        { id: 'c', name: '丙', volume: 0, onTimeRate: null, satisfaction: null },
      ],
      settings,
    )
    // a: (60·100 + 30·90 + 10·100) / 100 = 97
    expect(rows[0]).toMatchObject({ id: 'a', score: 97, grade: 'excellent', gradeLabel: '优秀' })
    // b: no ratings → (60·50 + 10·50) / 70 = 50
    expect(rows[1]).toMatchObject({ id: 'b', score: 50, grade: 'fail', gradeLabel: '不合格' })
    expect(rows[2]).toMatchObject({ id: 'c', score: null, grade: null })
  })

  it('follows configurable weights', () => {
    const rows = assess([{ id: 'b', name: '乙', volume: 50, onTimeRate: 0.8, satisfaction: null }], {
      ...settings,
      weights: { timeliness: 1, satisfaction: 0, volume: 0 },
    })
    expect(rows[0]).toMatchObject({ score: 80, grade: 'good' })
  })
})
