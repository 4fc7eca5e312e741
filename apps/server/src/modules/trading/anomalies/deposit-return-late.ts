import type { AnomalyRule } from './anomaly'

/**
 * Bid security not returned within 5 days of the contract's signing (招标投标法实施条例 第57条):
 * one finding per lot, with how many deposits and the day they were due.
 */
export const depositReturnLate: AnomalyRule = {
  code: 'TRADING_DEPOSIT_RETURN_LATE',
  severity: 'warning',
  subjectKind: 'trading_lot',
  clears: true,
  evaluate(facts) {
    return facts.lots.flatMap((l) => {
      const late = l.lateDeposits ?? []
      if (late.length === 0) return []
      return [
        {
          code: this.code,
          projectId: facts.projectId,
          subjectId: l.id,
          params: {
            project: facts.code,
            lot: l.name,
            count: late.length,
            dueOn: late.map((d) => d.dueOn).sort()[0]!,
            basis: '招标投标法实施条例 第57条',
          },
        },
      ]
    })
  },
}
