import { sql, type Kysely } from 'kysely'

/**
 * The supervision lights of a running case in one stored date (issue 8): `light_due_on` is the
 * earliest running deadline of the case — the intake decision while `received`, the promised
 * due date and the due dates of its open department tasks while `in_progress`, and null
 * otherwise (paused, waiting for correction, closed). The cases repository keeps it on every
 * write of a case or a task (cases/case-deadlines.ts `refreshLightDue`). A case's worst light is
 * the light of this date (red before today, yellow up to its type's last yellow day), so red and
 * yellow cases are counted and paged from a range of this partial index, in due order, and the
 * sweep reads only the cases past it (with the few others a rule can find something in).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('light_due_on', 'text').execute()
  await sql`update cases set light_due_on = intake_due_on where status = 'received'`.execute(db)
  await sql`update cases set light_due_on = coalesce(
      (select min(t.due_on) from case_tasks t where t.case_id = cases.id and t.status = 'open' and (cases.due_on is null or t.due_on < cases.due_on)),
      due_on)
    where status = 'in_progress'`.execute(db)
  await db.schema
    .createIndex('cases_light_due')
    .on('cases')
    .columns(['light_due_on', 'id', 'matter_version_id', 'window_id'])
    .where(sql.ref('light_due_on'), 'is not', null)
    .execute()
  // an open task carries its case's status (null once done): the task lights count running and
  // stopped tasks from this index alone, without looking up each task's case
  await db.schema.alterTable('case_tasks').addColumn('case_status', 'text').execute()
  await sql`update case_tasks set case_status = (select c.status from cases c where c.id = case_tasks.case_id) where status = 'open'`.execute(
    db,
  )
  await db.schema
    .createIndex('case_tasks_case_status')
    .on('case_tasks')
    .columns(['case_status', 'due_on', 'holder_department_id', 'case_id', 'id'])
    .where(sql.ref('case_status'), 'is not', null)
    .execute()
  // the running pauses (their first day) by case, few: the stopped clocks' lights read them
  await db.schema
    .createIndex('case_pauses_running')
    .on('case_pauses')
    .columns(['case_id', 'from_on', 'to_on'])
    .where(sql.ref('to_on'), 'is', null)
    .execute()
  // a matter version's type by id without reading its row (the long document makes it overflow):
  // the lights of stopped clocks and the sweep look it up per case
  await db.schema
    .createIndex('matter_versions_id_type')
    .on('matter_versions')
    .columns(['id', 'type'])
    .execute()
  // the sweep's look at repeated corrections (一次性告知): a few open cases, not all of them
  await db.schema
    .createIndex('cases_repeated_corrections')
    .on('cases')
    .column('status')
    .where(sql.ref('correction_count'), '>=', sql.lit(2))
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}
