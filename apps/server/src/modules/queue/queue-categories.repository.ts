import type { Executor } from '../../db/database'
import type { QueueCategoryStore } from './queue-categories'
import type { QueueCategoryIdentity } from './queue.tables'

const identity = ['id', 'code', 'prefix', 'name', 'name_ug', 'name_en', 'is_active', 'sort_order'] as const

/** The categories' identity columns (the `QueueCategoryStore` the hall's administration uses). */
export class QueueCategoriesRepository implements QueueCategoryStore {
  constructor(private readonly db: Executor) {}

  async list(tx: Executor = this.db): Promise<QueueCategoryIdentity[]> {
    return tx
      .selectFrom('queue_categories')
      .select(identity)
      .orderBy('sort_order')
      .orderBy('prefix')
      .execute()
  }

  async find(id: string, tx: Executor = this.db): Promise<QueueCategoryIdentity | undefined> {
    return tx.selectFrom('queue_categories').select(identity).where('id', '=', id).executeTakeFirst()
  }

  async upsert(row: QueueCategoryIdentity, tx: Executor = this.db): Promise<void> {
    const { id: _id, ...patch } = row
    await tx
      .insertInto('queue_categories')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(patch))
      .execute()
  }

  async countExisting(ids: string[], tx: Executor = this.db): Promise<number> {
    if (ids.length === 0) return 0
    const r = await tx
      .selectFrom('queue_categories')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', 'in', ids)
      .executeTakeFirstOrThrow()
    return Number(r.n)
  }
}
