import type { Kysely } from 'kysely'

/**
 * Lookups that read far more rows than they answer (found with EXPLAIN QUERY PLAN over the case
 * flow's and the case page's statements, then over every table's foreign-key-like columns):
 *
 * - After every write of a case its earliest running deadline (`cases.light_due_on`, migration
 *   0013) is recomputed from the case's open tasks: `where t.case_id = ? and t.status = 'open'`.
 *   With only `case_tasks_case` (case_id) beside `case_tasks_status_due` (status, due_on, …,
 *   case_id, id), SQLite took the latter — it covers the query — and read every open task of the
 *   center on each write: an accept cost more the more work the center had open. An index on
 *   (case_id, status, due_on) answers from the case's own few tasks and serves every lookup by
 *   case_id that `case_tasks_case` served (and the foreign key), so it replaces it.
 * - A case's extension and special-procedure requests (`case_approvals` by case_id, read for
 *   every case page and every answer to a change, and by the supervision sweep) had no index:
 *   each read scanned every request of the center.
 * - A citizen's appointments (`queue_appointments` by citizen_id, the portal's list) scanned
 *   every appointment ever booked; so did the reminder and no-show sweeps (booked appointments
 *   by service date).
 * - The rating invitation sweep (finished visits since the last run: tickets by status and
 *   finished_at) scanned every ticket ever issued.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('case_tasks_case_status_due')
    .on('case_tasks')
    .columns(['case_id', 'status', 'due_on'])
    .execute()
  await db.schema.dropIndex('case_tasks_case').ifExists().execute()
  await db.schema
    .createIndex('case_approvals_case')
    .on('case_approvals')
    .columns(['case_id', 'requested_at'])
    .execute()
  await db.schema
    .createIndex('queue_appointments_status_date')
    .on('queue_appointments')
    .columns(['status', 'service_date'])
    .execute()
  await db.schema
    .createIndex('queue_tickets_status_finished')
    .on('queue_tickets')
    .columns(['status', 'finished_at'])
    .execute()
  await db.schema
    .createIndex('queue_appointments_citizen')
    .on('queue_appointments')
    .columns(['citizen_id', 'service_date'])
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
