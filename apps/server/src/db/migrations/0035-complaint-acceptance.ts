import type { Kysely } from 'kysely'

/**
 * Complaints (投诉) accepted before they are decided (实施条例 第61条: whether to accept within 3
 * working days of receipt, the decision within 30 working days of acceptance), and complaints
 * filed late recorded as not accepted (不予受理) rather than refused.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('trading_disputes').addColumn('accepted_on', 'text').execute()
  await db.schema.alterTable('trading_disputes').addColumn('accepted_by', 'text').execute()
  await db.schema
    .alterTable('trading_disputes')
    .addColumn('is_late', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}
