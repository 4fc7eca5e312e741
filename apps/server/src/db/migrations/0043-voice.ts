import type { Kysely } from 'kysely'

/**
 * The voice channel (issue 19 point 4, "and the voice channel where configured"): calls queued
 * with their cause (one per cause and number, like the SMS outbox) and placed by a job, and the
 * provider's receipts as they arrived (each stored once, before the provider is answered).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('voice_calls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cause_key', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('keys', 'text', (c) => c.notNull())
    .addColumn('out_id', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('provider_call_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('key_pressed', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('placed_at', 'text')
    .addUniqueConstraint('voice_calls_cause', ['cause_key', 'recipient'])
    .execute()
  await db.schema.createIndex('voice_calls_recipient').on('voice_calls').column('recipient').execute()

  await db.schema
    .createTable('voice_receipts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('provider_call_id', 'text', (c) => c.notNull())
    .addColumn('out_id', 'text')
    .addColumn('status_code', 'text', (c) => c.notNull())
    .addColumn('dtmf', 'text')
    .addColumn('status_time', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('processed_at', 'text')
    .addColumn('outcome', 'text')
    .addUniqueConstraint('voice_receipts_dedupe', ['provider', 'dedupe_key'])
    .execute()
  await db.schema.createIndex('voice_receipts_out_id').on('voice_receipts').column('out_id').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}
