import type { AnnouncementDates, AnnouncementKind, TimetableRule } from '@yimin/shared'
import type { WorkingCalendar } from '../../calendar/working-days'
import type { TimetableContext } from '../timetable.rules'

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
  lots: Array<{ id: string; name: string; openingAt: string | null; hasOpeningRoom: boolean }>
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
  evaluate(facts: ProjectFacts, cal: WorkingCalendar, now: string): Anomaly[]
}
