import type { Kysely } from 'kysely'

/**
 * Issue 6: after every write of a case, its earliest running deadline (`cases.light_due_on`,
 * migration 0013) is recomputed from the case's open tasks: `where t.case_id = ? and t.status =
 * 'open'`. With only `case_tasks_case` (case_id) beside `case_tasks_status_due` (status, due_on,
 * …, case_id, id), SQLite took the latter — it covers the query — and read every open task of the
 * center on each write: an accept cost more the more work the center had open. An index on
 * (case_id, status, due_on) answers it from the case's own few tasks, and serves every lookup by
 * case_id that `case_tasks_case` served (and the foreign key), so it replaces it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('case_tasks_case_status_due').on('case_tasks').columns(['case_id', 'status', 'due_on']).execute()
  await db.schema.dropIndex('case_tasks_case').ifExists().execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
