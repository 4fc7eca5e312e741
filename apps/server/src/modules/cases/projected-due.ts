import type { Executor } from '../../db/database'
import { fromFlag, toFlag } from '../../db/convert'
import type { WorkingCalendar } from '../calendar/working-days'
import { deadline, type ClockPause } from './case-clock'
import type { CaseContext } from './case-context'
import { isPausedStatus } from './case-state'
import type { CaseRow } from './cases.repository'
import type { CaseTasksTable } from './cases.tables'

export interface DueDates {
  dueOn: string | null
  legalDueOn: string | null
  isDueProvisional: boolean
}

/**
 * The due dates as they stand today (pure). The stored dates are computed when a pause begins
 * and ends, so while a special procedure (特别程序) or a supplement pause (补正) runs they are
 * the dates of the day it began; here a running pause is taken to end today, so the date the
 * applicant and staff see moves with the pause, day by day. Outside a pause: the stored dates.
 */
export function projectDueDates(
  cal: WorkingCalendar,
  c: {
    status: string
    acceptedOn: string | null
    extensionDays: number
    stored: DueDates
    taskLimits?: ReadonlyArray<{ id: string; limitDays: number }>
  },
  doc: { promisedLimitDays: number; legalLimitDays: number },
  pauses: readonly ClockPause[],
  today: string,
): DueDates & { tasks: Map<string, string> } {
  const tasks = new Map<string, string>()
  if (!c.acceptedOn || !isPausedStatus(c.status as never) || !pauses.some((p) => p.to === null))
    return { ...c.stored, tasks }
  const at = (limitDays: number) =>
    deadline(cal, { startOn: c.acceptedOn!, limitDays: limitDays + c.extensionDays, pauses, today })
  const due = at(doc.promisedLimitDays)
  const legal = at(doc.legalLimitDays)
  for (const t of c.taskLimits ?? []) tasks.set(t.id, at(t.limitDays).dueDate)
  return {
    dueOn: due.dueDate,
    legalDueOn: legal.dueDate,
    isDueProvisional: c.stored.isDueProvisional || due.isProvisional || legal.isProvisional,
    tasks,
  }
}

/**
 * A case row with its due dates (and its open tasks' dates) as they stand today: what every
 * view of a case shows (staff detail, public progress, my cases). Reads the pauses and the
 * matter version only for a paused case; `cal` is read before any transaction by the caller.
 */
export async function withProjectedDue<R extends CaseRow>(
  ctx: CaseContext,
  cal: WorkingCalendar,
  row: R,
  opts: { tx?: Executor; tasks?: readonly CaseTasksTable[] } = {},
): Promise<{ row: R; tasks: CaseTasksTable[] }> {
  const tasks = [...(opts.tasks ?? [])]
  if (!row.accepted_on || !isPausedStatus(row.status as never)) return { row, tasks }
  const pauses = (await ctx.cases.pauses(row.id, opts.tx)).map((p) => ({ from: p.from_on, to: p.to_on }))
  const { document } = await ctx.matters.getVersion(row.matter_version_id, opts.tx)
  const p = projectDueDates(
    cal,
    {
      status: row.status,
      acceptedOn: row.accepted_on,
      extensionDays: row.extension_days,
      stored: {
        dueOn: row.due_on,
        legalDueOn: row.legal_due_on,
        isDueProvisional: fromFlag(row.is_due_provisional),
      },
      taskLimits: tasks
        .filter((t) => t.status === 'open')
        .map((t) => ({ id: t.id, limitDays: t.limit_days })),
    },
    document,
    pauses,
    ctx.calendar.today(),
  )
  return {
    row: {
      ...row,
      due_on: p.dueOn,
      legal_due_on: p.legalDueOn,
      is_due_provisional: toFlag(p.isDueProvisional),
    },
    tasks: tasks.map((t) => (p.tasks.has(t.id) ? { ...t, due_on: p.tasks.get(t.id)! } : t)),
  }
}
