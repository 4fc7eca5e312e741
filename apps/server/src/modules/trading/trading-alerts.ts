import { channels } from '@yimin/shared'
import type { Db } from '../../db/database'
import { localDate, type Clock } from '../../platform/clock'
import { newId } from '../../platform/ids'
import type { EventBus } from '../realtime/event-bus'
import type { AlertRow, AlertSink } from '../supervision/supervision.queries'
import { newAlertRow } from '../supervision/alert-rows'
import { CONDITION_CLEARED } from '../supervision/alert-resolution'
import { anomalyRules } from './anomalies'
import type { BoardService } from './board.service'

/**
 * Raises what the trading anomaly rules find as supervision alerts (the supervision module's
 * alerts, cards and handling, not a copy): the alert's case is the project (its id and code),
 * the department that answers is the project's supervising department. Each alert once (its key:
 * rule, subject, occurrence); told on the department's channel like the case sweep's alerts.
 * An alert whose rule `clears` (an objection answered, a room booked) is resolved when the rule
 * no longer finds it; the others stay for the department to answer.
 */
export class TradingAlerts {
  constructor(
    private readonly db: Db,
    private readonly board: BoardService,
    private readonly alerts: AlertSink,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  async sweep(): Promise<{ findings: number; created: number; resolved: number }> {
    const now = this.clock.now()
    const at = now.toISOString()
    const today = localDate(now, this.timeZone)
    const { anomalies } = await this.board.anomaliesIn({ all: true, departmentIds: [], orgIds: [] })
    const rows: AlertRow[] = anomalies.map((a) =>
      newAlertRow(
        a.rule,
        {
          subjectKind: a.rule.subjectKind,
          subjectId: a.subjectId,
          occurrence: String(a.params.required ?? a.params.dueOn ?? a.params.openingAt ?? ''),
          departmentId: a.project.supervising_department_id,
          params: { ...a.params, project: a.project.name },
        },
        { caseId: a.project.id, caseNumber: a.project.code, windowId: null },
        { at, on: today },
      ),
    )
    const known = await this.alerts.existingKeys(rows.map((r) => r.key))
    const fresh = rows.filter((r) => !known.has(r.key))
    const created = fresh.length
      ? await this.db.transaction().execute(async (tx) => {
          const inserted = await this.alerts.insertNew(fresh, tx)
          for (const a of inserted)
            await this.bus.publish(tx, channels.department(a.department_id), 'supervision.alert', {
              alertId: a.id,
              code: a.code,
              severity: a.severity,
              caseId: a.case_id,
              caseNumber: a.case_number,
              departmentId: a.department_id,
            })
          if (inserted.length)
            await this.bus.publish(tx, channels.staff(), 'supervision.changed', { reason: 'alert', at })
          return inserted.length
        })
      : 0

    // resolve what cleared (read outside any transaction: SQLite has one connection)
    const stillFound = new Set(rows.map((r) => `${r.code}:${r.subject_id}`))
    const clearing = anomalyRules.filter((r) => r.clears).map((r) => r.code)
    const inHand = await this.alerts.unresolved(clearing)
    let resolved = 0
    for (const a of inHand) {
      if (stillFound.has(`${a.code}:${a.subject_id}`)) continue
      const done = await this.db.transaction().execute(async (tx) => {
        if (!(await this.alerts.resolve(a.id, at, CONDITION_CLEARED, tx))) return false
        await this.alerts.insertAction(
          {
            id: newId(),
            alert_id: a.id,
            card_id: null,
            action: 'resolved',
            actor: 'system',
            note: CONDITION_CLEARED,
            at,
          },
          tx,
        )
        return true
      })
      if (done) resolved += 1
    }
    if (resolved)
      await this.bus.publish(this.db, channels.staff(), 'supervision.changed', { reason: 'sweep', at })
    return { findings: rows.length, created, resolved }
  }
}
