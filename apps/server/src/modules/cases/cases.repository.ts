import { sql } from 'kysely'
import type { Executor } from '../../db/database'
import { countersAhead, dailySequenceValues } from '../../db/dialect'
import { prepared } from '../../db/prepared'
import { staffNamesOf } from '../auth/auth.queries'
import { LightCountsRepository } from './light-counts.repository'
import { recordFigureFacts, touchesFigures } from './figure-deltas'
import type {
  CaseApprovalsTable,
  CaseEventsTable,
  CaseFeesTable,
  CaseMaterialsTable,
  CasePausesTable,
  CasesTable,
  CaseTasksTable,
} from './cases.tables'

export type CaseRow = CasesTable
export type CasePatch = Partial<Omit<CasesTable, 'id' | 'number' | 'created_at'>>

// the statements every case action runs, compiled once (db/prepared.ts)
const findCase = prepared((db, p: { id: string }) =>
  db.selectFrom('cases').selectAll().where('id', '=', p.id),
)
const insertCase = prepared((db, row: CaseRow) => db.insertInto('cases').values(row))
const updateCase = prepared(
  (db, { $id, $expectedEventCount, ...patch }: CasePatch & { $id: string; $expectedEventCount: number }) =>
    db.updateTable('cases').set(patch).where('id', '=', $id).where('event_count', '=', $expectedEventCount),
)
const insertEvent = prepared((db, row: CaseEventsTable) => db.insertInto('case_events').values(row))
const nextNumber = prepared((db, p: { prefix: string }) =>
  db
    .insertInto('case_number_sequences')
    .values({ prefix: p.prefix, last_value: 1 })
    .onConflict((oc) =>
      oc.column('prefix').doUpdateSet({ last_value: sql<number>`case_number_sequences.last_value + 1` }),
    )
    .returning('last_value'),
)
const materialsOf = prepared((db, p: { caseId: string }) =>
  db.selectFrom('case_materials').selectAll().where('case_id', '=', p.caseId).orderBy('position'),
)
const tasksOf = prepared((db, p: { caseId: string }) =>
  db
    .selectFrom('case_tasks')
    .selectAll()
    .where('case_id', '=', p.caseId)
    .orderBy('kind')
    .orderBy('created_at')
    .orderBy('id'),
)
const feesOf = prepared((db, p: { caseId: string }) =>
  db.selectFrom('case_fees').selectAll().where('case_id', '=', p.caseId).orderBy('recorded_at'),
)
const eventsOf = prepared((db, p: { caseId: string }) =>
  db.selectFrom('case_events').selectAll().where('case_id', '=', p.caseId).orderBy('seq'),
)
const approvalsOf = prepared((db, p: { caseId: string }) =>
  db.selectFrom('case_approvals').selectAll().where('case_id', '=', p.caseId).orderBy('requested_at'),
)
const refreshTaskStatus = prepared(
  (_db, p: { caseId: string }) =>
    sql`update case_tasks set case_status = case when status = 'open' then (select c.status from cases c where c.id = ${p.caseId}) else null end
    where case_id = ${p.caseId}`,
)
const refreshCaseLight = prepared(
  (_db, p: { caseId: string }) =>
    sql`update cases set light_due_on = case
      when status = 'received' then intake_due_on
      when status = 'in_progress' then coalesce(
        (select min(t.due_on) from case_tasks t where t.case_id = cases.id and t.status = 'open' and (cases.due_on is null or t.due_on < cases.due_on)),
        due_on)
      else null end
    where id = ${p.caseId}`,
)

/** All SQL of cases and their parts (events have their own repository). */
export class CasesRepository {
  private readonly counts: LightCountsRepository
  /**
   * Per open transaction, the cases whose supervision facts before it are recorded (−1) and
   * whose facts after it are not yet: their task writes come first, and the case's own update
   * (the compare-and-set that ends every case action) refreshes the lights and records the
   * facts after, once for all of them. Keyed by the transaction object, gone with it.
   */
  private readonly unsettled = new WeakMap<Executor, Set<string>>()

  constructor(private readonly db: Executor) {
    this.counts = new LightCountsRepository(db)
  }

  async insert(row: CaseRow, tx: Executor): Promise<void> {
    await insertCase(tx, row)
    await refreshLightDue(tx, row.id, { tasks: false })
    await this.counts.record(tx, row.id, 1)
    await recordFigureFacts(tx, row.id, 1)
  }

