import type { Executor } from '../../db/database'
import { lockRow } from '../../db/dialect'
import type { QueueWindowStatesTable } from './queue.tables'

export interface WindowRow {
  id: string
  hall_id: string
  number: number
  name: string
  name_ug: string | null
  name_en: string | null
  is_active: number
}

/**
 * The windows as the queue sees them (their categories, departments, staff, hall) and their
 * states (open, paused, closed; who serves).
 */
export class WindowStatesRepository {
  constructor(private readonly db: Executor) {}

  async window(id: string, tx: Executor = this.db): Promise<WindowRow | undefined> {
    return tx
      .selectFrom('hall_windows')
      .select(['id', 'hall_id', 'number', 'name', 'name_ug', 'name_en', 'is_active'])
      .where('id', '=', id)
      .executeTakeFirst()
  }

  async windowsOfHall(hallId: string, tx: Executor = this.db): Promise<WindowRow[]> {
    return tx
      .selectFrom('hall_windows')
      .select(['id', 'hall_id', 'number', 'name', 'name_ug', 'name_en', 'is_active'])
      .where('hall_id', '=', hallId)
      .orderBy('number')
      .execute()
  }

  async windowCategoryIds(windowId: string, tx: Executor = this.db): Promise<string[]> {
    return (
      await tx
        .selectFrom('window_categories')
        .select('category_id')
        .where('window_id', '=', windowId)
        .execute()
    ).map((r) => r.category_id)
  }

  async windowDepartmentIds(windowId: string, tx: Executor = this.db): Promise<string[]> {
    return (
      await tx
        .selectFrom('window_departments')
        .select('department_id')
        .where('window_id', '=', windowId)
        .execute()
    ).map((r) => r.department_id)
  }

  async isWindowStaff(windowId: string, userId: string, tx: Executor = this.db): Promise<boolean> {
    return (
      (await tx
        .selectFrom('window_staff')
        .select('user_id')
        .where('window_id', '=', windowId)
        .where('user_id', '=', userId)
        .executeTakeFirst()) !== undefined
    )
  }

  /** Halls whose windows serve a category (its waiting count goes to their displays). */
  async hallsServing(categoryId: string, tx: Executor = this.db): Promise<string[]> {
    const rows = await tx
      .selectFrom('window_categories as wc')
      .innerJoin('hall_windows as w', 'w.id', 'wc.window_id')
      .select('w.hall_id')
      .distinct()
      .where('wc.category_id', '=', categoryId)
      .execute()
    return rows.map((r) => r.hall_id)
  }

  /** Categories served in a hall, with their windows. */
  async hallCategoryWindows(
    hallId: string,
    tx: Executor = this.db,
  ): Promise<Array<{ category_id: string; window_id: string }>> {
    return tx
      .selectFrom('window_categories as wc')
      .innerJoin('hall_windows as w', 'w.id', 'wc.window_id')
      .select(['wc.category_id', 'wc.window_id'])
      .where('w.hall_id', '=', hallId)
      .execute()
  }

  /** Windows open today (not paused or closed) serving each category. */
  async openWindowCounts(serviceDate: string, tx: Executor = this.db): Promise<Map<string, number>> {
    const rows = await tx
      .selectFrom('window_categories as wc')
      .innerJoin('queue_window_states as s', 's.window_id', 'wc.window_id')
      .select(['wc.category_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('s.status', '=', 'open')
      .where('s.service_date', '=', serviceDate)
      .groupBy('wc.category_id')
      .execute()
    return new Map(rows.map((r) => [r.category_id, Number(r.n)]))
  }

  /** Serialises the actions at one window (a row lock on the window until the transaction ends). */
  async lockWindow(windowId: string, tx: Executor): Promise<void> {
    await lockRow(tx, 'hall_windows', windowId)
  }

  async windowState(windowId: string, tx: Executor = this.db): Promise<QueueWindowStatesTable | undefined> {
    return tx
      .selectFrom('queue_window_states')
      .selectAll()
      .where('window_id', '=', windowId)
      .executeTakeFirst()
  }

  async windowStates(windowIds: string[], tx: Executor = this.db): Promise<QueueWindowStatesTable[]> {
    if (windowIds.length === 0) return []
    return tx.selectFrom('queue_window_states').selectAll().where('window_id', 'in', windowIds).execute()
  }

  async saveWindowState(row: QueueWindowStatesTable, tx: Executor): Promise<void> {
    const { window_id: _id, ...patch } = row
    await tx
      .insertInto('queue_window_states')
      .values(row)
      .onConflict((oc) => oc.column('window_id').doUpdateSet(patch))
      .execute()
  }

  async hallExists(hallId: string, tx: Executor = this.db): Promise<boolean> {
    return (
      (await tx.selectFrom('halls').select('id').where('id', '=', hallId).executeTakeFirst()) !== undefined
    )
  }
}
