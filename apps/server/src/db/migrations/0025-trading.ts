import type { Kysely } from 'kysely'

/**
 * The public resource trading center (issue 18): organisations (tenderees, agencies) and their
 * staff, versions of the legal timetable, projects with lots, announcements, each project's
 * hash-chained history, rooms and their bookings. Money is integer fen (bigint).
 *
 * A booking takes one row per half hour of its room in `trading_room_slots`, whose primary key
 * (room_id, slot_start) makes a double booking a unique violation on both databases, whatever
 * the concurrency.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trading_organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('trading_org_members')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('trading_organisations.id'))
    .addPrimaryKeyConstraint('trading_org_members_pk', ['user_id', 'organisation_id'])
    .execute()

  await db.schema
    .createTable('trading_timetable_versions')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('trading_projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('owner_org_id', 'text', (c) => c.notNull().references('trading_organisations.id'))
    .addColumn('agency_org_id', 'text', (c) => c.notNull().references('trading_organisations.id'))
    .addColumn('supervising_department_id', 'text', (c) => c.notNull())
    .addColumn('budget_fen', 'bigint', (c) => c.notNull())
    .addColumn('is_legally_required', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('event_count', 'integer', (c) => c.notNull())
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text')
    .execute()
  for (const col of ['agency_org_id', 'owner_org_id', 'supervising_department_id'])
    await db.schema
      .createIndex(`trading_projects_${col}`)
      .on('trading_projects')
      .columns([col, 'status'])
      .execute()
  await db.schema.createIndex('trading_projects_status').on('trading_projects').columns(['status']).execute()

  await db.schema
    .createTable('trading_lots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('trading_projects.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('budget_fen', 'bigint', (c) => c.notNull())
    .addColumn('ceiling_fen', 'bigint')
    .addColumn('bid_deadline', 'text')
    .addColumn('opening_at', 'text')
    .addColumn('timetable_version', 'integer')
    .addUniqueConstraint('trading_lots_project_seq', ['project_id', 'seq'])
    .execute()
  await db.schema.createIndex('trading_lots_opening').on('trading_lots').columns(['opening_at']).execute()

  await db.schema
    .createTable('trading_announcements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('trading_projects.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('previous_id', 'text')
    .addColumn('dates', 'text', (c) => c.notNull())
    .addColumn('moved_deadline', 'text')
    .addColumn('publish_at', 'text')
    // copied from the project at publication, for the public list without a join
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('project_code', 'text', (c) => c.notNull())
    /** title, its pinyin and initials, lower-case: the public search */
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('trading_announcements_project')
    .on('trading_announcements')
    .columns(['project_id', 'created_at'])
    .execute()
  await db.schema
    .createIndex('trading_announcements_public')
    .on('trading_announcements')
    .columns(['status', 'publish_at'])
    .execute()
  await db.schema
    .createIndex('trading_announcements_category')
    .on('trading_announcements')
    .columns(['category', 'status', 'publish_at'])
    .execute()

  await db.schema
    .createTable('trading_project_events')
    .addColumn('project_id', 'text', (c) => c.notNull().references('trading_projects.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('trading_project_events_pk', ['project_id', 'seq'])
    .execute()

  await db.schema
    .createTable('trading_rooms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('equipment', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('trading_bookings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('room_id', 'text', (c) => c.notNull().references('trading_rooms.id'))
    .addColumn('lot_id', 'text', (c) => c.notNull().references('trading_lots.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('trading_bookings_starts')
    .on('trading_bookings')
    .columns(['starts_at'])
    .execute()
  await db.schema.createIndex('trading_bookings_lot').on('trading_bookings').columns(['lot_id']).execute()
  await db.schema
    .createTable('trading_room_slots')
    .addColumn('room_id', 'text', (c) => c.notNull())
    .addColumn('slot_start', 'text', (c) => c.notNull())
    .addColumn('booking_id', 'text', (c) => c.notNull().references('trading_bookings.id'))
    .addPrimaryKeyConstraint('trading_room_slots_pk', ['room_id', 'slot_start'])
    .execute()
}
