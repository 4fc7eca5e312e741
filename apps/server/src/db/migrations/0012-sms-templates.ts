import type { Kysely } from 'kysely'

/** Admins' edits of the SMS templates; a template without a row uses its default text. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sms_templates')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('text_zh', 'text', (c) => c.notNull())
    .addColumn('text_ug', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sms_templates').execute()
}
