import type { Executor } from '../../db/database'
import { countStaff } from '../auth/auth.queries'
import type {
  FacilitiesTable,
  HallAreasTable,
  HallFloorsTable,
  HallsTable,
  HallWindowsTable,
} from './org.tables'

export interface WindowLinks {
  departmentIds: string[]
  categoryIds: string[]
  staffIds: string[]
}

/** The hall model: floors, areas, windows and what they serve, facilities (queue categories are the queue's, see queue-categories.ts). */
export class HallRepository {
  constructor(private readonly db: Executor) {}

  async listHalls(tx: Executor = this.db): Promise<HallsTable[]> {
    return tx.selectFrom('halls').selectAll().orderBy('created_at').execute()
  }

  async findHall(id: string, tx: Executor = this.db): Promise<HallsTable | undefined> {
    return tx.selectFrom('halls').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async insertHall(row: HallsTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('halls').values(row).execute()
  }

  async updateHall(id: string, patch: Partial<HallsTable>, tx: Executor = this.db): Promise<void> {
    await tx.updateTable('halls').set(patch).where('id', '=', id).execute()
  }

  async floors(hallId: string, tx: Executor = this.db): Promise<HallFloorsTable[]> {
    return tx.selectFrom('hall_floors').selectAll().where('hall_id', '=', hallId).orderBy('number').execute()
  }

  async areas(hallId: string, tx: Executor = this.db): Promise<HallAreasTable[]> {
    return tx
      .selectFrom('hall_areas')
      .selectAll()
      .where('hall_id', '=', hallId)
      .orderBy('sort_order')
      .orderBy('code')
      .execute()
  }

  async windows(hallId: string, tx: Executor = this.db): Promise<HallWindowsTable[]> {
    return tx.selectFrom('hall_windows').selectAll().where('hall_id', '=', hallId).orderBy('number').execute()
  }

  async facilities(hallId: string, tx: Executor = this.db): Promise<FacilitiesTable[]> {
    return tx
      .selectFrom('facilities')
      .selectAll()
      .where('hall_id', '=', hallId)
      .orderBy('sort_order')
      .orderBy('name')
      .execute()
  }

  async findFloor(id: string, tx: Executor = this.db) {
    return tx.selectFrom('hall_floors').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findArea(id: string, tx: Executor = this.db) {
    return tx.selectFrom('hall_areas').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findWindow(id: string, tx: Executor = this.db) {
    return tx.selectFrom('hall_windows').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findFacility(id: string, tx: Executor = this.db) {
    return tx.selectFrom('facilities').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async upsertFloor(row: HallFloorsTable, tx: Executor = this.db): Promise<void> {
    await tx
      .insertInto('hall_floors')
      .values(row)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          number: row.number,
          name: row.name,
          name_ug: row.name_ug,
          name_en: row.name_en,
          is_service_floor: row.is_service_floor,
        }),
      )
      .execute()
  }

  async upsertArea(row: HallAreasTable, tx: Executor = this.db): Promise<void> {
    const { id: _id, hall_id: _hall, ...patch } = row
    await tx
      .insertInto('hall_areas')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(patch))
      .execute()
  }

  async upsertWindow(row: HallWindowsTable, links: WindowLinks, tx: Executor = this.db): Promise<void> {
    const { id: _id, hall_id: _hall, ...patch } = row
    await tx
      .insertInto('hall_windows')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(patch))
      .execute()
    await tx.deleteFrom('window_departments').where('window_id', '=', row.id).execute()
    await tx.deleteFrom('window_categories').where('window_id', '=', row.id).execute()
    await tx.deleteFrom('window_staff').where('window_id', '=', row.id).execute()
    if (links.departmentIds.length) {
      await tx
        .insertInto('window_departments')
        .values(links.departmentIds.map((d) => ({ window_id: row.id, department_id: d })))
        .execute()
    }
    if (links.categoryIds.length) {
      await tx
        .insertInto('window_categories')
        .values(links.categoryIds.map((c) => ({ window_id: row.id, category_id: c })))
        .execute()
    }
    if (links.staffIds.length) {
      await tx
        .insertInto('window_staff')
        .values(links.staffIds.map((u) => ({ window_id: row.id, user_id: u })))
        .execute()
    }
  }

  async windowLinks(windowIds: string[], tx: Executor = this.db): Promise<Map<string, WindowLinks>> {
    const map = new Map<string, WindowLinks>(
      windowIds.map((id) => [id, { departmentIds: [], categoryIds: [], staffIds: [] }]),
    )
    if (windowIds.length === 0) return map
    const [deps, cats, staff] = await Promise.all([
      tx.selectFrom('window_departments').selectAll().where('window_id', 'in', windowIds).execute(),
      tx.selectFrom('window_categories').selectAll().where('window_id', 'in', windowIds).execute(),
      tx.selectFrom('window_staff').selectAll().where('window_id', 'in', windowIds).execute(),
    ])
    for (const d of deps) map.get(d.window_id)?.departmentIds.push(d.department_id)
    for (const c of cats) map.get(c.window_id)?.categoryIds.push(c.category_id)
    for (const s of staff) map.get(s.window_id)?.staffIds.push(s.user_id)
    return map
  }

  async upsertFacility(row: FacilitiesTable, tx: Executor = this.db): Promise<void> {
    const { id: _id, hall_id: _hall, ...patch } = row
    await tx
      .insertInto('facilities')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(patch))
      .execute()
  }

  async deleteFacility(id: string, tx: Executor = this.db): Promise<void> {
    await tx.deleteFrom('facilities').where('id', '=', id).execute()
  }

  async countUsers(ids: string[], tx: Executor = this.db): Promise<number> {
    return countStaff(tx, ids)
  }
}
