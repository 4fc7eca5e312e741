import type { Rule } from './rule'

/** CORRECTION_REPEATED: more than one correction notice on one application (一次性告知 broken). */
export const correctionRepeated: Rule = {
  code: 'CORRECTION_REPEATED',
  severity: 'warning',
  describe: (p) => `同一申请第${p.notices}次出具补正通知，违反一次性告知要求`,
  evaluate(facts) {
    if (facts.correctionCount < 2) return []
    // each further notice is a new occurrence
    return [
      {
        subjectKind: 'case',
        subjectId: facts.id,
        occurrence: String(facts.correctionCount),
        departmentId: facts.departmentId,
        params: { notices: facts.correctionCount },
      },
    ]
  },
}
