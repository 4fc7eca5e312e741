import type { Kysely } from 'kysely'

/**
 * Issue 8: the sweep tells the responsible staff about new alerts by SMS as well as in the app.
 * A staff account may carry a mobile number for that (optional; shown masked in lists).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('phone', 'text').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
