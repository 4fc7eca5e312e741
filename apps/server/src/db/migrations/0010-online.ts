import type { Kysely } from 'kysely'

/**
 * The online channel: citizens (signed in by phone + SMS code), their one-time codes (hashed),
 * online applications (drafts and submitted ones, a matter or a bundle), the files uploaded
 * for them (content in the file storage by hash; the row says whose it is), and which cases an
 * application became.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('citizens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('phone', 'text', (c) => c.notNull().unique())
    .addColumn('id_number', 'text')
    .addColumn('name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_sign_in_at', 'text')
    .execute()

  await db.schema
    .createTable('citizen_otps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_spent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('citizen_otps_phone')
    .on('citizen_otps')
    .columns(['phone', 'created_at'])
    .execute()
  await db.schema.createIndex('citizen_otps_ip').on('citizen_otps').columns(['ip', 'created_at']).execute()

  await db.schema
    .createTable('online_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('citizen_id', 'text', (c) => c.notNull().references('citizens.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('bundle_number', 'text', (c) => c.unique())
    .addColumn('applicant', 'text')
    .addColumn('form_data', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .execute()
  await db.schema
    .createIndex('online_applications_citizen')
    .on('online_applications')
    .columns(['citizen_id', 'updated_at'])
    .execute()

  await db.schema
    .createTable('online_application_cases')
    .addColumn('application_id', 'text', (c) => c.notNull().references('online_applications.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().unique().references('cases.id'))
    .addColumn('matter_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('online_application_cases_pk', ['application_id', 'case_id'])
    .execute()

  await db.schema
    .createTable('online_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('citizen_id', 'text', (c) => c.notNull().references('citizens.id'))
    .addColumn('application_id', 'text')
    .addColumn('case_id', 'text')
    .addColumn('material_key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer')
    .addColumn('file_key', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_resubmitted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('online_files_application')
    .on('online_files')
    .column('application_id')
    .execute()
  await db.schema.createIndex('online_files_case').on('online_files').column('case_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'online_files',
    'online_application_cases',
    'online_applications',
    'citizen_otps',
    'citizens',
  ])
    await db.schema.dropTable(t).execute()
}
