import type { Executor } from '../../db/database'
import { lockRow } from '../../db/dialect'

/*
 * What other modules (the queue, ratings, supervision) read of the hall's windows without org's
 * service: a window, its number and names, the categories and departments it serves, who may
 * work at it, and the hall it is in.
 */

/** A window as the queue shows and calls it (hall_windows). */
export interface WindowRow {
  id: string
  hall_id: string
  number: number
  name: string
  name_ug: string | null
  name_en: string | null
  is_active: number
}

const windowColumns = ['id', 'hall_id', 'number', 'name', 'name_ug', 'name_en', 'is_active'] as const

export async function findWindow(db: Executor, id: string): Promise<WindowRow | undefined> {
  return db.selectFrom('hall_windows').select(windowColumns).where('id', '=', id).executeTakeFirst()
}

/**
 * A window with what an action at it needs besides: whether `userId` is on its roster
 * (window_staff) and the categories it serves, in one statement (a row per category, the
 * window's columns repeated; one row when it serves none).
 */
export async function windowForStaff(
  db: Executor,
  windowId: string,
  userId: string,
): Promise<{ window: WindowRow; onRoster: boolean; categoryIds: string[] } | undefined> {
  const rows = await db
    .selectFrom('hall_windows as w')
    .leftJoin('window_staff as s', (j) => j.onRef('s.window_id', '=', 'w.id').on('s.user_id', '=', userId))
    .leftJoin('window_categories as c', 'c.window_id', 'w.id')
    .select([
      'w.id',
      'w.hall_id',
      'w.number',
      'w.name',
      'w.name_ug',
      'w.name_en',
      'w.is_active',
      's.user_id as rostered',
      'c.category_id',
    ])
    .where('w.id', '=', windowId)
    .execute()
  const first = rows[0]
  if (!first) return undefined
  const { rostered, category_id: _c, ...window } = first
  return {
    window,
    onRoster: rostered !== null,
    categoryIds: rows.flatMap((r) => (r.category_id === null ? [] : [r.category_id])),
  }
}

/** A hall's windows by number. */
export async function windowsOfHall(db: Executor, hallId: string): Promise<WindowRow[]> {
  return db
    .selectFrom('hall_windows')
    .select(windowColumns)
    .where('hall_id', '=', hallId)
    .orderBy('number')
    .execute()
}

/** Windows' numbers and names in three languages (the queue's statistics). */
export async function windowNames(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('hall_windows')
    .select(['id', 'number', 'name', 'name_ug', 'name_en'])
    .where('id', 'in', [...ids])
    .execute()
}

/** Serialises the actions at one window (a row lock on the window until the transaction ends). */
export async function lockWindow(tx: Executor, windowId: string): Promise<void> {
  await lockRow(tx, 'hall_windows', windowId)
}

export async function hallExists(db: Executor, hallId: string): Promise<boolean> {
  return (await db.selectFrom('halls').select('id').where('id', '=', hallId).executeTakeFirst()) !== undefined
}

/** The queue categories a window serves. */
export async function windowCategoryIds(db: Executor, windowId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('window_categories')
    .select('category_id')
    .where('window_id', '=', windowId)
    .execute()
  return rows.map((r) => r.category_id)
}

/** The departments a window serves. */
export async function windowDepartmentIds(db: Executor, windowId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('window_departments')
    .select('department_id')
    .where('window_id', '=', windowId)
    .execute()
  return rows.map((r) => r.department_id)
}

/** The department that answers for a window's visits (the first it serves, in a stable order). */
export async function leadWindowDepartment(db: Executor, windowId: string): Promise<string | null> {
  const r = await db
    .selectFrom('window_departments')
    .select('department_id')
    .where('window_id', '=', windowId)
    .orderBy('department_id')
    .executeTakeFirst()
  return r?.department_id ?? null
}

/**
 * The categories served in each hall that serves `categoryId` (hall_id, category_id), in one
 * statement (not the halls first, then each hall's categories).
 */
export async function categoriesOfHallsServing(
  db: Executor,
  categoryId: string,
): Promise<Array<{ hall_id: string; category_id: string }>> {
  return db
    .selectFrom('window_categories as wc')
    .innerJoin('hall_windows as w', 'w.id', 'wc.window_id')
    .select(['w.hall_id', 'wc.category_id'])
    .distinct()
    .where('w.hall_id', 'in', (eb) =>
      eb
        .selectFrom('window_categories as sc')
        .innerJoin('hall_windows as sw', 'sw.id', 'sc.window_id')
        .select('sw.hall_id')
        .where('sc.category_id', '=', categoryId),
    )
    .orderBy('w.hall_id')
    .execute()
}

/** Categories served in a hall, with their windows. */
export async function hallCategoryWindows(
  db: Executor,
  hallId: string,
): Promise<Array<{ category_id: string; window_id: string }>> {
  return db
    .selectFrom('window_categories as wc')
    .innerJoin('hall_windows as w', 'w.id', 'wc.window_id')
    .select(['wc.category_id', 'wc.window_id'])
    .where('w.hall_id', '=', hallId)
    .execute()
}

/**
 * Which window serves which queue category (`window_id`, `category_id`), as a derived table for a
 * statement over the queue's rows: `.selectFrom(windowCategories(tx).as('wc'))`.
 */
export const windowCategories = (db: Executor) =>
  db.selectFrom('window_categories').select(['window_id', 'category_id'])

/** Every window with its number and names, by number (supervision's tables and wall). */
export async function allWindowNames(db: Executor) {
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
