import type { Kysely } from 'kysely'

/**
 * The people registered for a bidder (its staff accounts) by their resident ID number, so the
 * rigging sign "the same person registered for two bidders" (实施条例 第40条) has facts. The
 * number itself is never stored: a keyed hash (HMAC-SHA-256 under this installation's
 * `bidding.id-hash-key`) to match on, and the masked number (first 3 and last 4) to show.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('bid_staff_persons')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('id_hash', 'text', (c) => c.notNull())
    .addColumn('id_masked', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('bid_staff_persons_org').on('bid_staff_persons').column('org_id').execute()
  await db.schema.createIndex('bid_staff_persons_hash').on('bid_staff_persons').column('id_hash').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}
