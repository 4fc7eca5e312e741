import { ruleFor } from '../timetable.rules'
import { lateAgainst, type AnomalyRule } from './anomaly'

/**
 * A contract not signed within 30 days of the award notice (招标投标法 第46条; 政府采购法 第46条):
 * still unsigned after the limit, or signed after it.
 */
export const contractNotSigned: AnomalyRule = {
  code: 'TRADING_CONTRACT_NOT_SIGNED',
  severity: 'serious',
  subjectKind: 'trading_lot',
  clears: false,
  evaluate(facts, cal) {
    const rule = ruleFor(facts.rules, 'contract_signed', facts.ctx)
    const today = facts.today
    if (!rule || !today || facts.status === 'terminated') return []
    return facts.lots.flatMap((l) => {
      if (!l.awardNoticeOn) return []
      const late = lateAgainst(cal, rule, l.awardNoticeOn, l.contractSignedOn, today)
      if (!late) return []
      return [
        {
          code: this.code,
          projectId: facts.projectId,
          subjectId: l.id,
          params: {
            lot: l.name,
            basis: rule.basis,
            awardNoticeOn: l.awardNoticeOn,
            required: late.required,
            ...(late.actual ? { actual: late.actual } : {}),
          },
        },
      ]
    })
  },
}
