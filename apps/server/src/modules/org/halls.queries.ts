import type { Executor } from '../../db/database'

/*
 * What other modules (auth, cases, devices, catalog) read of the halls without org's service:
 * the windows a staff member staffs, the hall of a window or an area, a window's number and the
 * division of its hall, the areas a matter can point to. Plain rows; each takes the caller's
 * database or transaction.
 */

/** The active windows a staff member staffs (the roster), with their hall, by hall name and number. */
export async function staffedWindows(db: Executor, userId: string) {
  return db
    .selectFrom('window_staff as s')
    .innerJoin('hall_windows as w', 'w.id', 's.window_id')
    .innerJoin('halls as h', 'h.id', 'w.hall_id')
    .select(['w.id', 'w.number', 'w.name', 'w.hall_id', 'h.name as hall_name'])
    .where('s.user_id', '=', userId)
    .where('w.is_active', '=', 1)
    .orderBy('h.name')
    .orderBy('w.number')
    .execute()
}

/** The hall a window, or else an area, belongs to (a device's place); null when neither exists. */
export async function hallOfPlace(
  db: Executor,
  place: { windowId: string | null; areaId: string | null },
): Promise<string | null> {
  if (place.windowId) {
    const w = await db
      .selectFrom('hall_windows')
      .select('hall_id')
      .where('id', '=', place.windowId)
      .executeTakeFirst()
    if (w) return w.hall_id
  }
  if (place.areaId) {
    const a = await db
      .selectFrom('hall_areas')
      .select('hall_id')
      .where('id', '=', place.areaId)
      .executeTakeFirst()
    if (a) return a.hall_id
  }
  return null
}

/** The number people see on a window (5 号窗口), or null when there is no such window. */
export async function windowNumber(db: Executor, windowId: string): Promise<number | null> {
  const w = await db.selectFrom('hall_windows').select('number').where('id', '=', windowId).executeTakeFirst()
  return w?.number ?? null
}

/** The division of the hall a window belongs to (就近办), or null. */
export async function divisionOfWindow(db: Executor, windowId: string): Promise<string | null> {
  const row = await db
    .selectFrom('hall_windows as w')
    .innerJoin('halls as h', 'h.id', 'w.hall_id')
    .select('h.division_code')
    .where('w.id', '=', windowId)
    .executeTakeFirst()
  return row?.division_code ?? null
}

/** Every hall area with its names in three columns, by code. */
export async function listHallAreas(db: Executor) {
  return db
    .selectFrom('hall_areas')
    .select(['id', 'code', 'name', 'name_ug', 'name_en', 'hall_id'])
    .orderBy('code')
    .execute()
}

/** Which of `ids` are hall areas. */
export async function existingHallAreaIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('hall_areas')
    .select('id')
    .where('id', 'in', [...ids])
    .execute()
  return new Set(rows.map((r) => r.id))
}
