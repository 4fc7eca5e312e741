import { sql, type Selectable } from 'kysely'
import type { Executor } from '../../db/database'
import { prepared } from '../../db/prepared'
import { matterVersionTerms } from '../catalog/catalog.queries'
import type { CaseFigureDeltasTable, CasesTable } from './cases.tables'

/*
 * What a case counts in supervision's daily rollup, kept as insert-only deltas (issue 20 point
 * 4): a write that changes one of the case's figure facts inserts the facts as they were (−1) and
 * as they are (+1), in the write's transaction, so writers never wait for each other on a summary
 * row. Supervision folds them into today's rollup rows (supervision/today-figures.ts) and adds the
 * rest when it reads, so "this month" counts today exactly without scanning today's cases.
 */

/** The case columns the facts are made of: a patch that sets none of them changes no figure. */
const FIGURE_COLUMNS = [
  'received_on',
  'accepted_on',
  'completed_on',
  'due_on',
  'department_id',
  'window_id',
  'matter_version_id',
] as const satisfies ReadonlyArray<keyof CasesTable>

/** Whether a patch of a case can change what the case counts in the rollup. */
export function touchesFigures(patch: Partial<CasesTable>): boolean {
  return FIGURE_COLUMNS.some((c) => patch[c] !== undefined)
}

// one statement per sign, compiled once: the case's facts read from its row as they are now
const facts = (sign: 1 | -1) =>
  prepared((db, p: { caseId: string }) =>
    db
      .insertInto('case_figure_deltas')
      .columns([
        'case_id',
        'sign',
        'department_id',
        'window_id',
        'received_on',
        'accepted_on',
        'completed_on',
        'on_time',
        'promised_days',
      ])
      .expression(
        db
          .selectFrom('cases as c')
          .innerJoin(matterVersionTerms(db).as('mv'), 'mv.id', 'c.matter_version_id')
          .select([
            'c.id',
            sql.lit(sign).as('sign'),
            'c.department_id',
            sql<string>`coalesce(c.window_id, '')`.as('window_id'),
            'c.received_on',
            'c.accepted_on',
            'c.completed_on',
            sql<number>`case when c.completed_on is not null and (c.due_on is null or c.completed_on <= c.due_on) then 1 else 0 end`.as(
              'on_time',
            ),
            'mv.promised_limit_days',
          ])
          .where('c.id', '=', p.caseId),
      ),
  )
const added = facts(1)
const removed = facts(-1)

/** Records a case's figure facts as removed (before a write) or added (after it). */
export async function recordFigureFacts(tx: Executor, caseId: string, sign: 1 | -1): Promise<void> {
  await (sign === 1 ? added : removed)(tx, { caseId })
}

/** The deltas not folded yet (few: what was written since the last fold), oldest first. */
export async function pendingFigureDeltas(db: Executor): Promise<Array<Selectable<CaseFigureDeltasTable>>> {
  return db.selectFrom('case_figure_deltas').selectAll().orderBy('id').execute()
}

/** Drops the deltas a fold has counted (by id), or every delta the transaction sees (no ids). */
export async function dropFigureDeltas(tx: Executor, ids?: readonly number[]): Promise<void> {
  if (!ids) {
    await tx.deleteFrom('case_figure_deltas').execute()
    return
  }
  for (let i = 0; i < ids.length; i += 1000)
    await tx
      .deleteFrom('case_figure_deltas')
      .where('id', 'in', ids.slice(i, i + 1000))
      .execute()
}
