import { workingDaysBetween } from '../../cases/case-clock'
import type { Rule } from './rule'

/** SPECIAL_PROCEDURE_OVER_MAX: a special procedure (听证, 现场勘察 …) longer than its approved maximum. */
export const specialProcedureOverMax: Rule = {
  code: 'SPECIAL_PROCEDURE_OVER_MAX',
  severity: 'warning',
  describe: (p) => `特别程序（${p.procedure}）已进行${p.days}个工作日，超过上限${p.maxDays}个工作日`,
  evaluate(facts, ctx) {
    return facts.pauses.flatMap((p) => {
      if (p.kind !== 'special_procedure' || p.maxDays === null) return []
      const days = workingDaysBetween(ctx.cal, p.from, p.to ?? ctx.today)
      if (days <= p.maxDays) return []
      return [
        {
          subjectKind: 'pause' as const,
          subjectId: p.id,
          occurrence: 'over',
          departmentId: facts.departmentId,
          params: { procedure: p.procedure, days, maxDays: p.maxDays },
        },
      ]
    })
  },
}
