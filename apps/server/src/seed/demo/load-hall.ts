import type { Hall } from '@yimin/shared'
import { areas, facilities, floors, hall as hallData, windows } from './hall'
import { queueCategories } from './queue-categories'
import { ignoreDuplicate, need, type SeedContext } from './context'

/** Queue categories, then the hall with its floors, areas and facilities (windows come later, once the staff exist). */
export async function loadHall(ctx: SeedContext): Promise<void> {
  const { c, actor, ids } = ctx
  const known = new Set((await c.halls.listCategories()).map((q) => q.code))
  for (const [i, q] of queueCategories.entries()) {
    if (known.has(q.code)) continue
    await ignoreDuplicate(
      c.halls.upsertCategory(actor, null, {
        code: q.code,
        prefix: q.prefix,
        name: q.name,
        isActive: true,
        sortOrder: (i + 1) * 10,
      }),
    )
  }
  for (const q of await c.halls.listCategories()) ids.categories.set(q.code, q.id)

  const input = {
    name: hallData.name,
    address: hallData.address,
    divisionCode: hallData.divisionCode,
    openingHours: hallData.openingHours,
  }
  let h: Hall =
    (await c.halls.listHalls(actor)).find((x) => x.name.zh === hallData.name.zh) ??
    (await c.halls.createHall(actor, input))
  ids.hallId = h.id
  for (const fl of floors) {
    if (h.floors.some((x) => x.number === fl.number)) continue
    h = await c.halls.upsertFloor(actor, h.id, null, {
      number: fl.number,
      name: fl.name,
      isServiceFloor: fl.isServiceFloor,
    })
  }
  for (const x of h.floors) ids.floors.set(x.number, x.id)
  for (const [i, a] of areas.entries()) {
    if (h.areas.some((x) => x.code === a.code)) continue
    h = await c.halls.upsertArea(actor, h.id, null, {
      floorId: need(ids.floors, a.floor, 'floor'),
      code: a.code,
      name: a.name,
      sortOrder: (i + 1) * 10,
    })
  }
  for (const x of h.areas) ids.areas.set(x.code, x.id)
  for (const [i, f] of facilities.entries()) {
    if (h.facilities.some((x) => x.name.zh === f.name.zh)) continue
    h = await c.halls.upsertFacility(actor, h.id, null, {
      floorId: f.floor === null ? null : need(ids.floors, f.floor, 'floor'),
      areaId: f.area === null ? null : need(ids.areas, f.area, 'area'),
      kind: f.kind,
      name: f.name,
      hours: f.hours,
      capacity: f.capacity,
      note: f.note,
      sortOrder: (i + 1) * 10,
    })
  }
  ctx.progress(
    `hall: ${floors.length} floors, ${areas.length} areas, ${facilities.length} facilities, ${queueCategories.length} queue categories`,
  )
}

/** The numbered windows with the departments and queue categories they serve and their clerks. */
export async function loadWindows(ctx: SeedContext): Promise<void> {
  const { c, actor, ids } = ctx
  const h = await c.halls.getHall(actor, ids.hallId)
  for (const x of h.windows) ids.windows.set(x.number, x.id)
  for (const win of windows) {
    if (ids.windows.has(win.number)) continue
    await ignoreDuplicate(
      c.halls.upsertWindow(actor, ids.hallId, null, {
        areaId: need(ids.areas, win.area, 'area'),
        number: win.number,
        name: win.name,
        isActive: true,
        departmentIds: win.departments.map((d) => need(ids.departments, d, 'department')),
        categoryIds: win.categories.map((q) => need(ids.categories, q, 'queue category')),
        staffIds: win.staff.map((u) => need(ids.users, u, 'user')),
      }),
    )
  }
  for (const x of (await c.halls.getHall(actor, ids.hallId)).windows) ids.windows.set(x.number, x.id)
  ctx.progress(`windows: ${windows.length}`)
}
