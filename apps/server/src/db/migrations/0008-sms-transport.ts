import type { Kysely } from 'kysely'

/**
 * SMS transport: the parts a message was submitted as (SMPP splits long messages), delivery
 * receipts kept as they arrive (a receipt may overtake the record of its submit), concatenated
 * inbound parts waiting for the rest, and an index for the message log.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sms_parts')
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('provider_message_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('part_no', 'integer', (c) => c.notNull())
    .addColumn('part_count', 'integer', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sms_parts_pk', ['provider', 'provider_message_id'])
    .execute()
  await db.schema
    .createIndex('sms_parts_message')
    .on('sms_parts')
    .columns(['message_id', 'attempt'])
    .execute()

  await db.schema
    .createTable('sms_receipts')
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('provider_message_id', 'text', (c) => c.notNull())
    .addColumn('stat', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sms_receipts_pk', ['provider', 'provider_message_id'])
    .execute()

  await db.schema
    .createTable('sms_inbound_parts')
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('ref', 'integer', (c) => c.notNull())
    .addColumn('part_count', 'integer', (c) => c.notNull())
    .addColumn('part_no', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sms_inbound_parts_pk', ['sender', 'ref', 'part_count', 'part_no'])
    .execute()

  await db.schema.createIndex('sms_messages_log').on('sms_messages').columns(['created_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sms_messages_log').execute()
  await db.schema.dropTable('sms_inbound_parts').execute()
  await db.schema.dropTable('sms_receipts').execute()
  await db.schema.dropTable('sms_parts').execute()
}
