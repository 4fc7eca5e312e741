import type { Kysely } from 'kysely'

/**
 * The expert pool (评标专家库), the committee draws with their reproducible records, and the
 * invitations by SMS (issue 19, point 4).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('experts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text', (c) => c.notNull().unique())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('employer_name', 'text', (c) => c.notNull())
    .addColumn('employer_credit_code', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('specialties', 'text', (c) => c.notNull())
    .addColumn('conflicts', 'text', (c) => c.notNull())
    .addColumn('is_available', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('experts_phone').on('experts').column('phone').execute()

  await db.schema
    .createTable('expert_draws')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lot_id', 'text', (c) => c.notNull().references('trading_lots.id'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('trading_projects.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('specialty', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('pool_snapshot', 'text', (c) => c.notNull())
    .addColumn('public_rules', 'text', (c) => c.notNull())
    .addColumn('sealed_exclusions', 'text', (c) => c.notNull())
    .addColumn('sealed_digest', 'text', (c) => c.notNull())
    .addColumn('revealed_exclusions', 'text')
    .addColumn('selected', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('expert_draws_lot_seq', ['lot_id', 'seq'])
    .execute()

  await db.schema
    .createTable('expert_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('draw_id', 'text', (c) => c.notNull().references('expert_draws.id'))
    .addColumn('lot_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.notNull().references('experts.id'))
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('check_in_code', 'text')
    .addColumn('checked_in_at', 'text')
    .addColumn('replaced_by_draw_id', 'text')
    .addUniqueConstraint('expert_invitations_lot_expert', ['lot_id', 'expert_id'])
    .execute()
  await db.schema
    .createIndex('expert_invitations_phone_status')
    .on('expert_invitations')
    .columns(['phone', 'status'])
    .execute()
  await db.schema
    .createIndex('expert_invitations_expert_sent')
    .on('expert_invitations')
    .columns(['expert_id', 'sent_at'])
    .execute()
}
