import type { WorkingCalendar } from '../../calendar/working-days'
import type { Anomaly, AnomalyRule, ProjectFacts } from './anomaly'
import { bidRigging } from './bid-rigging'
import { complaintUndecided } from './complaint-undecided'
import { contractNotFiled } from './contract-not-filed'
import { contractNotSigned } from './contract-not-signed'
import { depositReturnLate } from './deposit-return-late'
import { objectionUnanswered } from './objection-unanswered'
import { openingWithoutVenue } from './opening-without-venue'
import { periodShorterThanTimetable } from './period-shorter-than-timetable'
import { publicityCutShort } from './publicity-cut-short'
import { resultReportLate } from './result-report-late'

/** The trading anomaly rules, one file each; each finding becomes a supervision alert. */
export const anomalyRules: readonly AnomalyRule[] = [
  periodShorterThanTimetable,
  publicityCutShort,
  openingWithoutVenue,
  objectionUnanswered,
  complaintUndecided,
  contractNotSigned,
  contractNotFiled,
  resultReportLate,
  depositReturnLate,
  bidRigging,
]

export function evaluateAnomalies(facts: ProjectFacts, cal: WorkingCalendar, now: string): Anomaly[] {
  return anomalyRules.flatMap((r) => r.evaluate(facts, cal, now))
}
