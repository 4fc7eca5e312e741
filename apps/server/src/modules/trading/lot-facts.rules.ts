/** The facts of a lot recorded by hand (local dates), and their order (pure). */
export interface LotFacts {
  awardNoticeOn: string | null
  contractSignedOn: string | null
  contractFiledOn: string | null
  resultReportOn: string | null
}

export type LotFactsProblem =
  | 'in_future'
  | 'contract_before_award'
  | 'filed_before_contract'
  | 'report_before_award'
  | 'contract_without_award'
  | 'filed_without_contract'

/** Problems of a set of facts: none in the future, each after what it follows. */
export function checkLotFacts(f: LotFacts, today: string): LotFactsProblem[] {
  const out: LotFactsProblem[] = []
  const all = [f.awardNoticeOn, f.contractSignedOn, f.contractFiledOn, f.resultReportOn]
  if (all.some((d) => d !== null && d > today)) out.push('in_future')
  if (f.contractSignedOn && !f.awardNoticeOn) out.push('contract_without_award')
  if (f.contractFiledOn && !f.contractSignedOn) out.push('filed_without_contract')
  if (f.contractSignedOn && f.awardNoticeOn && f.contractSignedOn < f.awardNoticeOn)
    out.push('contract_before_award')
  if (f.contractFiledOn && f.contractSignedOn && f.contractFiledOn < f.contractSignedOn)
    out.push('filed_before_contract')
  if (f.resultReportOn && f.awardNoticeOn && f.resultReportOn < f.awardNoticeOn)
    out.push('report_before_award')
  return out
}
