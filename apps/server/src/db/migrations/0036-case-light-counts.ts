import { sql, type Kysely } from 'kysely'
import { dialectOf, serialPrimaryKey, serialType } from '../dialect'

/**
 * The supervision counts without a hot row (issue 20 point 4; cases/light-counts.repository.ts):
 * writers of a case insert what it changed into `case_light_deltas` (insert-only), a job folds
 * them into `case_light_counts` (one row per fact), reads add the two. The counts start from a
 * full recount of the cases there are (the facts as that file defines them at this migration).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)
  const facts = ['kind', 'department_id', 'status', 'due_on', 'matter_type'] as const
  let deltas = db.schema
    .createTable('case_light_deltas')
    .addColumn('id', serialType(dialect), serialPrimaryKey(dialect))
  let counts = db.schema.createTable('case_light_counts')
  for (const column of facts) {
    deltas = deltas.addColumn(column, 'text', (c) => c.notNull())
    counts = counts.addColumn(column, 'text', (c) => c.notNull())
  }
  await deltas.addColumn('n', 'integer', (c) => c.notNull()).execute()
  await counts
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_light_counts_pk', [...facts] as never)
    .execute()
  await sql`insert into case_light_counts (kind, department_id, status, due_on, matter_type, n)
    select kind, department_id, status, due_on, matter_type, count(*) from (
      select 'status' as kind, c.department_id as department_id, c.status as status, '' as due_on, '' as matter_type
        from cases c
        where c.status in ('received', 'correction_requested', 'in_progress', 'supplement_requested', 'special_procedure')
      union all
      select 'deadline', c.department_id, c.status,
          case when c.status = 'received' then c.intake_due_on else c.due_on end, mv.type
        from cases c inner join matter_versions mv on mv.id = c.matter_version_id
        where (c.status = 'in_progress' and c.due_on is not null) or (c.status = 'received' and c.intake_due_on is not null)
      union all
      select 'worst', '', '', c.light_due_on, mv.type
        from cases c inner join matter_versions mv on mv.id = c.matter_version_id
        where c.light_due_on is not null
      union all
      select 'task', t.holder_department_id, coalesce(t.case_status, ''), coalesce(t.due_on, ''), mv.type
        from case_tasks t inner join cases c on c.id = t.case_id
        inner join matter_versions mv on mv.id = c.matter_version_id
        where t.status = 'open'
    ) f group by kind, department_id, status, due_on, matter_type`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}
