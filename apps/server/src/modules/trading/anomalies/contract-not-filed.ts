import { lotsLate, type AnomalyRule } from './anomaly'

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
    return lotsLate(facts, cal, this.code, 'contract_filed', 'contractSignedOn', 'contractFiledOn')
  },
}
