import type { Kysely } from 'kysely'

/**
 * Ratings (好差评): one per case or visit (unique subject), rectifications of bad reviews, appeals,
 * SMS opt-outs (TD) and the rating invitations already sent.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('subject_label', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text')
    .addColumn('window_id', 'text')
    .addColumn('staff_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('indicators', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('phone', 'text')
    .addColumn('source_message_id', 'text')
    .addColumn('is_bad', 'integer', (c) => c.notNull())
    .addColumn('is_excluded', 'integer', (c) => c.notNull())
    .addColumn('rated_at', 'text', (c) => c.notNull())
    .addColumn('rated_on', 'text', (c) => c.notNull())
    .addUniqueConstraint('ratings_subject_unique', ['subject_kind', 'subject_id'])
    .execute()
  await db.schema
    .createIndex('ratings_rated_on')
    .on('ratings')
    .columns(['rated_on', 'department_id'])
    .execute()

  await db.schema
    .createTable('rating_rectifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rating_id', 'text', (c) => c.notNull().unique().references('ratings.id'))
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('callback_by', 'text')
    .addColumn('callback_at', 'text')
    .addColumn('called_at', 'text')
    .addColumn('callback_note', 'text')
    .addColumn('fix_level', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('close_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('rating_rectifications_department')
    .on('rating_rectifications')
    .columns(['department_id', 'status', 'due_on'])
    .execute()
  await db.schema
    .createIndex('rating_rectifications_status_due')
    .on('rating_rectifications')
    .columns(['status', 'due_on'])
    .execute()

  await db.schema
    .createTable('rating_appeals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rectification_id', 'text', (c) => c.notNull().unique().references('rating_rectifications.id'))
    .addColumn('rating_id', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .execute()
  await db.schema
    .createIndex('rating_appeals_status')
    .on('rating_appeals')
    .columns(['status', 'filed_at'])
    .execute()

  await db.schema
    .createTable('sms_opt_outs')
    .addColumn('phone', 'text', (c) => c.primaryKey())
    .addColumn('opted_out_at', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .execute()

  await db.schema
    .createTable('rating_invitations')
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('is_sent', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rating_invitations_pk', ['subject_kind', 'subject_id'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'rating_invitations',
    'sms_opt_outs',
    'rating_appeals',
    'rating_rectifications',
    'ratings',
  ])
    await db.schema.dropTable(t).execute()
}
