import { lotsLate, type AnomalyRule } from './anomaly'

/**
 * A works tender the law requires whose written report (招标投标情况书面报告) did not reach the
 * supervising department within 15 days of choosing the winner (招标投标法 第47条). The winner is
 * taken as chosen on the day of the award notice (to be reviewed: 确定中标人之日 may come before
 * the notice is sent).
 */
export const resultReportLate: AnomalyRule = {
  code: 'TRADING_RESULT_REPORT_LATE',
  severity: 'warning',
  subjectKind: 'trading_lot',
  clears: false,
  evaluate(facts, cal) {
    return lotsLate(facts, cal, this.code, 'result_report', 'awardNoticeOn', 'resultReportOn')
  },
}
