import { channels } from '@yimin/shared'
import type { Db } from '../../db/database'
import { fromFlag } from '../../db/convert'
import { localDate, type Clock } from '../../platform/clock'
import type { EventBus } from '../realtime/event-bus'
import type { AlertRow, AlertSink } from '../supervision/supervision.queries'
import { newAlertRow } from '../supervision/alert-rows'
import { badRatingNotRectified } from '../supervision/rules/bad-rating-not-rectified'
import type { RectificationsRepository } from './rectifications.repository'

/**
 * Feeds open rectifications to the supervision rule BAD_RATING_NOT_RECTIFIED and raises what it
 * finds as supervision alerts, each once (the alert key is unique: safe across sweeps, restarts
 * and instances), told to the department on its channel like the case sweep's alerts.
 */
export class RatingAlerts {
  constructor(
    private readonly db: Db,
    private readonly repo: RectificationsRepository,
    private readonly alerts: AlertSink,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  async raiseOverdue(): Promise<{ findings: number; created: number }> {
    const now = this.clock.now()
    const today = localDate(now, this.timeZone)
    const open = await this.repo.openRectifications()
    const rows: AlertRow[] = open.flatMap((x) =>
      badRatingNotRectified
        .evaluateRectification(
          {
            id: x.id,
            departmentId: x.department_id,
            status: x.status,
            dueOn: x.due_on,
            subjectLabel: x.subject_label,
            isExcluded: fromFlag(x.is_excluded),
          },
          today,
        )
        // the rated case (its page), or for a visit the ticket: alerts are keyed to what was rated
        .map((f) =>
          newAlertRow(
            badRatingNotRectified,
            f,
            { caseId: x.subject_id, caseNumber: x.subject_label, windowId: x.window_id },
            { at: now.toISOString(), on: today },
          ),
        ),
    )
    if (rows.length === 0) return { findings: 0, created: 0 }
    const created = await this.db.transaction().execute(async (tx) => {
      const inserted = await this.alerts.insertNew(rows, tx)
      for (const a of inserted) {
        await this.bus.publish(tx, channels.department(a.department_id), 'supervision.alert', {
          alertId: a.id,
          code: a.code,
          severity: a.severity,
          caseId: a.case_id,
          caseNumber: a.case_number,
          departmentId: a.department_id,
        })
      }
      if (inserted.length)
        await this.bus.publish(tx, channels.staff(), 'supervision.changed', {
          reason: 'alert',
          at: now.toISOString(),
        })
      return inserted.length
    })
    return { findings: rows.length, created }
  }
}
