import { sql, type Kysely } from 'kysely'

/**
 * The agent's authorisation documents (委托书) as the window uploaded them: who uploaded which
 * content and when, and the case it was first used for (null while unused). A new case with an
 * agent takes only its own clerk's recent upload (the store is content-addressed and shared, so
 * "the key exists" proves nothing), and a sweep removes uploads no case used.
 *
 * Partial indexes on the other columns holding file keys let the sweep ask "does anything still
 * refer to this content?" without a scan; they cover only rows that have a key (most cases have
 * no agent, counter materials no file).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_authorisation_uploads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_key', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .execute()
  await db.schema
    .createIndex('case_authorisation_uploads_key')
    .on('case_authorisation_uploads')
    .columns(['file_key', 'uploaded_by', 'uploaded_at'])
    .execute()
  await db.schema
    .createIndex('case_authorisation_uploads_unused')
    .on('case_authorisation_uploads')
    .column('uploaded_at')
    .where(sql.ref('case_id'), 'is', null)
    .execute()
  await db.schema
    .createIndex('cases_authorisation_key')
    .on('cases')
    .column('agent_authorisation_key')
    .where(sql.ref('agent_authorisation_key'), 'is not', null)
    .execute()
  await db.schema
    .createIndex('case_materials_file_key')
    .on('case_materials')
    .column('file_key')
    .where(sql.ref('file_key'), 'is not', null)
    .execute()
  await db.schema.createIndex('online_files_file_key').on('online_files').column('file_key').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
