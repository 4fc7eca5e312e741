import type { Executor } from '../../db/database'

/*
 * What other modules (online, ratings) read of the departments without org's service: their
 * names, for lists and printed documents.
 */

/**
 * The departments' names as a derived table (`id`, `name`, `name_ug`, `name_en`), for a statement
 * that lists another module's rows with their department's name:
 * `.leftJoin(departmentNames(tx).as('d'), 'd.id', 'x.department_id')`. Both databases flatten it.
 */
export const departmentNames = (db: Executor) =>
  db.selectFrom('departments').select(['id', 'name', 'name_ug', 'name_en'])

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
