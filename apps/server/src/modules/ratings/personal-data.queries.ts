import type { Executor } from '../../db/database'

/*
 * What the privacy module reads and erases of the ratings: those given from a phone (a citizen's
 * copy of their data), and the phones the retention sweep clears (the ratings themselves stay).
 */

/** The ratings given from a phone, oldest first. */
export async function ratingsOfPhone(db: Executor, phone: string) {
  return db
    .selectFrom('ratings')
    .select(['subject_kind', 'subject_label', 'channel', 'level', 'score', 'comment', 'rated_at'])
    .where('phone', '=', phone)
    .orderBy('rated_at')
    .execute()
}

/** Forgets the phone of ratings given before the cut-off day; returns how many. */
export async function clearRatingPhones(db: Executor, ratedOnBefore: string): Promise<number> {
  const r = await db
    .updateTable('ratings')
    .set({ phone: null })
    .where('rated_on', '<', ratedOnBefore)
    .where('phone', 'is not', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}
