import { sql } from 'kysely'
import { executeShaped, insertRows } from '../../db/compiled-insert'
import type { Executor } from '../../db/database'
import { refreshLightDue } from './case-deadlines'
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

/** All SQL of cases and their parts (events have their own repository). */
export class CasesRepository {
  constructor(private readonly db: Executor) {}

  async insert(row: CaseRow, tx: Executor): Promise<void> {
    await insertRows(tx, 'cases', [row])
    await refreshLightDue(tx, row.id, { tasks: false })
  }

  async find(id: string, tx: Executor = this.db): Promise<CaseRow | undefined> {
    return (
      await executeShaped(
        tx,
        'cases.find',
        () => tx.selectFrom('cases').selectAll().where('id', '=', id).compile(),
        [id],
      )
    ).rows[0]
  }

  async findByNumber(number: string, tx: Executor = this.db): Promise<CaseRow | undefined> {
    return tx.selectFrom('cases').selectAll().where('number', '=', number).executeTakeFirst()
  }

  /**
   * Writes a change if nobody else changed the case since it was read (the event count is
   * the version); false means a concurrent change won and the caller retries.
   */
  async update(id: string, expectedEventCount: number, patch: CasePatch, tx: Executor): Promise<boolean> {
    // a case action's update always sets the same columns: built once per set of columns
    // (an undefined value is left out, as Kysely does)
    const columns = (Object.keys(patch) as Array<keyof CasePatch>).filter((c) => patch[c] !== undefined)
    const r = await executeShaped(
      tx,
      `cases.update ${columns.join(',')}`,
      () =>
        tx
          .updateTable('cases')
          .set(patch)
          .where('id', '=', id)
          .where('event_count', '=', expectedEventCount)
          .compile(),
      [...columns.map((c) => patch[c]), id, expectedEventCount],
    )
    if (Number(r.numAffectedRows ?? 0) !== 1) return false
    await refreshLightDue(tx, id)
    return true
  }

  /** The next number for a prefix (division + date), atomic on both databases. */
  async nextSequence(prefix: string, tx: Executor): Promise<number> {
    const r = await executeShaped(
      tx,
      'cases.nextSequence',
      () =>
        sql<{ last_value: number }>`
      insert into case_number_sequences (prefix, last_value) values (${prefix}, 1)
      on conflict (prefix) do update set last_value = case_number_sequences.last_value + 1
      returning last_value`.compile(tx),
      [prefix],
    )
    const row = r.rows[0]
    if (!row) throw new Error('no sequence value returned')
    return Number(row.last_value)
  }

  async materials(caseId: string, tx: Executor = this.db): Promise<CaseMaterialsTable[]> {
    return (
      await executeShaped(
        tx,
        'cases.materials',
        () =>
          tx
            .selectFrom('case_materials')
            .selectAll()
            .where('case_id', '=', caseId)
            .orderBy('position')
            .compile(),
        [caseId],
      )
    ).rows
  }

  async insertMaterials(rows: CaseMaterialsTable[], tx: Executor): Promise<void> {
    await insertRows(tx, 'case_materials', rows)
  }

  async updateMaterial(id: string, patch: Partial<CaseMaterialsTable>, tx: Executor): Promise<void> {
    await tx.updateTable('case_materials').set(patch).where('id', '=', id).execute()
  }

  async tasks(caseId: string, tx: Executor = this.db): Promise<CaseTasksTable[]> {
    return (
      await executeShaped(
        tx,
        'cases.tasks',
        () =>
          tx
            .selectFrom('case_tasks')
            .selectAll()
            .where('case_id', '=', caseId)
            .orderBy('kind')
            .orderBy('created_at')
            .orderBy('id')
            .compile(),
        [caseId],
      )
    ).rows
  }

  /**
   * `caseUpdateFollows`: the caller updates the case row next in the same transaction (which
   * refreshes what the lights read), so the refresh here would be done twice.
   */
  async insertTasks(
    rows: CaseTasksTable[],
    tx: Executor,
    opts: { caseUpdateFollows?: boolean } = {},
  ): Promise<void> {
    await insertRows(tx, 'case_tasks', rows)
    if (opts.caseUpdateFollows) return
    for (const caseId of new Set(rows.map((r) => r.case_id))) await refreshLightDue(tx, caseId)
  }

  async updateTask(id: string, patch: Partial<CaseTasksTable>, tx: Executor): Promise<void> {
    const t = await tx
      .updateTable('case_tasks')
      .set(patch)
      .where('id', '=', id)
      .returning('case_id')
      .executeTakeFirst()
    if (t) await refreshLightDue(tx, t.case_id)
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
    return (
      await executeShaped(
        tx,
        'cases.fees',
        () =>
          tx
            .selectFrom('case_fees')
            .selectAll()
            .where('case_id', '=', caseId)
            .orderBy('recorded_at')
            .compile(),
        [caseId],
      )
    ).rows
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
        'c.due_on',
        'c.accepted_on',
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
    if (userIds.length === 0) return new Map()
    const rows = await tx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', 'in', userIds)
      .execute()
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
    await insertRows(tx, 'case_events', [row])
  }

  async list(caseId: string, tx: Executor = this.db): Promise<CaseEventsTable[]> {
    return (
      await executeShaped(
        tx,
        'cases.events',
        () => tx.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('seq').compile(),
        [caseId],
      )
    ).rows
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
    return (
      await executeShaped(
        tx,
        'cases.approvals',
        () =>
          tx
            .selectFrom('case_approvals')
            .selectAll()
            .where('case_id', '=', caseId)
            .orderBy('requested_at')
            .compile(),
        [caseId],
      )
    ).rows
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
