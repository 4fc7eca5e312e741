import type { MatterDocument } from '@yimin/shared'
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
      await repo.updateTask(t, { due_on: d.dueDate, is_due_provisional: toFlag(d.isProvisional) }, tx)
    }
  }
  return {
    patch: { due_on: due.dueDate, legal_due_on: legal.dueDate, is_due_provisional: toFlag(provisional) },
    changed,
  }
}
