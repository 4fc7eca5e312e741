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

/**
 * How staff are named to other modules, as a derived table to join in one statement (a
 * rectification's callback clerk, the clerk on a rating pad): `id`, `display_name` and
 * `staff_number` (工号, optional). Both databases flatten it into the join.
 */
export const staffNames = (db: Executor) =>
  db.selectFrom('users').select(['id', 'display_name', 'staff_number'])

/** The display names of these staff ids (timelines, statistics); unknown ids are left out. */
export async function staffNamesOf(
  db: Executor,
  userIds: readonly string[],
): Promise<Array<{ id: string; display_name: string }>> {
  if (userIds.length === 0) return []
  return db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...userIds])
    .execute()
}

/** Every staff member's display name (the supervision dashboard's staff figures). */
export async function allStaffNames(db: Executor): Promise<Array<{ id: string; display_name: string }>> {
  return db.selectFrom('users').select(['id', 'display_name']).execute()
}

/** How many of these ids are staff accounts (a window's staff must all exist). */
export async function countStaff(db: Executor, userIds: readonly string[]): Promise<number> {
  if (userIds.length === 0) return 0
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', 'in', [...userIds])
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Whether a staff account with this id exists (disabled ones too). */
export async function staffExists(db: Executor, userId: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst()) !== undefined
}

/**
 * The mobile numbers of active staff holding a role scoped to one of these departments (not an
 * all-departments grant), one row per department and number: whom supervision texts about alerts.
 */
export async function departmentStaffPhones(
  db: Executor,
  departmentIds: readonly string[],
): Promise<Array<{ department_id: string; phone: string }>> {
  if (departmentIds.length === 0) return []
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.department_id', 'u.phone'])
    .distinct()
    .where('r.department_id', 'in', [...departmentIds])
    .where('u.phone', 'is not', null)
    .where('u.is_disabled', '=', 0)
    .execute()
  const result: Array<{ department_id: string; phone: string }> = []
  for (const r of rows)
    if (r.department_id !== null && r.phone !== null)
      result.push({ department_id: r.department_id, phone: r.phone })
  return result
}
