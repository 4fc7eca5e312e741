import type { Kysely } from 'kysely'

/**
 * The lights of department tasks read their case's status, window and matter version: an index
 * that holds them by case id answers that probe without reading the case row (issue 8 benchmark,
 * one million cases: the task half of the lights went from ~63 ms to ~20 ms of CPU on SQLite).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('cases_id_lights')
    .ifNotExists()
    .on('cases')
    .columns(['id', 'status', 'window_id', 'matter_version_id'])
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
