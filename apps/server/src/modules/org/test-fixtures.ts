import type { Db } from '../../db/database'
import { newId } from '../../platform/ids'

const FIXTURE_TIME = '2026-03-01T00:00:00.000Z'

/** The city (乌鲁木齐市, 650100) that test departments belong to. */
export async function insertTestCity(db: Db): Promise<void> {
  await db
    .insertInto('divisions')
    .values({
      code: '650100',
      name: '乌鲁木齐市',
      name_ug: null,
      name_en: null,
      level: 'city',
      parent_code: null,
    })
    .execute()
}

/** A city-level department of the test city; returns its id (a new one unless given). */
export async function insertTestDepartment(
  db: Db,
  code: string,
  name: string,
  id: string = newId(),
): Promise<string> {
  await db
    .insertInto('departments')
    .values({
      id,
      code,
      name,
      name_ug: null,
      name_en: null,
      level: 'city',
      division_code: '650100',
      parent_id: null,
      phone: null,
      is_active: 1,
      sort_order: 0,
      created_at: FIXTURE_TIME,
      updated_at: FIXTURE_TIME,
    })
    .execute()
  return id
}
