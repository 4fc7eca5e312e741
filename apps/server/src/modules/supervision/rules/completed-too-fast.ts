import type { Rule } from './rule'

/**
 * COMPLETED_TOO_FAST: a matter that is not done on the spot (承诺时限 > 0) completed within minutes
 * of its receipt: a sign of a case registered after the fact (体外循环). The threshold is a setting.
 */
export const completedTooFast: Rule = {
  code: 'COMPLETED_TOO_FAST',
  severity: 'warning',
  describe: (p) => `非即办事项自收件起${p.minutes}分钟即办结（承诺${p.promisedDays}个工作日），疑为体外循环`,
  evaluate(facts, ctx) {
    if (facts.promisedDays === 0 || facts.completedAt === null) return []
    const minutes = Math.floor((Date.parse(facts.completedAt) - Date.parse(facts.receivedAt)) / 60_000)
    if (minutes >= ctx.settings.completedTooFastMinutes) return []
    return [
      {
        subjectKind: 'case',
        subjectId: facts.id,
        occurrence: 'completed',
        departmentId: facts.departmentId,
        params: { minutes, promisedDays: facts.promisedDays },
      },
    ]
  },
}
