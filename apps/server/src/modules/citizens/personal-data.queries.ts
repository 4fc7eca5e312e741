import type { Executor } from '../../db/database'

/*
 * What the privacy module reads and erases of the citizens' tables: a citizen's account for their
 * copy of their data, and the sign-in codes the retention sweep deletes.
 */

/** The account a citizen's copy of their data shows. */
export async function citizenAccount(db: Executor, citizenId: string) {
  return db
    .selectFrom('citizens')
    .select(['phone', 'name', 'id_number', 'created_at', 'last_sign_in_at'])
    .where('id', '=', citizenId)
    .executeTakeFirst()
}

/** Deletes the sign-in codes sent before the cut-off; returns how many. */
export async function deleteSignInCodes(db: Executor, before: string): Promise<number> {
  const r = await db.deleteFrom('citizen_otps').where('created_at', '<', before).executeTakeFirst()
  return Number(r.numDeletedRows)
}
