import { sql, type Kysely } from 'kysely'

/**
 * Bundles taken in at one window (issue 17): a case filed as part of a bundle (一件事) may be
 * taken in, corrected and accepted by the clerks of the bundle's lead department — the bundle
 * window — whichever department the case belongs to. `cases.intake_department_id` names that
 * department (null outside a bundle); the counter's queue reads cases by it too.
 * Existing bundle cases (online applications of kind 'bundle') get their bundle's lead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('intake_department_id', 'text').execute()
  await db.schema
    .createIndex('cases_intake_department_status')
    .on('cases')
    .columns(['intake_department_id', 'status'])
    .execute()
  await sql`update cases set intake_department_id = (
      select b.lead_department_id from online_applications a
      join bundles b on b.code = a.code
      where a.id = cases.bundle_id and a.kind = 'bundle')
    where bundle_id is not null`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
