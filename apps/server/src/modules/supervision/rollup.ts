import type { Executor } from '../../db/database'
import { formatDate, parseDate } from '../calendar/civil-dates'
import type { WorkingCalendar } from '../calendar/working-days'
import { pausedRanges } from '../cases/case-clock'
import {
  casesCompletedBetween,
  countCasesByDay,
  pausesOfCasesCompletedBetween,
} from '../cases/case-figures.queries'
import type { SupervisionDailyTable } from './supervision.tables'

const BATCH = 400
const CHUNK_DAYS = 31

/**
 * The daily rollup (supervision_daily): per local day, department and window, the cases received,
 * accepted and completed, completed on time, and the working days used (pauses excluded) and
 * promised. Past days never change once rolled up (each figure is keyed by its own date), so the
 * sweep rolls up from the last final day to today; a first run backfills month by month.
 * Idempotent: rows are upserted, so two sweeps at once write the same figures.
 */
export async function rollUp(db: Executor, cal: WorkingCalendar, from: string, to: string): Promise<number> {
  let rows = 0
  for (let start = parseDate(from); start <= parseDate(to); start += CHUNK_DAYS) {
    const a = formatDate(start)
    const b = formatDate(Math.min(start + CHUNK_DAYS - 1, parseDate(to)))
    rows += await rollUpSpan(db, cal, a, b)
  }
  return rows
}

async function rollUpSpan(db: Executor, cal: WorkingCalendar, from: string, to: string): Promise<number> {
  const rows = await dailyFigures(db, cal, from, to)
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto('supervision_daily')
      .values(rows.slice(i, i + BATCH))
      .onConflict((oc) =>
        oc.columns(['day', 'department_id', 'window_id']).doUpdateSet((eb) => ({
          received: eb.ref('excluded.received'),
          accepted: eb.ref('excluded.accepted'),
          completed: eb.ref('excluded.completed'),
          completed_on_time: eb.ref('excluded.completed_on_time'),
          used_days: eb.ref('excluded.used_days'),
          promised_days: eb.ref('excluded.promised_days'),
        })),
      )
      .execute()
  }
  return rows.length
}

/**
 * The rollup's figures of the days from..to, computed from the cases (through the cases module's
 * case-figures queries; not written): what the sweep stores (today's through today-figures.ts).
 */
export async function dailyFigures(
  db: Executor,
  cal: WorkingCalendar,
  from: string,
  to: string,
): Promise<SupervisionDailyTable[]> {
  const { at, rows } = dailyRows()
  for (const r of await countCasesByDay(db, 'received_on', from, to))
    if (r.day) at(r.day, r.department_id, r.window_id).received += Number(r.n)
  for (const r of await countCasesByDay(db, 'accepted_on', from, to))
    if (r.day) at(r.day, r.department_id, r.window_id).accepted += Number(r.n)

  const completed = await casesCompletedBetween(db, from, to)
  const pauses = new Map<string, Array<{ from: string; to: string | null }>>()
  const paused = await pausesOfCasesCompletedBetween(db, from, to)
  for (const p of paused) {
    const list = pauses.get(p.case_id) ?? []
    list.push({ from: p.from_on, to: p.to_on })
    pauses.set(p.case_id, list)
  }
  for (const c of completed) {
    if (!c.completed_on) continue
    const f = at(c.completed_on, c.department_id, c.window_id)
    f.completed += 1
    if (c.due_on === null || c.completed_on <= c.due_on) f.completed_on_time += 1
    f.promised_days += Number(c.promised_limit_days)
    f.used_days += usedWorkingDays(cal, c.accepted_on, c.completed_on, pauses.get(c.id) ?? [])
  }
  return rows()
}

/** Rollup rows being summed: `at` gives (creating) a day's row of a department and window. */
export function dailyRows() {
  const figures = new Map<string, SupervisionDailyTable>()
  const at = (day: string, departmentId: string, windowId: string | null) => {
    const key = `${day}|${departmentId}|${windowId ?? ''}`
    let f = figures.get(key)
    if (!f) {
      f = {
        day,
        department_id: departmentId,
        window_id: windowId ?? '',
        received: 0,
        accepted: 0,
        completed: 0,
        completed_on_time: 0,
        used_days: 0,
        promised_days: 0,
      }
      figures.set(key, f)
    }
    return f
  }
  const rows = () =>
    [...figures.values()].sort((x, y) =>
      x.day + x.department_id + x.window_id < y.day + y.department_id + y.window_id ? -1 : 1,
    )
  return { at, rows }
}

/** The working days a completed case used: acceptance to completion, its pauses left out. */
export function usedWorkingDays(
  cal: WorkingCalendar,
  acceptedOn: string | null,
  completedOn: string,
  pauses: ReadonlyArray<{ from: string; to: string | null }>,
): number {
  if (!acceptedOn || completedOn <= acceptedOn) return 0
  return cal.countWorkingDays(acceptedOn, completedOn, pausedRanges(pauses, completedOn)).workingDays
}

/** The day the first case was received (where a first roll-up starts), or null with no cases. */
export { firstReceivedOn } from '../cases/case-figures.queries'
