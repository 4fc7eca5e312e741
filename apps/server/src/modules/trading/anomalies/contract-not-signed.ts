import { lotsLate, type AnomalyRule } from './anomaly'

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
    return facts.status === 'terminated'
      ? []
      : lotsLate(facts, cal, this.code, 'contract_signed', 'awardNoticeOn', 'contractSignedOn')
  },
}
