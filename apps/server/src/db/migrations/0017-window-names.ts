import type { Kysely } from 'kysely'

/**
 * Issue 11: a window's name in Uyghur and English beside the Chinese one (the hall display, the
 * window's own display, the ticket page and the calling panel show the reader's language).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('hall_windows').addColumn('name_ug', 'text').execute()
  await db.schema.alterTable('hall_windows').addColumn('name_en', 'text').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
