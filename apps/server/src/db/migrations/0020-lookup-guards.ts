import type { Kysely } from 'kysely'

/**
 * Counters of anonymous second-factor attempts (issue 17.2), in the database so that every
 * instance sees the same: one row per case or bundle number (wrong tries, lock, when the
 * applicant was last told) and one per client address and minute (attempts across every route
 * that takes a second factor).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('lookup_guards')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('lock_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notified_on', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('lookup_guards_updated').on('lookup_guards').column('updated_at').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
