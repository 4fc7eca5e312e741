import type { Kysely } from 'kysely'

/**
 * The queue (排队叫号) and appointments (预约): the queue settings of each category, tickets
 * numbered per category and local day, what happened to them, the windows' states, appointment
 * slots and bookings, and the running service-time mean per category.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('queue_categories')
    .addColumn('number_start', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  await db.schema
    .alterTable('queue_categories')
    .addColumn('number_end', 'integer', (c) => c.notNull().defaultTo(999))
    .execute()
  await db.schema
    .alterTable('queue_categories')
    .addColumn('daily_cap', 'integer', (c) => c.notNull().defaultTo(300))
    .execute()
  await db.schema
    .alterTable('queue_categories')
    .addColumn('appointment_share', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('queue_categories')
    .addColumn('priority_weight', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  await db.schema.alterTable('queue_categories').addColumn('queue_hours', 'text').execute()
  await db.schema
    .alterTable('queue_categories')
    .addColumn('is_open', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  await db.schema
    .alterTable('queue_categories')
    .addColumn('id_daily_limit', 'integer', (c) => c.notNull().defaultTo(2))
    .execute()
  await db.schema
    .alterTable('queue_categories')
    .addColumn('max_recalls', 'integer', (c) => c.notNull().defaultTo(2))
    .execute()

  await db.schema
    .createTable('queue_counters')
    .addColumn('category_id', 'text', (c) => c.notNull().references('queue_categories.id'))
    .addColumn('service_date', 'text', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('queue_counters_pk', ['category_id', 'service_date'])
    .execute()

  await db.schema
    .createTable('queue_tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('category_id', 'text', (c) => c.notNull().references('queue_categories.id'))
    .addColumn('service_date', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('priority_group', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('id_hash', 'text')
    .addColumn('appointment_id', 'text')
    .addColumn('slot_id', 'text')
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('arrived_at', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('called_at', 'text')
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('window_id', 'text')
    .addColumn('target_window_id', 'text')
    .addColumn('clerk_id', 'text')
    .addColumn('recall_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('transferred_from', 'text')
    .addColumn('transferred_to', 'text')
    .addColumn('estimated_wait_minutes', 'integer')
    .addColumn('position_at_issue', 'integer')
    .addColumn('is_near_notified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('queue_tickets_waiting')
    .on('queue_tickets')
    .columns(['service_date', 'category_id', 'status', 'priority_group', 'arrived_at'])
    .execute()
  await db.schema
    .createIndex('queue_tickets_id_hash')
    .on('queue_tickets')
    .columns(['service_date', 'id_hash'])
    .execute()
  await db.schema
    .createIndex('queue_tickets_window')
    .on('queue_tickets')
    .columns(['window_id', 'status'])
    .execute()

  await db.schema
    .createTable('queue_ticket_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('queue_tickets.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('window_id', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .execute()
  await db.schema
    .createIndex('queue_ticket_events_ticket')
    .on('queue_ticket_events')
    .columns(['ticket_id', 'at'])
    .execute()

  await db.schema
    .createTable('queue_window_states')
    .addColumn('window_id', 'text', (c) => c.primaryKey().references('hall_windows.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('pause_reason', 'text')
    .addColumn('current_ticket_id', 'text')
    .addColumn('clerk_id', 'text')
    .addColumn('service_date', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('queue_appointment_slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('category_id', 'text', (c) => c.notNull().references('queue_categories.id'))
    .addColumn('service_date', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('queue_appointment_slots_start', ['category_id', 'service_date', 'starts_at'])
    .execute()

  await db.schema
    .createTable('queue_appointments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('slot_id', 'text', (c) => c.notNull().references('queue_appointment_slots.id'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('queue_categories.id'))
    .addColumn('service_date', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('id_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('citizen_id', 'text')
    .addColumn('ticket_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('queue_appointments_slot')
    .on('queue_appointments')
    .columns(['slot_id', 'status'])
    .execute()
  await db.schema
    .createIndex('queue_appointments_person')
    .on('queue_appointments')
    .columns(['id_hash', 'service_date'])
    .execute()

  await db.schema
    .createTable('queue_service_stats')
    .addColumn('category_id', 'text', (c) => c.primaryKey().references('queue_categories.id'))
    .addColumn('mean_service_seconds', 'real', (c) => c.notNull())
    .addColumn('samples', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
