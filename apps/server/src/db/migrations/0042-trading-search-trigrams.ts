import type { Kysely } from 'kysely'
import { createGramIndex, renameLegacyGramIndex } from '../dialect'
import { searchFields } from '../../modules/trading/announcement-search'

/**
 * The public announcement search finds project numbers (the search text now ends with the
 * project's number) and holds runs of ASCII letters and digits as trigrams in a second full-text
 * index: a digits query such as "12345" had pairs found in nearly every title, so the pair index
 * checked phrase positions in almost every row (23 ms at 100,000 announcements). On SQLite each
 * gram column has its own FTS5 table now (`<table>_<column>_fts`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('trading_announcements')
    .addColumn('search_trigrams', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await backfillSearchFields(db)
  await renameLegacyGramIndex(db, 'trading_announcements', 'search_grams')
  await createGramIndex(db, 'trading_announcements', 'search_trigrams')
}

/** Every announcement's search columns as `searchFields` makes them now (the project number in). */
export async function backfillSearchFields(db: Kysely<any>): Promise<void> {
  const rows = await db.selectFrom('trading_announcements').select(['id', 'title', 'project_code']).execute()
  for (const r of rows as { id: string; title: string; project_code: string }[])
    await db
      .updateTable('trading_announcements')
      .set(searchFields(r.title, r.project_code))
      .where('id', '=', r.id)
      .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}
