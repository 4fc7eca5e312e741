import type { Executor } from '../../db/database'
import { matterVersionTerms } from '../catalog/catalog.queries'
import { departmentNames } from '../org/departments.queries'

/*
 * The counts and figures over cases that supervision reports (the dashboard's day, the daily
 * rollup, the staff table, the cases of a list): the SQL about the cases' tables, each statement
 * as the indexes answer it. The matter version's promised days come from the catalog's
 * `matterVersionTerms`, a department's name from org's `departmentNames`.
 */

const nonEmpty = (ids: readonly string[]) => (ids.length ? [...ids] : ['-'])

/** Cases received, accepted or completed on a day, in some departments or all. */
export async function countCasesOn(
  db: Executor,
  column: 'received_on' | 'accepted_on' | 'completed_on',
  day: string,
  departmentIds: 'all' | readonly string[],
): Promise<number> {
  let q = db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column, '=', day)
  if (departmentIds !== 'all') q = q.where('department_id', 'in', nonEmpty(departmentIds))
  return Number((await q.executeTakeFirst())?.n ?? 0)
}

/** Some cases by id, with their department's Chinese name (a list's page; masked by its presenter). */
export async function caseListRows(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('cases as c')
    .innerJoin(departmentNames(db).as('d'), 'd.id', 'c.department_id')
    .select([
      'c.id',
      'c.number',
      'c.matter_id',
      'c.matter_name',
      'c.department_id',
      'd.name as department_name',
      'c.window_id',
      'c.status',
      'c.applicant_kind',
      'c.applicant_name',
    ])
    .where('c.id', 'in', [...ids])
    .execute()
}

/** Cases received per receiving clerk in a range of days. */
export async function casesReceivedByClerk(db: Executor, from: string, to: string) {
  return db
    .selectFrom('cases')
    .select(['received_by', (eb) => eb.fn.countAll<number>().as('n')])
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .groupBy('received_by')
    .execute()
}

/** Tasks finished in a range of instants [from, to), with who finished them and their due dates. */
export async function tasksFinishedBetween(db: Executor, fromInstant: string, toInstant: string) {
  return db
    .selectFrom('case_tasks')
    .select(['finished_by', 'finished_at', 'due_on'])
    .where('status', '=', 'done')
    .where('finished_at', '>=', fromInstant)
    .where('finished_at', '<', toInstant)
    .execute()
}

/** Cases per day, department and window by the day they were received or accepted (from..to). */
export async function countCasesByDay(
  db: Executor,
  column: 'received_on' | 'accepted_on',
  from: string,
  to: string,
) {
  return db
    .selectFrom('cases')
    .select((eb) => [
      eb.ref(column).as('day'),
      'department_id',
      'window_id',
      eb.fn.countAll<number>().as('n'),
    ])
    .where(column, '>=', from)
    .where(column, '<=', to)
    .groupBy([column, 'department_id', 'window_id'])
    .execute()
}

/** Cases completed in a range of days, with their dates and their matter version's promised days. */
export async function casesCompletedBetween(db: Executor, from: string, to: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin(matterVersionTerms(db).as('mv'), 'mv.id', 'c.matter_version_id')
    .select([
      'c.id',
      'c.completed_on',
      'c.department_id',
      'c.window_id',
      'c.accepted_on',
      'c.due_on',
      'mv.promised_limit_days',
    ])
    .where('c.completed_on', '>=', from)
    .where('c.completed_on', '<=', to)
    .execute()
}

/** The pauses of the cases completed in a range of days. */
export async function pausesOfCasesCompletedBetween(db: Executor, from: string, to: string) {
  return db
    .selectFrom('case_pauses as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .select(['p.case_id', 'p.from_on', 'p.to_on'])
    .where('c.completed_on', '>=', from)
    .where('c.completed_on', '<=', to)
    .execute()
}

/** The pauses of some cases (the completions among the figure deltas not folded yet). */
export async function pausesOfCases(db: Executor, caseIds: readonly string[]) {
  if (caseIds.length === 0) return []
  return db
    .selectFrom('case_pauses')
    .select(['case_id', 'from_on', 'to_on'])
    .where('case_id', 'in', [...caseIds])
    .execute()
}

/** The day the first case was received, or null with no cases. */
export async function firstReceivedOn(db: Executor): Promise<string | null> {
  const first = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.min('received_on').as('first'))
    .executeTakeFirst()
  return (first?.first as string | null | undefined) ?? null
}

export { dropFigureDeltas, pendingFigureDeltas } from './figure-deltas'
