import { isClosed, lightIn, type Rule } from './rule'

/** CASE_OVERDUE: an accepted case past its promised due date (extensions and pauses counted). */
export const caseOverdue: Rule = {
  code: 'CASE_OVERDUE',
  severity: 'serious',
  describe: (p) => `办件已超过承诺时限（应于${p.dueOn}办结，超期${p.overdueDays}个工作日）`,
  evaluate(facts, ctx) {
    if (facts.acceptedOn === null || facts.status === 'received' || facts.status === 'correction_requested')
      return []
    const light = lightIn(facts, ctx)
    if (light?.colour !== 'red') return []
    return [
      {
        subjectKind: 'case',
        subjectId: facts.id,
        occurrence: light.dueOn,
        departmentId: facts.departmentId,
        params: { dueOn: light.dueOn, overdueDays: Math.max(0, -light.remainingDays) },
      },
    ]
  },
  // still open and no longer late (an extension, a pause): cleared; finished late: stays
  clears: (facts) => !isClosed(facts.status),
}
