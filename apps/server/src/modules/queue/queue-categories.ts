import type { Executor } from '../../db/database'
import type { QueueCategoryIdentity } from './queue.tables'

export type { QueueCategoryIdentity } from './queue.tables'

/**
 * What the queue offers other modules of its categories: the hall's administration (org) lists,
 * creates and renames them and checks that a window names existing ones. The queue module owns
 * `queue_categories`; its settings (numbers, cap, hours…) are the queue's own.
 */
export interface QueueCategoryStore {
  list(tx?: Executor): Promise<QueueCategoryIdentity[]>
  find(id: string, tx?: Executor): Promise<QueueCategoryIdentity | undefined>
  /** inserts the category with the queue's default settings, or changes its identity */
  upsert(row: QueueCategoryIdentity, tx?: Executor): Promise<void>
  /** how many of `ids` are categories */
  countExisting(ids: string[], tx?: Executor): Promise<number>
}
