import type { Kysely } from 'kysely'

/** A staff member's number (工号), shown on the window's rating pad beside the name; optional. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('staff_number', 'text').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}
