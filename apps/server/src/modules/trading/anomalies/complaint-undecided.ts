import type { AnomalyRule } from './anomaly'

/**
 * A complaint (投诉) the supervising department has not accepted or decided within its limit
 * (works: accepted within 3 working days of receipt, decided within 30 working days of
 * acceptance, 实施条例 第61条; procurement: decided within 30 working days, 政府采购法 第56条).
 */
export const complaintUndecided: AnomalyRule = {
  code: 'TRADING_COMPLAINT_UNDECIDED',
  severity: 'serious',
  subjectKind: 'trading_dispute',
  clears: true,
  evaluate(facts) {
    const today = facts.today
    if (!today) return []
    return (facts.disputes ?? [])
      .filter(
        (d) => d.kind === 'complaint' && (d.status === 'open' || d.status === 'accepted') && today > d.dueOn,
      )
      .map((d) => ({
        code: this.code,
        projectId: facts.projectId,
        subjectId: d.id,
        params: { filedOn: d.filedOn, dueOn: d.dueOn },
      }))
  },
}
