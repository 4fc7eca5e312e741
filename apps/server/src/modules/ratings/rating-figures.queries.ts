import type { Executor } from '../../db/database'
import { windowNumbers } from '../org/windows.queries'

/*
 * What the supervision wall reads of the ratings: counts per day and the latest comments.
 * Aggregates and free text only; no person's data is selected.
 */

/** Ratings per day (upheld appeals left out) and how many were 满意 or better. */
export async function ratingsByDay(
  db: Executor,
  from: string,
  to: string,
): Promise<Array<{ day: string; ratings: number; satisfied: number }>> {
  const rows = await db
    .selectFrom('ratings')
    .select([
      'rated_on',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.sum<number>(eb.case().when('score', '>=', 4).then(1).else(0).end()).as('satisfied'),
    ])
    .where('rated_on', '>=', from)
    .where('rated_on', '<=', to)
    .where('is_excluded', '=', 0)
    .groupBy('rated_on')
    .execute()
  return rows.map((r) => ({ day: r.rated_on, ratings: Number(r.n), satisfied: Number(r.satisfied ?? 0) }))
}

/** The latest rated comments with the window's number (never the phone or the staff). */
export async function latestComments(db: Executor, limit: number) {
  return db
    .selectFrom('ratings as r')
    .leftJoin(windowNumbers(db).as('w'), 'w.id', 'r.window_id')
    .select(['r.level', 'r.comment', 'r.rated_on', 'w.number as window_number'])
    .where('r.comment', 'is not', null)
    .where('r.comment', '<>', '')
    .where('r.is_excluded', '=', 0)
    .orderBy('r.rated_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute()
}
