import type { Executor } from '../../db/database'

/*
 * What other modules (cases, catalog, trading) read of the departments without org's service:
 * whether one exists, its name, its reference columns. Each takes the caller's database or
 * transaction.
 */

/** Whether a department exists (active or not). */
export async function departmentExists(db: Executor, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  )
}

/** Which of `ids` are departments. */
export async function existingDepartmentIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('departments')
    .select('id')
    .where('id', 'in', [...ids])
    .execute()
  return new Set(rows.map((r) => r.id))
}

/** A department's Chinese name, or null when there is no such department. */
export async function departmentName(db: Executor, id: string): Promise<string | null> {
  const row = await db.selectFrom('departments').select('name').where('id', '=', id).executeTakeFirst()
  return row?.name ?? null
}

/**
 * A department as another module refers to it (id, code, names in three columns, level): a
 * derived table for the caller to join (`.innerJoin(departmentRefs(tx).as('d'), 'd.id', …)`)
 * or select from; both databases flatten it, so the join's plan is the one of the table itself.
 */
export const departmentRefs = (db: Executor) =>
  db.selectFrom('departments').select(['id', 'code', 'name', 'name_ug', 'name_en', 'level'])

export type DepartmentRef = Awaited<ReturnType<ReturnType<typeof departmentRefs>['executeTakeFirstOrThrow']>>

/** These departments' references (any order). */
export async function findDepartmentRefs(db: Executor, ids: readonly string[]): Promise<DepartmentRef[]> {
  if (ids.length === 0) return []
  return departmentRefs(db)
    .where('id', 'in', [...ids])
    .execute()
}

/** Every department's reference, by code. */
export async function listDepartmentRefs(db: Executor): Promise<DepartmentRef[]> {
  return departmentRefs(db).orderBy('code').execute()
}
