import { insertTestCity, insertTestDepartment } from '../org/test-fixtures'
import { residentIdCheckChar } from '@yimin/shared'
import type { TestContext } from '../../../test/support/test-app'
import { staffSession } from '../../../test/support/test-app'
import { newId } from '../../platform/ids'

/** A valid resident ID number for a birth date and serial. */
export function residentId(birth = '19800101', serial = '123'): string {
  const body = `650105${birth}${serial}`
  return body + residentIdCheckChar(body)
}

export interface QueueFixtures {
  hallId: string
  otherHallId: string
  departments: { exitEntry: string; household: string }
  categories: { a: string; b: string }
  windows: { w5: string; w6: string; w9: string; other: string }
  /** cookies */
  admin: string
  clerk5: string
  clerk6: string
  householdClerk: string
  supervisor: string
  /** device credentials (Authorization: Device …) */
  kiosk: string
  hallDisplay: string
  otherHallDisplay: string
  windowDisplay5: string
}

/**
 * Two halls; in the first, windows 5 and 6 serve category A (出入境, departments GA-CRJ) and
 * window 9 serves B (户政). Clerk 5 staffs window 5 (roster), clerk 6 has a GA-CRJ grant only,
 * the household clerk a GA-HZ grant.
 */
export async function seedQueueFixtures(ctx: TestContext): Promise<QueueFixtures> {
  const db = ctx.container.database.db
  const now = '2026-03-01T00:00:00.000Z'
  await insertTestCity(db)
  const dep = (code: string, name: string) => insertTestDepartment(db, code, name)
  const exitEntry = await dep('GA-CRJ', '出入境')
  const household = await dep('GA-HZ', '户政')
  const hall = async (name: string) => {
    const hallId = newId()
    const floorId = newId()
    const areaId = newId()
    await db
      .insertInto('halls')
      .values({
        id: hallId,
        name,
        name_ug: null,
        name_en: null,
        address: '乌鲁木齐市',
        division_code: '650100',
        opening_hours: '[]',
        created_at: now,
      })
      .execute()
    await db
      .insertInto('hall_floors')
      .values({
        id: floorId,
        hall_id: hallId,
        number: 1,
        name: '一楼',
        name_ug: null,
        name_en: null,
        is_service_floor: 1,
      })
      .execute()
    await db
      .insertInto('hall_areas')
      .values({
        id: areaId,
        hall_id: hallId,
        floor_id: floorId,
        code: 'CITY',
        name: '综合业务区',
        name_ug: null,
        name_en: null,
        sort_order: 0,
      })
      .execute()
    return { hallId, areaId }
  }
  const main = await hall('市政务服务中心')
  const other = await hall('区政务服务中心')
  const a = newId()
  const b = newId()
  await db
    .insertInto('queue_categories')
    .values({
      id: a,
      code: 'CRJ',
      prefix: 'A',
      name: '出入境证件',
      name_ug: null,
      name_en: null,
      is_active: 1,
      sort_order: 0,
    })
    .execute()
  await db
    .insertInto('queue_categories')
    .values({
      id: b,
      code: 'HZ',
      prefix: 'B',
      name: '户籍',
      name_ug: null,
      name_en: null,
      is_active: 1,
      sort_order: 1,
    })
    .execute()
  const win = async (
    hallId: string,
    areaId: string,
    number: number,
    name: string,
    departmentId: string,
    categoryId: string,
  ) => {
    const id = newId()
    await db
      .insertInto('hall_windows')
      .values({ id, hall_id: hallId, area_id: areaId, number, name, is_active: 1 })
      .execute()
    await db.insertInto('window_departments').values({ window_id: id, department_id: departmentId }).execute()
    await db.insertInto('window_categories').values({ window_id: id, category_id: categoryId }).execute()
    return id
  }
  const w5 = await win(main.hallId, main.areaId, 5, '5 号窗口', exitEntry, a)
  const w6 = await win(main.hallId, main.areaId, 6, '6 号窗口', exitEntry, a)
  const w9 = await win(main.hallId, main.areaId, 9, '9 号窗口', household, b)
  const otherWindow = await win(other.hallId, other.areaId, 1, '1 号窗口', household, b)
  const admin = await staffSession(ctx, 'q-admin', [{ role: 'admin', departmentId: null }])
  const clerk5 = await staffSession(ctx, 'q-clerk5', [{ role: 'clerk', departmentId: household }])
  const clerk5Id = (
    await db.selectFrom('users').select('id').where('username', '=', 'q-clerk5').executeTakeFirstOrThrow()
  ).id
  await db.insertInto('window_staff').values({ window_id: w5, user_id: clerk5Id }).execute()
  const device = async (
    kind: 'kiosk' | 'hall_display' | 'window_display',
    windowId: string | null,
    areaId: string | null,
  ) => (await ctx.container.devices.register('system', { kind, name: kind, windowId, areaId })).credential
  return {
    hallId: main.hallId,
    otherHallId: other.hallId,
    departments: { exitEntry, household },
    categories: { a, b },
    windows: { w5, w6, w9, other: otherWindow },
    admin,
    clerk5,
    clerk6: await staffSession(ctx, 'q-clerk6', [{ role: 'clerk', departmentId: exitEntry }]),
    householdClerk: await staffSession(ctx, 'q-hz', [{ role: 'clerk', departmentId: household }]),
    supervisor: await staffSession(ctx, 'q-sup', [{ role: 'supervisor', departmentId: null }]),
    kiosk: await device('kiosk', null, main.areaId),
    hallDisplay: await device('hall_display', null, main.areaId),
    otherHallDisplay: await device('hall_display', null, other.areaId),
    windowDisplay5: await device('window_display', w5, null),
  }
}
