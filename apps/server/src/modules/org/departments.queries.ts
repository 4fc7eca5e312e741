import type { Executor } from '../../db/database'

/*
 * What other modules (supervision's dashboard, wall and alerts) read of the departments without
 * the org service: their codes and names.
 */

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

/** Some departments (active or not) by id, with their names, codes and phone numbers. */
export async function departmentsByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('departments')
    .select(['id', 'code', 'name', 'name_ug', 'name_en', 'phone'])
    .where('id', 'in', [...new Set(ids)])
    .execute()
}

/**
 * The departments' Chinese names as a derived table (columns `id`, `name`) for a statement of
 * another module to join by id: `.innerJoin(departmentNames(db).as('d'), 'd.id', 'x.department_id')`.
 * Both databases flatten it into the join (the plan is the one of joining `departments`).
 */
export const departmentNames = (db: Executor) => db.selectFrom('departments').select(['id', 'name'])
