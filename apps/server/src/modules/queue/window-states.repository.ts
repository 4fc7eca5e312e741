import type { Executor } from '../../db/database'
import { forUpdate } from '../../db/dialect'
import {
  findWindow,
  categoriesOfHallsServing,
  hallCategoryWindows,
  hallExists,
  lockWindow,
  windowCategories,
  windowCategoryIds,
  windowDepartmentIds,
  windowForStaff,
  windowsOfHall,
  type WindowRow,
} from '../org/windows.queries'
import type { QueueWindowStatesTable } from './queue.tables'

export type { WindowRow } from '../org/windows.queries'

/**
 * The windows as the queue sees them (their categories, departments, staff, hall: org's rows,
 * read through `org/windows.queries.ts`) and their states (open, paused, closed; who serves).
 */
export class WindowStatesRepository {
  constructor(private readonly db: Executor) {}

  async window(id: string, tx: Executor = this.db): Promise<WindowRow | undefined> {
    return findWindow(tx, id)
  }

  /** A window, whether `userId` is on its roster, and its categories, in one statement. */
  async windowForStaff(
    windowId: string,
    userId: string,
    tx: Executor = this.db,
  ): Promise<{ window: WindowRow; onRoster: boolean; categoryIds: string[] } | undefined> {
    return windowForStaff(tx, windowId, userId)
  }

  async windowsOfHall(hallId: string, tx: Executor = this.db): Promise<WindowRow[]> {
    return windowsOfHall(tx, hallId)
  }

  async windowCategoryIds(windowId: string, tx: Executor = this.db): Promise<string[]> {
    return windowCategoryIds(tx, windowId)
  }

  async windowDepartmentIds(windowId: string, tx: Executor = this.db): Promise<string[]> {
    return windowDepartmentIds(tx, windowId)
  }

  /** The categories served in each hall that serves `categoryId`, in one statement. */
  async categoriesOfHallsServing(
    categoryId: string,
    tx: Executor = this.db,
  ): Promise<Array<{ hall_id: string; category_id: string }>> {
    return categoriesOfHallsServing(tx, categoryId)
  }

  /** Categories served in a hall, with their windows. */
  async hallCategoryWindows(
    hallId: string,
    tx: Executor = this.db,
  ): Promise<Array<{ category_id: string; window_id: string }>> {
    return hallCategoryWindows(tx, hallId)
  }

  /** Windows open today (not paused or closed) serving each category. */
  async openWindowCounts(serviceDate: string, tx: Executor = this.db): Promise<Map<string, number>> {
    const rows = await tx
      .selectFrom(windowCategories(tx).as('wc'))
      .innerJoin('queue_window_states as s', 's.window_id', 'wc.window_id')
      .select(['wc.category_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('s.status', '=', 'open')
      .where('s.service_date', '=', serviceDate)
      .groupBy('wc.category_id')
      .execute()
    return new Map(rows.map((r) => [r.category_id, Number(r.n)]))
  }

  /**
   * The window's state, the actions at the window serialised until the transaction ends: the
   * state row locked where instances share it (PostgreSQL), in one statement. Before the window's
   * first action ever there is no state row: the window's own row is locked, and then the state
   * read (locked) again, as one that took the window's lock first may have created it meanwhile.
   * Every writer of the state comes here first (window-frame.ts), so holding either row suffices.
   */
  async lockedWindowState(windowId: string, tx: Executor): Promise<QueueWindowStatesTable | undefined> {
    const read = () =>
      forUpdate(tx.selectFrom('queue_window_states').selectAll().where('window_id', '=', windowId), tx)
    const row = await read().executeTakeFirst()
    if (row) return row
    await lockWindow(tx, windowId)
    return read().executeTakeFirst()
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
    return hallExists(tx, hallId)
  }
}
