import type { Executor } from '../../db/database'
import { SessionsRepository } from './sessions.repository'

/**
 * The sign-in sessions as other modules use them: citizens open and close their own sessions
 * (the same `sessions` table and cookie rules as staff), and the platform's daily job removes
 * the expired ones.
 */
export type SessionStore = Pick<SessionsRepository, 'insert' | 'find' | 'touch' | 'delete' | 'deleteExpired'>

export const sessionStore = (db: Executor): SessionStore => new SessionsRepository(db)

/** A staff member's display name (经办人 on a receipt), or null when there is no such user. */
export async function userDisplayName(db: Executor, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst()
  return row?.display_name ?? null
}
