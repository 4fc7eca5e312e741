import type { Executor } from '../../db/database'

/*
 * What the catalog reads of the queue's categories (a matter names the category its tickets are
 * drawn in): their codes, prefixes and names, and which ids exist. Each takes the caller's
 * database or transaction.
 */

/** Every category's code, ticket prefix and names in three columns, by code. */
export async function listCategoryNames(db: Executor) {
  return db
    .selectFrom('queue_categories')
    .select(['id', 'code', 'prefix', 'name', 'name_ug', 'name_en'])
    .orderBy('code')
    .execute()
}

/** Which of `ids` are queue categories. */
export async function existingCategoryIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('queue_categories')
    .select('id')
    .where('id', 'in', [...ids])
    .execute()
  return new Set(rows.map((r) => r.id))
}
