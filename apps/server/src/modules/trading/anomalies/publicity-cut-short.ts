import { checkRule, ruleFor } from '../timetable.rules'
import type { AnomalyRule } from './anomaly'

/** A candidates publicity (中标候选人公示) shorter than its minimum (实施条例 第54条: ≥ 3 days). */
export const publicityCutShort: AnomalyRule = {
  code: 'TRADING_PUBLICITY_SHORT',
  severity: 'serious',
  subjectKind: 'trading_announcement',
  clears: false,
  evaluate(facts, cal) {
    const rule = ruleFor(facts.rules, 'candidates_publicity', facts.ctx)
    if (!rule) return []
    return facts.announcements.flatMap((a) => {
      if (a.kind !== 'candidates' || !a.dates.publicityStart || !a.dates.publicityEnd) return []
      const v = checkRule(cal, rule, a.dates.publicityStart, a.dates.publicityEnd)
      return v
        ? [
            {
              code: this.code,
              projectId: facts.projectId,
              subjectId: a.id,
              params: { basis: v.basis, actual: v.actual, required: v.required },
            },
          ]
        : []
    })
  },
}
