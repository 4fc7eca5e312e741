import type { Kysely } from 'kysely'

/**
 * A citizen's data export (modules/privacy) finds their queue tickets and ratings by phone: without
 * these it read every ticket and rating of the center for each download.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('queue_tickets_phone').on('queue_tickets').column('phone').execute()
  await db.schema.createIndex('ratings_phone').on('ratings').column('phone').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}
