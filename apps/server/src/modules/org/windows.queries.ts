import type { Executor } from '../../db/database'

/*
 * What other modules (supervision's dashboard, wall and alerts, ratings' comments) read of the
 * hall's windows without the org service: numbers, names and the departments they serve.
 */

/** Every window with its number and names, by number. */
export async function windowNames(db: Executor) {
  return db
    .selectFrom('hall_windows')
    .select(['id', 'number', 'name', 'name_ug', 'name_en'])
    .orderBy('number')
    .execute()
}

/** One window's name and a department it serves (none: `department_id` null), or undefined. */
export async function windowWithDepartment(db: Executor, id: string) {
  return db
    .selectFrom('hall_windows as w')
    .leftJoin('window_departments as wd', 'wd.window_id', 'w.id')
    .select(['w.id', 'w.name', 'wd.department_id'])
    .where('w.id', '=', id)
    .executeTakeFirst()
}

/** Which window serves which department (a window serving two departments has two rows). */
export async function windowDepartmentLinks(db: Executor) {
  return db.selectFrom('window_departments').select(['window_id', 'department_id']).execute()
}

/**
 * The windows' numbers as a derived table (columns `id`, `number`) for a statement of another
 * module to join by id: `.leftJoin(windowNumbers(db).as('w'), 'w.id', 'x.window_id')`.
 */
export const windowNumbers = (db: Executor) => db.selectFrom('hall_windows').select(['id', 'number'])
