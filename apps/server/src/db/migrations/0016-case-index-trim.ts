import type { Kysely } from 'kysely'

/**
 * Issue 6: every index on `cases` is written on each create and on each status change. Three
 * serve no query: `cases_status_due` (status, due_on) is the head of `cases_lights` (status,
 * due_on, department, …), which answers the same ranges; `cases_department_status` holds the
 * columns of `cases_status_department` in the other order and no query filters on the department
 * alone; `cases_phone` is used by none (the rating reply's lookup by phone ORs the agent's
 * phone, which has no index, and goes by status). Checked with EXPLAIN QUERY PLAN over every
 * statement of the SQLite integration suite.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_status_due').ifExists().execute()
  await db.schema.dropIndex('cases_department_status').ifExists().execute()
  await db.schema.dropIndex('cases_phone').ifExists().execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
