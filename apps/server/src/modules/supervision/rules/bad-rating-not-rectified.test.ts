import { describe, expect, it } from 'vitest'
import { badRatingNotRectified, type RectificationFacts } from './bad-rating-not-rectified'
import { ruleByCode } from './index'

const facts = (over: Partial<RectificationFacts> = {}): RectificationFacts => ({
  id: 'rect-1',
  departmentId: 'dept-crj',
  status: 'open',
  dueOn: '2026-03-09',
  subjectLabel: 'A082',
  isExcluded: false,
  ...over,
})

describe('BAD_RATING_NOT_RECTIFIED', () => {
  it('is registered with the other rules and describes itself in Chinese', () => {
    expect(ruleByCode.get('BAD_RATING_NOT_RECTIFIED')).toBe(badRatingNotRectified)
    expect(badRatingNotRectified.describe({ dueOn: '2026-03-09', subject: 'A082' })).toBe(
      '差评（A082）未按期整改（应于2026-03-09前完成）',
    )
  })

  it('finds nothing on the due date, and the missed due date the day after', () => {
    expect(badRatingNotRectified.evaluateRectification(facts(), '2026-03-09')).toEqual([])
    expect(badRatingNotRectified.evaluateRectification(facts(), '2026-03-10')).toEqual([
      {
        subjectKind: 'rectification',
        subjectId: 'rect-1',
        occurrence: '2026-03-09',
        departmentId: 'dept-crj',
        params: { dueOn: '2026-03-09', subject: 'A082' },
      },
    ])
    // a callback alone does not rectify
    expect(
      badRatingNotRectified.evaluateRectification(facts({ status: 'called_back' }), '2026-03-10'),
    ).toHaveLength(1)
  })

  it('finds nothing once closed, or when an upheld appeal excluded the rating', () => {
    expect(badRatingNotRectified.evaluateRectification(facts({ status: 'closed' }), '2026-04-01')).toEqual([])
    expect(badRatingNotRectified.evaluateRectification(facts({ isExcluded: true }), '2026-04-01')).toEqual([])
  })
})
