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
    expect(rows[2]).toMatchObject({ id: 'c', score: null, grade: null, rank: null })
  })

  it('grades and ranks nothing from volume alone: no completed cases and no ratings is no data', () => {
    // 甲 has two open cases (one of them red), 乙 one case on time but not completed yet
    const rows = assess(
      [
        { id: 'a', name: '甲', volume: 2, onTimeRate: null, satisfaction: null },
        { id: 'b', name: '乙', volume: 1, onTimeRate: null, satisfaction: null },
        { id: 'c', name: '丙', volume: 1, onTimeRate: 1, satisfaction: null },
      ],
      settings,
    )
    // 丙: (60·100 + 10·50) / 70 = 92.9; the others last, unranked
    expect(rows[0]).toMatchObject({ id: 'c', rank: 1, score: 92.9, grade: 'excellent' })
    expect(
      rows
        .slice(1)
        .map((r) => [r.id, r.rank, r.score, r.grade])
        .sort(),
    ).toEqual([
      ['a', null, null, null],
      ['b', null, null, null],
    ])
  })

  it('ranks by score, with ties by name', () => {
    const rows = assess(
      [
        { id: 'x', name: '乙', volume: 1, onTimeRate: 0.5, satisfaction: null },
        { id: 'y', name: '甲', volume: 1, onTimeRate: 0.5, satisfaction: null },
        { id: 'z', name: '丙', volume: 1, onTimeRate: 0.9, satisfaction: null },
      ],
      settings,
    )
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ['丙', 1],
      ['乙', 2],
      ['甲', 3],
    ])
  })

  it('follows configurable weights', () => {
    const rows = assess([{ id: 'b', name: '乙', volume: 50, onTimeRate: 0.8, satisfaction: null }], {
      ...settings,
      weights: { timeliness: 1, satisfaction: 0, volume: 0 },
    })
    expect(rows[0]).toMatchObject({ score: 80, grade: 'good' })
  })
})