  async find(id: string, tx: Executor = this.db): Promise<CaseRow | undefined> {
    return (await findCase(tx, { id })).rows[0]
  }

  async findByNumber(number: string, tx: Executor = this.db): Promise<CaseRow | undefined> {
    return tx.selectFrom('cases').selectAll().where('number', '=', number).executeTakeFirst()
  }

  /**
   * Writes a change if nobody else changed the case since it was read (the event count is
   * the version); false means a concurrent change won and the caller retries.
   */
  async update(id: string, expectedEventCount: number, patch: CasePatch, tx: Executor): Promise<boolean> {
    // the supervision counts: what the case contributed before, then after (a lost
    // compare-and-set rolls the whole transaction back, these rows with it)
    await this.unsettle(tx, id)
    // the rollup's figures likewise, when the patch can change them (intake, acceptance, completion,
    // a new due date or department): most actions change none
    const figures = touchesFigures(patch)
    if (figures) await recordFigureFacts(tx, id, -1)
    const r = await updateCase(tx, { ...patch, $id: id, $expectedEventCount: expectedEventCount })
    if (Number(r.numAffectedRows ?? 0) !== 1) return false
    if (figures) await recordFigureFacts(tx, id, 1)
    await this.settle(tx, id)
    return true
  }

  /** Before a write of the case or its tasks: records its facts as removed, once per transaction. */
  private async unsettle(tx: Executor, caseId: string): Promise<void> {
    let cases = this.unsettled.get(tx)
    if (cases?.has(caseId)) return
    await this.counts.record(tx, caseId, -1)
    if (!cases) this.unsettled.set(tx, (cases = new Set()))
    cases.add(caseId)
  }

  /**
   * After the writes of a case: refreshes what the lights read and records its facts as added.
   * The case's update does it; a transaction that writes a case's tasks without updating the case
   * calls it itself.
   */
  async settle(tx: Executor, caseId: string): Promise<void> {
    const cases = this.unsettled.get(tx)
    if (!cases?.has(caseId)) return
    await refreshLightDue(tx, caseId)
    await this.counts.record(tx, caseId, 1)
    cases.delete(caseId)
  }

  /** The next number for a prefix (division + date), atomic on both databases. */
  async nextSequence(prefix: string, tx: Executor): Promise<number> {
    const row = (await nextNumber(tx, { prefix })).rows[0]
    if (!row) throw new Error('no sequence value returned')
    return Number(row.last_value)
  }

  /**
   * PostgreSQL: `count` numbers for a prefix (division + date) taken now, before the transaction
   * that uses them, from a database sequence of the prefix (db/dialect.ts dailySequenceValues):
   * no row lock, so case transactions on several instances do not queue for their numbers. A
   * number whose case transaction then fails stays unused (a gap in the day's numbers), as may a
   * few after a database crash: numbers are unique and increase with time, which is what they
   * are for (lookup, receipts, the register); no rule counts on them being contiguous, and the
   * day's count of cases comes from the cases. A day begun with the counter row (before the
   * sequences) goes on after its last value.
   * SQLite: null — the caller takes its numbers inside its transaction (nextSequence), gapless.
   */
  async nextSequencesAhead(prefix: string, count: number): Promise<number[] | null> {
    if (!countersAhead(this.db)) return null
    const sequence = (p: string) => `case_number_${p.toLowerCase()}`
    return dailySequenceValues(this.db, sequence(prefix), count, {
      startAfter: async () => {
        const row = await this.db
          .selectFrom('case_number_sequences')
          .select('last_value')
          .where('prefix', '=', prefix)
          .executeTakeFirst()
        return Number(row?.last_value ?? 0)
      },
      retire: async (name, lastValue) => {
        // prefixes are digits and capitals (YJS…): the name gives its prefix back
        const old = name.slice(sequence('').length).toUpperCase()
        await this.db
          .insertInto('case_number_sequences')
          .values({ prefix: old, last_value: lastValue })
          .onConflict((oc) =>
            oc.column('prefix').doUpdateSet({
              last_value: sql<number>`case when excluded.last_value > case_number_sequences.last_value
                then excluded.last_value else case_number_sequences.last_value end`,
            }),
          )
          .execute()
      },
    })
  }

