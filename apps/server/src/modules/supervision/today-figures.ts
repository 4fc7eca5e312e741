import type { Executor } from '../../db/database'
import { inSnapshot } from '../../db/dialect'
import type { CaseFigureDeltasTable } from '../cases/cases.tables'
import { dropFigureDeltas, pausesOfCases, pendingFigureDeltas } from '../cases/case-figures.queries'
import type { WorkingCalendar } from '../calendar/working-days'
import { dailyFigures, dailyRows, usedWorkingDays } from './rollup'
import type { SupervisionDailyTable } from './supervision.tables'

/*
 * Today's rollup rows without scanning today's cases (issue 20 point 4). Case writes insert their
 * figure facts as deltas (cases/figure-deltas.ts). Today's rows in supervision_daily plus what the
 * unfolded deltas add to today are today's figures, exactly: a read takes both in one snapshot.
 * A job folds the deltas into today's rows every FOLD_EVERY_MS, so a read adds at most that much
 * writing; the sweep recomputes today from the cases and drops the deltas its snapshot holds, so
 * anything a fold could miss (a calendar edit, a delta of another day) is put right within a sweep.
 * Deltas only ever count toward the day they are folded on: the days before are the sweep's.
 */

export const FOLD_EVERY_MS = 10_000

type Delta = Pick<
  CaseFigureDeltasTable,
  | 'case_id'
  | 'sign'
  | 'department_id'
  | 'window_id'
  | 'received_on'
  | 'accepted_on'
  | 'completed_on'
  | 'on_time'
  | 'promised_days'
>

/**
 * What deltas add to the day's rows (per department and window; rows that add nothing left
 * out). `usedDays` gives a completed case's working days used (its pauses and the calendar). Pure.
 */
export function deltaFigures(
  deltas: readonly Delta[],
  day: string,
  usedDays: (d: Delta & { completed_on: string }) => number,
): SupervisionDailyTable[] {
  const { at, rows } = dailyRows()
  for (const d of deltas) {
    const s = Number(d.sign)
    if (d.received_on === day) at(day, d.department_id, d.window_id).received += s
    if (d.accepted_on === day) at(day, d.department_id, d.window_id).accepted += s
    if (d.completed_on === day) {
      const f = at(day, d.department_id, d.window_id)
      f.completed += s
      f.completed_on_time += s * Number(d.on_time)
      f.promised_days += s * Number(d.promised_days)
      f.used_days += s * usedDays({ ...d, completed_on: d.completed_on })
    }
  }
  return rows().filter(
    (r) => r.received || r.accepted || r.completed || r.completed_on_time || r.used_days || r.promised_days,
  )
}

/** The unfolded deltas and what they add to `today` (the pauses read for the completions only). */
async function pendingToday(tx: Executor, cal: WorkingCalendar, today: string) {
  const deltas = await pendingFigureDeltas(tx)
  const completing = [...new Set(deltas.filter((d) => d.completed_on === today).map((d) => d.case_id))]
  const pauses = new Map<string, Array<{ from: string; to: string | null }>>()
  for (const p of await pausesOfCases(tx, completing)) {
    const list = pauses.get(p.case_id) ?? []
    list.push({ from: p.from_on, to: p.to_on })
    pauses.set(p.case_id, list)
  }
  const rows = deltaFigures(deltas, today, (d) =>
    usedWorkingDays(cal, d.accepted_on, d.completed_on, pauses.get(d.case_id) ?? []),
  )
  return { ids: deltas.map((d) => d.id), rows }
}

/**
 * Reads in one snapshot what `read` needs from the rollup and what the unfolded deltas add to
 * today (a fold between the two would count its deltas twice or not at all).
 */
export function withPendingToday<T>(
  db: Executor,
  cal: WorkingCalendar,
  today: string,
  read: (tx: Executor) => Promise<T>,
): Promise<[T, SupervisionDailyTable[]]> {
  return inSnapshot(db, async (tx) => {
    const folded = await read(tx)
    return [folded, (await pendingToday(tx, cal, today)).rows]
  })
}

/** Adds the unfolded deltas to today's rollup rows and drops them; returns how many it folded. */
export async function foldToday(db: Executor, cal: WorkingCalendar, today: string): Promise<number> {
  return inSnapshot(db, async (tx) => {
    const { ids, rows } = await pendingToday(tx, cal, today)
    if (ids.length === 0) return 0
    for (const r of rows)
      await tx
        .insertInto('supervision_daily')
        .values(r)
        .onConflict((oc) =>
          oc.columns(['day', 'department_id', 'window_id']).doUpdateSet((eb) => ({
            received: eb('supervision_daily.received', '+', eb.ref('excluded.received')),
            accepted: eb('supervision_daily.accepted', '+', eb.ref('excluded.accepted')),
            completed: eb('supervision_daily.completed', '+', eb.ref('excluded.completed')),
            completed_on_time: eb(
              'supervision_daily.completed_on_time',
              '+',
              eb.ref('excluded.completed_on_time'),
            ),
            used_days: eb('supervision_daily.used_days', '+', eb.ref('excluded.used_days')),
            promised_days: eb('supervision_daily.promised_days', '+', eb.ref('excluded.promised_days')),
          })),
        )
        .execute()
    await dropFigureDeltas(tx, ids)
    return ids.length
  })
}

/**
 * Today's rows recomputed from the cases (the sweep): replaces them and drops every delta this
 * snapshot sees (their writes are in the cases it read); later deltas stay for the next fold.
 */
export async function rollUpToday(db: Executor, cal: WorkingCalendar, today: string): Promise<number> {
  return inSnapshot(db, async (tx) => {
    const rows = await dailyFigures(tx, cal, today, today)
    await tx.deleteFrom('supervision_daily').where('day', '=', today).execute()
    for (let i = 0; i < rows.length; i += 400)
      await tx
        .insertInto('supervision_daily')
        .values(rows.slice(i, i + 400))
        .execute()
    await dropFigureDeltas(tx)
    return rows.length
  })
}
