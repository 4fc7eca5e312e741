import type { Finding, Rule } from './rule'

/** What the rule looks at: one rectification of a bad review (from the ratings module), no personal data. */
export interface RectificationFacts {
  id: string
  departmentId: string
  status: 'open' | 'called_back' | 'closed'
  /** local date the rectification was due */
  dueOn: string
  /** the rated case or visit (case number, ticket number) */
  subjectLabel: string
  /** an upheld appeal took the rating out: nothing to rectify */
  isExcluded: boolean
}

/**
 * BAD_RATING_NOT_RECTIFIED (PRODUCT.md 2.4, 2.6): a bad review (不满意 / 非常不满意) whose
 * rectification is not closed by its due date (default 5 working days). Case facts carry no
 * ratings, so the case sweep finds nothing here; the ratings module feeds each open
 * rectification to `evaluateRectification` and raises what it finds as supervision alerts.
 */
export const badRatingNotRectified: Rule & {
  evaluateRectification(facts: RectificationFacts, today: string): Finding[]
} = {
  code: 'BAD_RATING_NOT_RECTIFIED',
  severity: 'warning',
  describe: (p) => `差评（${p.subject}）未按期整改（应于${p.dueOn}前完成）`,
  evaluate: () => [],
  evaluateRectification(facts, today) {
    if (facts.status === 'closed' || facts.isExcluded || today <= facts.dueOn) return []
    return [
      {
        subjectKind: 'rectification',
        subjectId: facts.id,
        occurrence: facts.dueOn,
        departmentId: facts.departmentId,
        params: { dueOn: facts.dueOn, subject: facts.subjectLabel },
      },
    ]
  },
}
