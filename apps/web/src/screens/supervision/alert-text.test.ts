import { describe, expect, it } from 'vitest'
import { alertSubjectLink } from './alert-text'

describe('where an alert opens', () => {
  it('opens the case for case alerts', () => {
    expect(alertSubjectLink({ code: 'CASE_OVERDUE', caseId: 'c1' })).toBe('/cases/c1')
  })

  it('opens the rectification worklist for an unrectified bad review (its subject may be a visit, not a case)', () => {
    expect(alertSubjectLink({ code: 'BAD_RATING_NOT_RECTIFIED', caseId: 'ticket-1' })).toBe(
      '/ratings/rectifications',
    )
  })
})
