import type { Kysely } from 'kysely'

/** Supervision alerts, their history, cards, the daily rollup, and indexes for the dashboard. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('supervision_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('window_id', 'text')
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('raised_on', 'text', (c) => c.notNull())
    .addColumn('acknowledged_by', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('close_note', 'text')
    .execute()
  await db.schema
    .createIndex('supervision_alerts_status')
    .on('supervision_alerts')
    .columns(['status', 'raised_at'])
    .execute()
  await db.schema
    .createIndex('supervision_alerts_department')
    .on('supervision_alerts')
    .columns(['department_id', 'status', 'raised_at'])
    .execute()
  await db.schema.createIndex('supervision_alerts_case').on('supervision_alerts').column('case_id').execute()

  await db.schema
    .createTable('supervision_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('alert_id', 'text')
    .addColumn('card_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('supervision_actions_alert')
    .on('supervision_actions')
    .column('alert_id')
    .execute()
  await db.schema
    .createIndex('supervision_actions_card')
    .on('supervision_actions')
    .column('card_id')
    .execute()

  await db.schema
    .createTable('supervision_cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('colour', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('window_id', 'text')
    .addColumn('case_id', 'text')
    .addColumn('alert_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'text')
    .execute()
  await db.schema
    .createIndex('supervision_cards_department')
    .on('supervision_cards')
    .columns(['department_id', 'issued_at'])
    .execute()
  await db.schema.createIndex('supervision_cards_case').on('supervision_cards').column('case_id').execute()

  await db.schema
    .createTable('supervision_daily')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('window_id', 'text', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull())
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('completed', 'integer', (c) => c.notNull())
    .addColumn('completed_on_time', 'integer', (c) => c.notNull())
    .addColumn('used_days', 'integer', (c) => c.notNull())
    .addColumn('promised_days', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('supervision_daily_pk', ['day', 'department_id', 'window_id'])
    .execute()

  // the dashboard's questions about cases, answered from indexes (the lights' ones cover every
  // column they read, so red and yellow come from index-only range scans)
  await db.schema
    .createIndex('cases_lights')
    .on('cases')
    .columns(['status', 'due_on', 'department_id', 'window_id', 'matter_version_id', 'id'])
    .execute()
  await db.schema
    .createIndex('cases_received_on')
    .on('cases')
    .columns(['received_on', 'department_id'])
    .execute()
  await db.schema
    .createIndex('cases_accepted_on')
    .on('cases')
    .columns(['accepted_on', 'department_id'])
    .execute()
  await db.schema
    .createIndex('cases_completed_on')
    .on('cases')
    .columns(['completed_on', 'department_id'])
    .execute()
  await db.schema
    .createIndex('cases_status_department')
    .on('cases')
    .columns(['status', 'department_id'])
    .execute()
  await db.schema
    .createIndex('cases_status_intake_due')
    .on('cases')
    .columns(['status', 'intake_due_on', 'department_id', 'window_id', 'matter_version_id', 'id'])
    .execute()
  await db.schema
    .createIndex('case_tasks_status_due')
    .on('case_tasks')
    .columns(['status', 'due_on', 'holder_department_id', 'case_id', 'id'])
    .execute()
  await db.schema.createIndex('case_tasks_finished').on('case_tasks').column('finished_at').execute()
  await db.schema
    .createIndex('case_materials_status_due')
    .on('case_materials')
    .columns(['status', 'supply_due_on'])
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
