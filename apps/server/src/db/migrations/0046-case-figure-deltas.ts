import type { Kysely } from 'kysely'
import { dialectOf, serialPrimaryKey, serialType } from '../dialect'

/**
 * Today's period figures without a live scan of today's cases (issue 20 point 4;
 * cases/figure-deltas.ts): every case write that changes what the daily rollup counts (the
 * days received, accepted and completed, the due date, the department or window) inserts the
 * case's figure facts before (−1) and after (+1). Supervision folds them into today's rollup rows
 * and reads the unfolded rest; the sweep recomputes today from the cases and drops the deltas its
 * snapshot holds. Starts empty: today's rollup rows of the last sweep hold what came before.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_figure_deltas')
    .addColumn('id', serialType(dialectOf(db)), serialPrimaryKey(dialectOf(db)))
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('sign', 'integer', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('window_id', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('accepted_on', 'text')
    .addColumn('completed_on', 'text')
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addColumn('promised_days', 'integer', (c) => c.notNull())
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}