  async materials(caseId: string, tx: Executor = this.db): Promise<CaseMaterialsTable[]> {
    return (await materialsOf(tx, { caseId })).rows
  }

  async insertMaterials(rows: CaseMaterialsTable[], tx: Executor): Promise<void> {
    if (rows.length) await tx.insertInto('case_materials').values(rows).execute()
  }

  async updateMaterial(id: string, patch: Partial<CaseMaterialsTable>, tx: Executor): Promise<void> {
    await tx.updateTable('case_materials').set(patch).where('id', '=', id).execute()
  }

  async tasks(caseId: string, tx: Executor = this.db): Promise<CaseTasksTable[]> {
    return (await tasksOf(tx, { caseId })).rows
  }

  /** Inserts tasks; the case's update that follows in the transaction settles it (settle). */
  async insertTasks(rows: CaseTasksTable[], tx: Executor): Promise<void> {
    if (!rows.length) return
    for (const caseId of new Set(rows.map((r) => r.case_id))) await this.unsettle(tx, caseId)
    await tx.insertInto('case_tasks').values(rows).execute()
  }

  /** Updates a task; the case's update that follows in the transaction settles it (settle). */
  async updateTask(
    task: Pick<CaseTasksTable, 'id' | 'case_id'>,
    patch: Partial<CaseTasksTable>,
    tx: Executor,
  ): Promise<void> {
    await this.unsettle(tx, task.case_id)
    await tx.updateTable('case_tasks').set(patch).where('id', '=', task.id).execute()
  }

  async pauses(caseId: string, tx: Executor = this.db): Promise<CasePausesTable[]> {
    return tx
      .selectFrom('case_pauses')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('started_at')
      .execute()
  }

  async insertPause(row: CasePausesTable, tx: Executor): Promise<void> {
    await tx.insertInto('case_pauses').values(row).execute()
  }

  async updatePause(id: string, patch: Partial<CasePausesTable>, tx: Executor): Promise<void> {
    await tx.updateTable('case_pauses').set(patch).where('id', '=', id).execute()
  }

  async fees(caseId: string, tx: Executor = this.db): Promise<CaseFeesTable[]> {
    return (await feesOf(tx, { caseId })).rows
  }

  async insertFees(rows: CaseFeesTable[], tx: Executor): Promise<void> {
    if (rows.length) await tx.insertInto('case_fees').values(rows).execute()
  }

  /** Open tasks held by departments (a department's workbench), soonest due first. */
  async openTasksFor(departmentIds: string[] | 'all', limit: number, tx: Executor = this.db) {
    let q = tx
      .selectFrom('case_tasks as t')
      .innerJoin('cases as c', 'c.id', 't.case_id')
      .select([
        't.id as task_id',
        't.department_id',
        't.holder_department_id',
        't.kind',
        't.due_on as task_due_on',
        't.is_due_provisional as task_due_provisional',
        'c.id as case_id',
        'c.number',
        'c.matter_name',
        'c.status',
        'c.applicant_kind',
        'c.applicant_name',
        't.limit_days',
        'c.due_on',
        'c.accepted_on',
        'c.extension_days',
        'c.matter_version_id',
      ])
      .where('t.status', '=', 'open')
      .where('c.status', 'in', ['in_progress', 'supplement_requested', 'special_procedure'])
    if (departmentIds !== 'all') {
      if (departmentIds.length === 0) return []
      q = q.where('t.holder_department_id', 'in', departmentIds)
    }
    return q.orderBy('t.due_on').orderBy('c.number').limit(limit).execute()
  }

