// The hall the queue benchmarks share (scale-out, queue growth): a matter with two parallel
// departments, a hall with WINDOWS windows each serving every queue category (the demo hall's
// categories with their letters, and CATEGORIES single ones C0…), a clerk and a kiosk.
import type { Container } from '../../apps/server/src/container'
import { newId } from '../../apps/server/src/platform/ids'
import { seedCatalogFixtures } from '../../apps/server/src/modules/catalog/test-fixtures'
import { foodLicenceDoc } from '../../apps/server/src/modules/cases/test-fixtures'
import { queueCategories } from '../../apps/server/src/seed/demo/queue-categories'

export const WINDOWS = 12
export const CATEGORIES = 8
export const KIOSK = 'bench-kiosk-credential-0001'
export const DISPLAY = 'bench-hall-display-credential-0001'
export const PASSWORD = 'bench-password-123456'

/** Lays the bench hall down; `today` (the center's date) becomes a working day if it is not one. */
export async function seedBenchHall(
  container: Container,
  today: string,
): Promise<{ hallId: string; categoryIds: string[]; windowIds: string[] }> {
  const db = container.database.db
  const f = await seedCatalogFixtures(db)
  const m = await container.catalog.matters.create('system', foodLicenceDoc(f))
  await container.catalog.matters.publish('system', m.id)
  const now = new Date().toISOString()
  const names = { name_ug: null, name_en: null }
  const [hallId, floorId, areaId] = [newId(), newId(), newId()]
  await db
    .insertInto('halls')
    .values({
      id: hallId,
      name: '大厅',
      ...names,
      address: '-',
      division_code: (await db.selectFrom('divisions').select('code').executeTakeFirstOrThrow()).code,
      opening_hours: '[]',
      created_at: now,
    })
    .execute()
  await db
    .insertInto('hall_floors')
    .values({ id: floorId, hall_id: hallId, number: 1, name: '一楼', ...names, is_service_floor: 1 })
    .execute()
  await db
    .insertInto('hall_areas')
    .values({
      id: areaId,
      hall_id: hallId,
      floor_id: floorId,
      code: 'A',
      name: '区',
      ...names,
      sort_order: 0,
    })
    .execute()
  // the demo hall's categories with their letters (H-CRJ is A, …) for the hall mix, and CATEGORIES
  // single ones (C0 is R, …; the one-category variant takes one per round); a ticket number is
  // one letter and digits, so the fixtures' category gives its C up for a Z
  await db.updateTable('queue_categories').set({ prefix: 'Z' }).where('prefix', '=', 'C').execute()
  const categories = [
    ...Array.from({ length: CATEGORIES }, (_, k) => ({ code: `C${k}`, prefix: String.fromCharCode(82 + k) })),
    ...queueCategories.map((q) => ({ code: `H-${q.code}`, prefix: q.prefix })),
  ]
  const categoryIds: string[] = []
  const windowIds: string[] = []
  for (const [k, c] of categories.entries()) {
    const id = newId()
    categoryIds.push(id)
    await db
      .insertInto('queue_categories')
      .values({
        id,
        code: c.code,
        prefix: c.prefix,
        name: `类别${c.code}`,
        ...names,
        is_active: 1,
        sort_order: k,
        number_end: 9999,
        daily_cap: 9999,
        id_daily_limit: 0,
      })
      .execute()
  }
  for (let n = 1; n <= WINDOWS; n++) {
    const id = newId()
    windowIds.push(id)
    await db
      .insertInto('hall_windows')
      .values({ id, hall_id: hallId, area_id: areaId, number: n, name: `${n} 号窗口`, is_active: 1 })
      .execute()
    for (const categoryId of categoryIds)
      await db.insertInto('window_categories').values({ window_id: id, category_id: categoryId }).execute()
  }
  await container.auth.createUser('system', {
    username: 'bench-clerk',
    displayName: 'bench',
    password: PASSWORD,
    grants: [{ role: 'clerk', departmentId: null }],
  })
  await container.devices.register('system', { kind: 'kiosk', name: 'kiosk', windowId: null, areaId }, KIOSK)
  await container.devices.register(
    'system',
    { kind: 'hall_display', name: 'display', windowId: null, areaId },
    DISPLAY,
  )
  // the bench runs at the real time: a weekend day in the center's time zone becomes a working day
  if (!(await container.calendar.get()).isWorkingDay(today))
    await container.calendar.setDay('system', today, { kind: 'workday', name: 'bench' })
  return { hallId, categoryIds, windowIds }
}
