import type { Kysely } from 'kysely'
import { createGramIndex } from '../dialect'
import { searchGrams } from '../../modules/trading/announcement-search'

/**
 * The public announcement search through a full-text index of two-character grams (issue 18:
 * `LIKE '%q%'` read every published row; at 100,000 a query matching few rows took 60 ms).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('trading_announcements')
    .addColumn('search_grams', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  const rows = await db.selectFrom('trading_announcements').select(['id', 'search_text']).execute()
  for (const r of rows as { id: string; search_text: string }[])
    await db
      .updateTable('trading_announcements')
      .set({ search_grams: searchGrams(r.search_text) })
      .where('id', '=', r.id)
      .execute()
  await createGramIndex(db, 'trading_announcements', 'search_grams')
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}
