import type { Kysely } from 'kysely'

/**
 * A bundle does not ask for what it issues (issue 17): `bundles.feeds` (JSON array of
 * {fromMatterCode, toMatterCode, material}) names the results of its matters that later matters
 * need. A case's material fed that way has the status 'awaited' until the result is issued.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('bundles')
    .addColumn('feeds', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
