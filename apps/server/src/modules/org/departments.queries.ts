import type { Executor } from '../../db/database'

/*
 * What other modules read of the departments without org's service: whether one exists, its
 * name, its reference columns, the active ones in screen order. Each takes the caller's database
 * or transaction; the derived tables are for the caller's own statement to join (both databases
 * flatten them, so the plan is the one of joining `departments` itself).
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

/** The Chinese names of these departments, by id (the unknown ones are absent). */
export async function findDepartmentNames(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('departments')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

/**
 * The departments' names in three columns (`id`, `name`, `name_ug`, `name_en`) as a derived
 * table: `.leftJoin(departmentNames(tx).as('d'), 'd.id', 'x.department_id')`.
 */
export const departmentNames = (db: Executor) =>
  db.selectFrom('departments').select(['id', 'name', 'name_ug', 'name_en'])

/**
 * A department as another module refers to it (id, code, names in three columns, level, phone):
 * a derived table to join (`.innerJoin(departmentRefs(tx).as('d'), 'd.id', …)`) or select from.
 */
export const departmentRefs = (db: Executor) =>
  db.selectFrom('departments').select(['id', 'code', 'name', 'name_ug', 'name_en', 'level', 'phone'])

export type DepartmentRef = Awaited<ReturnType<ReturnType<typeof departmentRefs>['executeTakeFirstOrThrow']>>

/** These departments' references, active or not (any order; an id given twice counts once). */
export async function findDepartmentRefs(db: Executor, ids: readonly string[]): Promise<DepartmentRef[]> {
  if (ids.length === 0) return []
  return departmentRefs(db)
    .where('id', 'in', [...new Set(ids)])
    .execute()
}

/** Every department's reference, by code. */
export async function listDepartmentRefs(db: Executor): Promise<DepartmentRef[]> {
  return departmentRefs(db).orderBy('code').execute()
}

/** The active departments in the order the screens list them, with their names. */
export async function activeDepartments(db: Executor) {
  return db
    .selectFrom('departments')
    .select(['id', 'code', 'name', 'name_ug', 'name_en'])
    .where('is_active', '=', 1)
    .orderBy('sort_order')
    .orderBy('code')
    .execute()
}
