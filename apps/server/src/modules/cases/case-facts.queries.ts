import { sql } from 'kysely'
import type { Executor } from '../../db/database'
import { matterVersionTerms } from '../catalog/catalog.queries'
import { OPEN_STATUSES, PAUSED_STATUSES } from './case-lights.queries'

/*
 * The SQL about the cases' tables that supervision's sweep reads (the anomaly rules themselves
 * are supervision's): which cases can hold a finding today, and the facts of a set of cases, in a
 * few set-wise statements (never one per case). The matter version's type and promised days come
 * from the catalog's `matterVersionTerms`.
 */

/**
 * The ids of the cases in some statuses as a derived table (column `id`) for a statement of
 * another module to join: `.innerJoin(casesInStatuses(db, open).as('c'), 'c.id', 'x.case_id')`.
 */
export const casesInStatuses = (db: Executor, statuses: readonly string[]) =>
  db
    .selectFrom('cases')
    .select('id')
    .where('status', 'in', [...statuses])

/**
 * The open cases in which a rule can find something today: a running deadline past (the stored
 * earliest one, migration 0013: intake, case and task overdue), a stopped clock (paused lights,
 * special procedures), repeated corrections, a deferred material past its day, a special
 * procedure with a maximum, a fee off the catalog, an extension request. Seven index reads at
 * once; a case may be named more than once.
 */
export async function casesWithSweepFacts(tx: Executor, today: string): Promise<string[]> {
  const open = [...OPEN_STATUSES]
  const lists = await Promise.all([
    tx.selectFrom('cases').select('id').where(sql.ref('light_due_on'), '<', today).execute(),
    tx
      .selectFrom('cases')
      .select('id')
      .where('status', 'in', [...PAUSED_STATUSES])
      .execute(),
    // literal 2: the partial index of migration 0013 is chosen only for the very same term
    tx
      .selectFrom('cases')
      .select('id')
      .where('correction_count', '>=', sql.lit(2))
      .where('status', 'in', open)
      .execute(),
    tx
      .selectFrom('case_materials as m')
      .innerJoin('cases as c', 'c.id', 'm.case_id')
      .select('c.id')
      .where('m.status', '=', 'deferred')
      .where('m.supply_due_on', '<', today)
      .where('c.status', 'in', open)
      .execute(),
    tx
      .selectFrom('case_pauses as p')
      .innerJoin('cases as c', 'c.id', 'p.case_id')
      .select('c.id')
      .where('p.kind', '=', 'special_procedure')
      .where('p.max_days', 'is not', null)
      .where('c.status', 'in', open)
      .execute(),
    tx
      .selectFrom('cases as c')
      .innerJoin('case_fees as f', 'f.case_id', 'c.id')
      .select('c.id')
      .where('c.status', 'in', open)
      .where((eb) =>
        eb.or([
          eb.and([eb('f.catalog_amount', 'is', null), eb('f.amount', '<>', 0)]),
          eb.and([eb('f.catalog_amount', 'is not', null), eb('f.amount', '<>', eb.ref('f.catalog_amount'))]),
        ]),
      )
      .execute(),
    tx
      .selectFrom('case_approvals as a')
      .innerJoin('cases as c', 'c.id', 'a.case_id')
      .select('c.id')
      .where('a.kind', '=', 'extension')
      .where('c.status', 'in', open)
      .execute(),
  ])
  return lists.flatMap((rows) => rows.map((r) => r.id))
}

/** Which cases: some statuses, completed since a day, or a list of ids (at most a few thousand). */
export type CaseFactsFilter = { statuses: readonly string[] } | { completedSince: string } | readonly string[]

/** The cases' own facts with their matter version's type and promised days. */
export async function caseFactRows(tx: Executor, filter: CaseFactsFilter) {
  let q = tx
    .selectFrom('cases as c')
    .innerJoin(matterVersionTerms(tx).as('mv'), 'mv.id', 'c.matter_version_id')
    .select([
      'c.id',
      'c.number',
      'c.department_id',
      'c.window_id',
      'c.status',
      'c.accepted_on',
      'c.intake_due_on',
      'c.extension_days',
      'c.correction_count',
      'c.received_at',
      'c.completed_at',
      'c.completed_on',
      'mv.type',
      'mv.promised_limit_days',
    ])
  if (isIdList(filter)) q = q.where('c.id', 'in', [...filter])
  else
    q =
      'statuses' in filter
        ? q.where('c.status', 'in', [...filter.statuses])
        : q.where('c.completed_on', '>=', filter.completedSince)
  return q.execute()
}

/**
 * The parts of some cases (at most a few thousand ids) the rules look at: their pauses in order,
 * tasks, deferred materials, fees and extension requests, five statements at once.
 */
export async function caseFactParts(tx: Executor, ids: readonly string[]) {
  const caseIds = [...ids]
  const [pauses, tasks, deferredMaterials, fees, extensions] = await Promise.all([
    tx
      .selectFrom('case_pauses')
      .select(['id', 'case_id', 'kind', 'procedure', 'max_days', 'from_on', 'to_on'])
      .where('case_id', 'in', caseIds)
      .orderBy('started_at')
      .execute(),
    tx
      .selectFrom('case_tasks')
      .select(['id', 'case_id', 'holder_department_id', 'status', 'limit_days'])
      .where('case_id', 'in', caseIds)
      .execute(),
    tx
      .selectFrom('case_materials')
      .select(['id', 'case_id', 'position', 'status', 'supply_due_on'])
      .where('case_id', 'in', caseIds)
      .where('status', '=', 'deferred')
      .execute(),
    tx
      .selectFrom('case_fees')
      .select(['id', 'case_id', 'name', 'amount', 'catalog_amount'])
      .where('case_id', 'in', caseIds)
      .execute(),
    tx
      .selectFrom('case_approvals')
      .select(['id', 'case_id', 'days', 'status', 'requested_at'])
      .where('case_id', 'in', caseIds)
      .where('kind', '=', 'extension')
      .execute(),
  ])
  return { pauses, tasks, deferredMaterials, fees, extensions }
}

const isIdList = (f: CaseFactsFilter): f is readonly string[] => Array.isArray(f)