  /** Cases in progress whose tasks are all done: waiting for the decision (办结). */
  async decisionQueue(
    departmentIds: string[] | 'all',
    limit: number,
    tx: Executor = this.db,
  ): Promise<CaseRow[]> {
    let q = tx
      .selectFrom('cases')
      .selectAll()
      .where('status', '=', 'in_progress')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('case_tasks as t')
              .select('t.id')
              .whereRef('t.case_id', '=', 'cases.id')
              .where('t.status', '=', 'open'),
          ),
        ),
      )
    if (departmentIds !== 'all') {
      if (departmentIds.length === 0) return []
      q = q.where('department_id', 'in', departmentIds)
    }
    return q.orderBy('due_on').orderBy('number').limit(limit).execute()
  }

  /** Display names of staff ids (for timelines). */
  async staffNames(userIds: string[], tx: Executor = this.db): Promise<Map<string, string>> {
    const rows = await staffNamesOf(tx, userIds)
    return new Map(rows.map((r) => [r.id, r.display_name]))
  }

  /** Cases waiting for the intake decision at the departments given (the counter's queue). */
  async intakeQueue(
    departmentIds: string[] | 'all',
    limit: number,
    tx: Executor = this.db,
  ): Promise<CaseRow[]> {
    let q = tx.selectFrom('cases').selectAll().where('status', 'in', ['received', 'correction_requested'])
    if (departmentIds !== 'all') {
      if (departmentIds.length === 0) return []
      // a bundle's cases also wait at the bundle window (its lead department)
      q = q.where((eb) =>
        eb.or([eb('department_id', 'in', departmentIds), eb('intake_department_id', 'in', departmentIds)]),
      )
    }
    return q.orderBy('intake_due_on').orderBy('number').limit(limit).execute()
  }

  /** Open cases (for recomputing due dates after a calendar change). */
  async openCases(tx: Executor): Promise<CaseRow[]> {
    return tx.selectFrom('cases').selectAll().where('closed_at', 'is', null).execute()
  }
}

export class CaseEventsRepository {
  constructor(private readonly db: Executor) {}

  async insert(row: CaseEventsTable, tx: Executor): Promise<void> {
    await insertEvent(tx, row)
  }

  async list(caseId: string, tx: Executor = this.db): Promise<CaseEventsTable[]> {
    return (await eventsOf(tx, { caseId })).rows
  }

  /** Case ids that have events (a case row may have been deleted behind them). */
  async caseIdsWithEvents(tx: Executor = this.db): Promise<string[]> {
    const rows = await tx.selectFrom('case_events').select('case_id').distinct().execute()
    return rows.map((r) => r.case_id)
  }
}

export class CaseApprovalsRepository {
  constructor(private readonly db: Executor) {}

  async insert(row: CaseApprovalsTable, tx: Executor): Promise<void> {
    await tx.insertInto('case_approvals').values(row).execute()
  }

  async find(id: string, tx: Executor = this.db): Promise<CaseApprovalsTable | undefined> {
    return tx.selectFrom('case_approvals').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async decide(
    id: string,
    patch: Pick<CaseApprovalsTable, 'status' | 'decided_by' | 'decided_at' | 'decision_note'>,
    tx: Executor,
  ): Promise<void> {
    await tx.updateTable('case_approvals').set(patch).where('id', '=', id).execute()
  }

  async forCase(caseId: string, tx: Executor = this.db): Promise<CaseApprovalsTable[]> {
    return (await approvalsOf(tx, { caseId })).rows
  }

  /** Of the cases given, those with an extension or special procedure waiting for the approver. */
  async casesPending(caseIds: string[], tx: Executor = this.db): Promise<Set<string>> {
    if (caseIds.length === 0) return new Set()
    const rows = await tx
      .selectFrom('case_approvals')
      .select('case_id')
      .where('status', '=', 'pending')
      .where('case_id', 'in', caseIds)
      .execute()
    return new Set(rows.map((r) => r.case_id))
  }

  /** Pending requests of departments (the approver's queue). */
  async pending(departmentIds: string[] | 'all', tx: Executor = this.db): Promise<CaseApprovalsTable[]> {
    let q = tx.selectFrom('case_approvals').selectAll().where('status', '=', 'pending')
    if (departmentIds !== 'all') {
      if (departmentIds.length === 0) return []
      q = q.where('department_id', 'in', departmentIds)
    }
    return q.orderBy('requested_at').limit(200).execute()
  }
}

/**
 * Keeps what the supervision lights read (migration 0013): `cases.light_due_on`, the earliest
 * running deadline (the intake decision while received, the promised due date or an open task's
 * earlier one while in progress, null otherwise), and `case_tasks.case_status`, the case's status
 * on its open tasks (null once done). The repository calls it after every write of a case
 * or its tasks (it is the only writer of both tables), in the same transaction.
 */
async function refreshLightDue(
  tx: Executor,
  caseId: string,
  opts: { tasks: boolean } = { tasks: true },
): Promise<void> {
  // a case just inserted has no tasks yet (they reference it)
  if (opts.tasks) await refreshTaskStatus(tx, { caseId })
  await refreshCaseLight(tx, { caseId })
}
