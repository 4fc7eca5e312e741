import { checkAnnouncement } from '../announcement.rules'
import type { AnomalyRule } from './anomaly'

/**
 * A published tender or transfer whose periods are shorter than the timetable (imported data,
 * or a version edited after the fact): its own timetable is checked again.
 */
export const periodShorterThanTimetable: AnomalyRule = {
  code: 'TRADING_PERIOD_SHORT',
  severity: 'serious',
  subjectKind: 'trading_announcement',
  clears: false,
  evaluate(facts, cal) {
    return facts.announcements
      .filter((a) => a.kind === 'tender' || a.kind === 'transfer')
      .flatMap((a) =>
        checkAnnouncement(cal, facts.rules, facts.ctx, {
          kind: a.kind,
          publishDate: a.publishDate,
          dates: a.dates,
          bidDeadlineDate: a.bidDeadlineDate,
          currentDeadlineDate: null,
        }).violations.map((v) => ({
          code: this.code,
          projectId: facts.projectId,
          subjectId: a.id,
          params: { ruleId: v.ruleId, basis: v.basis, actual: v.actual, required: v.required },
        })),
      )
  },
}
