import type { WorkingCalendar } from '../../calendar/working-days'
import type { Anomaly, AnomalyRule, ProjectFacts } from './anomaly'
import { openingWithoutVenue } from './opening-without-venue'
import { periodShorterThanTimetable } from './period-shorter-than-timetable'
import { publicityCutShort } from './publicity-cut-short'

/**
 * The trading anomaly rules. Still to come (they need objections, contracts and reports on the
 * record): an objection unanswered past its limit, a contract not signed within 30 days of the
 * award notice, a result report or contract not filed in time.
 */
export const anomalyRules: readonly AnomalyRule[] = [
  periodShorterThanTimetable,
  publicityCutShort,
  openingWithoutVenue,
]

export function evaluateAnomalies(facts: ProjectFacts, cal: WorkingCalendar, now: string): Anomaly[] {
  return anomalyRules.flatMap((r) => r.evaluate(facts, cal, now))
}
