import type { CreateTableBuilder, Kysely } from 'kysely'

/** Divisions, departments, the hall (floors, areas, windows, facilities), queue categories. */
const names = (t: CreateTableBuilder<any, any>) =>
  t
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_ug', 'text')
    .addColumn('name_en', 'text')

export async function up(db: Kysely<any>): Promise<void> {
  await names(db.schema.createTable('divisions').addColumn('code', 'text', (c) => c.primaryKey()))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text', (c) => c.references('divisions.code'))
    .execute()

  await names(
    db.schema
      .createTable('departments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique()),
  )
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('division_code', 'text', (c) => c.notNull().references('divisions.code'))
    .addColumn('parent_id', 'text', (c) => c.references('departments.id'))
    .addColumn('phone', 'text')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await names(db.schema.createTable('halls').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('division_code', 'text', (c) => c.notNull().references('divisions.code'))
    .addColumn('opening_hours', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await names(
    db.schema
      .createTable('hall_floors')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull()),
  )
    .addColumn('is_service_floor', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('hall_floors_number', ['hall_id', 'number'])
    .execute()

  await names(
    db.schema
      .createTable('hall_areas')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id').onDelete('cascade'))
      .addColumn('floor_id', 'text', (c) => c.notNull().references('hall_floors.id'))
      .addColumn('code', 'text', (c) => c.notNull()),
  )
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('hall_areas_code', ['hall_id', 'code'])
    .execute()

  await db.schema
    .createTable('hall_windows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull().references('hall_areas.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('hall_windows_number', ['hall_id', 'number'])
    .execute()

  await db.schema
    .createTable('window_departments')
    .addColumn('window_id', 'text', (c) => c.notNull().references('hall_windows.id').onDelete('cascade'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addPrimaryKeyConstraint('window_departments_pk', ['window_id', 'department_id'])
    .execute()

  await db.schema
    .createTable('window_staff')
    .addColumn('window_id', 'text', (c) => c.notNull().references('hall_windows.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('window_staff_pk', ['window_id', 'user_id'])
    .execute()

  await names(
    db.schema
      .createTable('queue_categories')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('prefix', 'text', (c) => c.notNull().unique()),
  )
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  await db.schema
    .createTable('window_categories')
    .addColumn('window_id', 'text', (c) => c.notNull().references('hall_windows.id').onDelete('cascade'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('queue_categories.id'))
    .addPrimaryKeyConstraint('window_categories_pk', ['window_id', 'category_id'])
    .execute()

  await names(
    db.schema
      .createTable('facilities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id').onDelete('cascade'))
      .addColumn('floor_id', 'text', (c) => c.references('hall_floors.id'))
      .addColumn('area_id', 'text', (c) => c.references('hall_areas.id'))
      .addColumn('kind', 'text', (c) => c.notNull()),
  )
    .addColumn('hours', 'text')
    .addColumn('capacity', 'integer')
    .addColumn('note', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
