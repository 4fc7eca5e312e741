import type {
  AnnouncementDates,
  AnnouncementKind,
  DisputeKind,
  TimetableRule,
  TimetableStep,
} from '@yimin/shared'
import type { WorkingCalendar } from '../../calendar/working-days'
import { periodEnd, ruleFor, type TimetableContext } from '../timetable.rules'

/**
 * The facts of one project that the trading anomaly rules read (pure; the service gathers them).
 * Dates of announcements are local dates; instants are ISO UTC.
 */
export interface ProjectFacts {
  projectId: string
  code: string
  ctx: TimetableContext
  status: string
  rules: readonly TimetableRule[]
  announcements: Array<{
    id: string
    kind: AnnouncementKind
    publishDate: string
    dates: AnnouncementDates
    bidDeadlineDate: string | null
  }>
  lots: Array<
    {
      id: string
      name: string
      openingAt: string | null
      hasOpeningRoom: boolean
      /** recorded facts (local dates), null until recorded */
      awardNoticeOn?: string | null
      contractSignedOn?: string | null
      contractFiledOn?: string | null
      resultReportOn?: string | null
    } & Partial<LotSupervisionFacts>
  >
  /** objections, challenges and complaints with their limits */
  disputes?: Array<{ id: string; kind: DisputeKind; status: string; filedOn: string; dueOn: string }>
  /** today in the center's time zone */
  today?: string
}

/**
 * What evaluation and bidding know of a lot that the board's rules read (the evaluation module
 * supplies it through the board's port; trading never reads their tables).
 */
export interface LotSupervisionFacts {
  /** bid security deposits not returned within 5 days of the contract (实施条例 第57条) */
  lateDeposits: Array<{ depositId: string; dueOn: string; amountFen: number }>
  /** signs of bid rigging among the opened bids (实施条例 第39、40条) */
  riggingSigns: Array<{ code: string; orgNames: string[] }>
}

export interface Anomaly {
  code: string
  projectId: string
  /** what it is about: an announcement or a lot */
  subjectId: string
  params: Record<string, string | number>
}

/** One anomaly rule, one file each (as case supervision's rules). */
export interface AnomalyRule {
  code: string
  /** as a supervision alert: how serious, and what it is about */
  severity: 'warning' | 'serious'
  subjectKind: 'trading_announcement' | 'trading_lot' | 'trading_dispute'
  /** the alert resolves by itself when the rule no longer finds it (e.g. a room was booked) */
  clears: boolean
  evaluate(facts: ProjectFacts, cal: WorkingCalendar, now: string): Anomaly[]
}

/**
 * A time limit (`max_after`) from `trigger`: late when the act came after the period's last day,
 * or has not come and today is past it. Null when in time (or still within the period).
 */
export function lateAgainst(
  cal: WorkingCalendar,
  rule: TimetableRule,
  trigger: string,
  done: string | null | undefined,
  today: string,
): { required: string; actual: string | null } | null {
  const bound = periodEnd(cal, trigger, rule.days, rule.unit).date
  if (done) return done > bound ? { required: bound, actual: done } : null
  return today > bound ? { required: bound, actual: null } : null
}

type LotDate = 'awardNoticeOn' | 'contractSignedOn' | 'contractFiledOn' | 'resultReportOn'

/**
 * The lots whose act (`done`) came late, or has not come past its limit, against the timetable's
 * `step` counted from `trigger` (both recorded dates of the lot): one anomaly each.
 */
export function lotsLate(
  facts: ProjectFacts,
  cal: WorkingCalendar,
  code: string,
  step: TimetableStep,
  trigger: LotDate,
  done: LotDate,
): Anomaly[] {
  const rule = ruleFor(facts.rules, step, facts.ctx)
  const today = facts.today
  if (!rule || !today) return []
  return facts.lots.flatMap((l) => {
    const from = l[trigger]
    if (!from) return []
    const late = lateAgainst(cal, rule, from, l[done], today)
    if (!late) return []
    const params: Record<string, string> = {
      lot: l.name,
      basis: rule.basis,
      [trigger]: from,
      required: late.required,
    }
    if (late.actual) params.actual = late.actual
    return [{ code, projectId: facts.projectId, subjectId: l.id, params }]
  })
}
