import type { MatterDocument } from '@yimin/shared'
import { sql } from 'kysely'
import { executeShaped } from '../../db/compiled-insert'
import type { Executor } from '../../db/database'
import { toFlag } from '../../db/convert'
import type { WorkingCalendar } from '../calendar/working-days'
import { deadline, type ClockPause } from './case-clock'
import type { CasePatch, CaseRow, CasesRepository } from './cases.repository'

/**
 * Recomputes a case's due dates (promised and legal, with extensions) and those of its open
 * tasks from the acceptance date, the pauses and the current calendar. Called on every pause,
 * resume, extension and calendar change; returns the case patch and whether anything moved.
 */
export async function recomputeDeadlines(
  repo: CasesRepository,
  tx: Executor,
  row: CaseRow,
  doc: Pick<MatterDocument, 'promisedLimitDays' | 'legalLimitDays'>,
  cal: WorkingCalendar,
  today: string,
): Promise<{ patch: CasePatch; changed: Array<{ what: string; from: string | null; to: string }> }> {
  if (!row.accepted_on) return { patch: {}, changed: [] }
  const pauses: ClockPause[] = (await repo.pauses(row.id, tx)).map((p) => ({ from: p.from_on, to: p.to_on }))
  const due = deadline(cal, {
    startOn: row.accepted_on,
    limitDays: doc.promisedLimitDays + row.extension_days,
    pauses,
    today,
  })
  const legal = deadline(cal, {
    startOn: row.accepted_on,
    limitDays: doc.legalLimitDays + row.extension_days,
    pauses,
    today,
  })
  const changed: Array<{ what: string; from: string | null; to: string }> = []
  if (due.dueDate !== row.due_on) changed.push({ what: 'case', from: row.due_on, to: due.dueDate })
  if (legal.dueDate !== row.legal_due_on)
    changed.push({ what: 'legal', from: row.legal_due_on, to: legal.dueDate })
  let provisional = due.isProvisional || legal.isProvisional
  for (const t of await repo.tasks(row.id, tx)) {
    if (t.status !== 'open') continue
    const d = deadline(cal, {
      startOn: row.accepted_on,
      limitDays: t.limit_days + row.extension_days,
      pauses,
      today,
    })
    provisional ||= d.isProvisional
    if (d.dueDate !== t.due_on || toFlag(d.isProvisional) !== t.is_due_provisional) {
      if (d.dueDate !== t.due_on) changed.push({ what: `task:${t.id}`, from: t.due_on, to: d.dueDate })
      await repo.updateTask(t.id, { due_on: d.dueDate, is_due_provisional: toFlag(d.isProvisional) }, tx)
    }
  }
  return {
    patch: { due_on: due.dueDate, legal_due_on: legal.dueDate, is_due_provisional: toFlag(provisional) },
    changed,
  }
}

/**
 * Keeps what the supervision lights read (migration 0013): `cases.light_due_on`, the earliest
 * running deadline (the intake decision while received, the promised due date or an open task's
 * earlier one while in progress, null otherwise), and `case_tasks.case_status`, the case's status
 * on its open tasks (null once done). The cases repository calls it after every write of a case
 * or its tasks (it is the only writer of both tables), in the same transaction.
 */
export async function refreshLightDue(
  tx: Executor,
  caseId: string,
  opts: { tasks: boolean } = { tasks: true },
): Promise<void> {
  // a case just inserted has no tasks yet (they reference it)
  // the same two statements on every write: their SQL is built once (db/compiled-insert.ts)
  if (opts.tasks) {
    await executeShaped(
      tx,
      'refreshLightDue tasks',
      () =>
        sql`update case_tasks set case_status = case when status = 'open' then (select c.status from cases c where c.id = ${caseId}) else null end
    where case_id = ${caseId}`.compile(tx),
      [caseId, caseId],
    )
  }
  await executeShaped(
    tx,
    'refreshLightDue case',
    () =>
      sql`update cases set light_due_on = case
      when status = 'received' then intake_due_on
      when status = 'in_progress' then coalesce(
        (select min(t.due_on) from case_tasks t where t.case_id = cases.id and t.status = 'open' and (cases.due_on is null or t.due_on < cases.due_on)),
        due_on)
      else null end
    where id = ${caseId}`.compile(tx),
    [caseId],
  )
}
