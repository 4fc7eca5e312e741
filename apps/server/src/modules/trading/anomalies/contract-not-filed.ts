import { ruleFor } from '../timetable.rules'
import { lateAgainst, type AnomalyRule } from './anomaly'

/**
 * A procurement contract not filed (备案) within 7 working days of its signing (政府采购法 第47条):
 * still not filed after the limit, or filed after it.
 */
export const contractNotFiled: AnomalyRule = {
  code: 'TRADING_CONTRACT_NOT_FILED',
  severity: 'warning',
  subjectKind: 'trading_lot',
  clears: false,
  evaluate(facts, cal) {
    const rule = ruleFor(facts.rules, 'contract_filed', facts.ctx)
    const today = facts.today
    if (!rule || !today) return []
    return facts.lots.flatMap((l) => {
      if (!l.contractSignedOn) return []
      const late = lateAgainst(cal, rule, l.contractSignedOn, l.contractFiledOn, today)
      if (!late) return []
      return [
        {
          code: this.code,
          projectId: facts.projectId,
          subjectId: l.id,
          params: {
            lot: l.name,
            basis: rule.basis,
            contractSignedOn: l.contractSignedOn,
            required: late.required,
            ...(late.actual ? { actual: late.actual } : {}),
          },
        },
      ]
    })
  },
}
