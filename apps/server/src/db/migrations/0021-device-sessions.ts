import type { Kysely } from 'kysely'

/**
 * Device sessions (issue 17.4): a device's browser exchanges its credential once for a session
 * whose token the cookie carries; the credential itself never travels as a cookie. Tokens are
 * stored as their SHA-256 (like staff sessions), rotated daily, ended from the admin console.
 * Device credentials were already stored only as hashes (devices.token_hash), so no existing
 * row needs rewriting.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('device_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute()
  await db.schema
    .createIndex('device_sessions_device')
    .on('device_sessions')
    .columns(['device_id', 'expires_at'])
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
