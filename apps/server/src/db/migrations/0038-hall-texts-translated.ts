import type { Kysely } from 'kysely'

/**
 * The hall's address and the facilities' notes in Uyghur and English (issue 21 point 7: the hall
 * guide showed them in Chinese only). Null until translated; the Chinese text shows meanwhile.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('halls').addColumn('address_ug', 'text').execute()
  await db.schema.alterTable('halls').addColumn('address_en', 'text').execute()
  await db.schema.alterTable('facilities').addColumn('note_ug', 'text').execute()
  await db.schema.alterTable('facilities').addColumn('note_en', 'text').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}
