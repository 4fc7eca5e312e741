import { channels } from '@yimin/shared'
import { localizedFromColumns } from '../../db/localized'
import type { Executor } from '../../db/database'
import type { QueueContext } from './queue-context'
import { waitingCounts } from './tickets.repository'
import type { WindowRow } from './window-states.repository'
import type { QueueCategoryRow, QueueWindowStatesTable } from './queue.tables'
import { callSegments } from './voice'

/**
 * What displays hear, published in the transaction of the change (ticket numbers and window
 * names only). A display that reconnects replays what it missed (Last-Event-ID) or reloads the
 * hall state.
 */
export async function publishCalled(
  ctx: QueueContext,
  tx: Executor,
  window: WindowRow,
  ticket: { number: string; prefix: string },
  isRecall: boolean,
): Promise<void> {
  const payload = {
    ticketNumber: ticket.number,
    categoryPrefix: ticket.prefix,
    windowId: window.id,
    windowNumber: window.number,
    windowName: localizedFromColumns(window, 'name'),
    isRecall,
    audio: callSegments(ticket.number, window.number),
  }
  await ctx.bus.publish(tx, channels.hall(window.hall_id), 'queue.called', payload)
  await ctx.bus.publish(tx, channels.window(window.id), 'queue.called', payload)
}

export async function publishWindow(
  ctx: QueueContext,
  tx: Executor,
  window: WindowRow,
  state: Pick<QueueWindowStatesTable, 'status' | 'pause_reason'>,
  ticketNumber: string | null,
): Promise<void> {
  const payload = {
    windowId: window.id,
    windowNumber: window.number,
    windowName: localizedFromColumns(window, 'name'),
    ticketNumber,
    status: state.status,
    pauseReason: state.pause_reason,
  }
  await ctx.bus.publish(tx, channels.window(window.id), 'queue.window', payload)
  await ctx.bus.publish(tx, channels.hall(window.hall_id), 'queue.window', payload)
}

/** The waiting counts of every hall that serves `categoryId`. */
export async function publishWaiting(
  ctx: QueueContext,
  tx: Executor,
  categoryId: string,
  serviceDate: string,
  /** every category as read in this transaction, when the caller already has them */
  allCategories?: readonly QueueCategoryRow[],
): Promise<void> {
  // every hall serving the category with all it serves, in one statement (not one per hall)
  const rows = await ctx.windows.categoriesOfHallsServing(categoryId, tx)
  if (rows.length === 0) return
  const servedBy = new Map<string, string[]>()
  for (const r of rows) servedBy.set(r.hall_id, [...(servedBy.get(r.hall_id) ?? []), r.category_id])
  // the waiting line of these halls' categories only (one index range each)
  const counts = await waitingCounts(tx, serviceDate, [...new Set([...servedBy.values()].flat())])
  const categories = new Map((allCategories ?? (await ctx.tickets.categories(tx))).map((c) => [c.id, c]))
  for (const [hallId, served] of servedBy) {
    const list = served
      .map((id) => categories.get(id))
      .filter((c) => c !== undefined)
      .sort((a, b) => a.sort_order - b.sort_order || a.prefix.localeCompare(b.prefix))
      .map((c) => ({ categoryId: c.id, prefix: c.prefix, waiting: counts.get(c.id) ?? 0 }))
    await ctx.bus.publish(tx, channels.hall(hallId), 'queue.waiting', { categories: list })
  }
}
