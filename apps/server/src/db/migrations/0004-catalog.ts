import { sql, type Kysely } from 'kysely'

/**
 * The matter catalog (issue 3): matters, their versions, bundles (一件事一次办). The
 * `catalog.version` setting changes with every catalog change; instances compare it to rebuild
 * their in-memory search index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('matters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('draft_version_id', 'text')
    .addColumn('published_version_id', 'text')
    .addColumn('last_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('matter_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('matter_id', 'text', (c) => c.notNull().references('matters.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'published', 'superseded')`),
    )
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('legal_limit_days', 'integer', (c) => c.notNull())
    .addColumn('promised_limit_days', 'integer', (c) =>
      c.notNull().check(sql`promised_limit_days <= legal_limit_days`),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addUniqueConstraint('matter_versions_number', ['matter_id', 'version'])
    .execute()
  await db.schema
    .createIndex('matter_versions_status')
    .on('matter_versions')
    .columns(['status', 'department_id'])
    .execute()

  await db.schema
    .createTable('bundles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_ug', 'text')
    .addColumn('name_en', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('lead_department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('bundle_matters')
    .addColumn('bundle_id', 'text', (c) => c.notNull().references('bundles.id').onDelete('cascade'))
    .addColumn('matter_id', 'text', (c) => c.notNull().references('matters.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('bundle_matters_pk', ['bundle_id', 'matter_id'])
    .execute()

  await db
    .insertInto('system_settings')
    .values({ key: 'catalog.version', value: 'initial', updated_at: new Date().toISOString() })
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
