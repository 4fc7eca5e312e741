import type { Kysely } from 'kysely'

/**
 * Idempotent creation (issue 17.6): the first answer to a request with an `Idempotency-Key`,
 * kept 24 hours per caller and route, so a double click or a retried request creates one thing.
 * `status` is null while the first request is still running.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('response', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('idempotency_keys_expires')
    .on('idempotency_keys')
    .column('expires_at')
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
