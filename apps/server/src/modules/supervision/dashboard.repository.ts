import { sql } from 'kysely'
import type { Executor } from '../../db/database'
import type { Scope } from './alerts.repository'
import { OPEN_STATUSES, PAUSED_STATUSES } from './case-facts.repository'

/** A running deadline near or past its due date, as the indexes find it. */
export interface DueRow {
  caseId: string
  subjectId: string
  departmentId: string
  windowId: string | null
  matterType: string
  dueOn: string
}

/** All SQL of the dashboard: counts and near-due rows from indexes, figures from the daily rollup. */
export class DashboardRepository {
  constructor(private readonly db: Executor) {}

  async countOn(column: 'received_on' | 'accepted_on' | 'completed_on', day: string, scope: Scope): Promise<number> {
    let q = this.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).where(column, '=', day)
    if (scope !== 'all') q = q.where('department_id', 'in', nonEmpty(scope))
    return Number((await q.executeTakeFirst())?.n ?? 0)
  }

  /** Open cases per department (status-leading index). */
  async openByDepartment(statuses: readonly string[] = OPEN_STATUSES): Promise<Map<string, number>> {
    const rows = await this.db.selectFrom('cases').select(['department_id', (eb) => eb.fn.countAll<number>().as('n')]).where('status', 'in', [...statuses]).groupBy('department_id').execute()
    return new Map(rows.map((r) => [r.department_id, Number(r.n)]))
  }

  /** Open cases by status and department (a covering index scan of the open ones). */
  async openByStatus(scope: Scope): Promise<Map<string, number>> {
    let q = this.db.selectFrom('cases').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('status', 'in', [...OPEN_STATUSES])
    if (scope !== 'all') q = q.where('department_id', 'in', nonEmpty(scope))
    const rows = await q.groupBy('status').execute()
    return new Map(rows.map((r) => [r.status, Number(r.n)]))
  }

  async openTaskCount(scope: Scope): Promise<number> {
    let q = this.db.selectFrom('case_tasks').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'open')
    if (scope !== 'all') q = q.where('holder_department_id', 'in', nonEmpty(scope))
    return Number((await q.executeTakeFirst())?.n ?? 0)
  }

  /** Running cases (in progress) due on or before `until`: the red and yellow ones. */
  async casesDueBy(until: string): Promise<DueRow[]> {
    const rows = await this.db
      .selectFrom('cases as c')
      .innerJoin('matter_versions as mv', 'mv.id', 'c.matter_version_id')
      .select(['c.id', 'c.department_id', 'c.window_id', 'c.due_on', 'mv.type'])
      .where('c.status', '=', 'in_progress')
      .where('c.due_on', '<=', until)
      .execute()
    return rows.map((r) => ({ caseId: r.id, subjectId: r.id, departmentId: r.department_id, windowId: r.window_id, matterType: r.type, dueOn: r.due_on ?? until }))
  }

  /** Applications waiting for the intake decision, due on or before `until`. */
  async intakesDueBy(until: string): Promise<DueRow[]> {
    const rows = await this.db
      .selectFrom('cases as c')
      .innerJoin('matter_versions as mv', 'mv.id', 'c.matter_version_id')
      .select(['c.id', 'c.department_id', 'c.window_id', 'c.intake_due_on', 'mv.type'])
      .where('c.status', '=', 'received')
      .where('c.intake_due_on', '<=', until)
      .execute()
    return rows.map((r) => ({ caseId: r.id, subjectId: r.id, departmentId: r.department_id, windowId: r.window_id, matterType: r.type, dueOn: r.intake_due_on }))
  }

  /** Open tasks of running cases due on or before `until` (the holder answers for them). */
  async tasksDueBy(until: string): Promise<DueRow[]> {
    const rows = await this.db
      .selectFrom('case_tasks as t')
      // a cross join keeps SQLite on the tasks' (status, due_on) index first: few rows, then their cases
      .crossJoin('cases as c')
      .innerJoin('matter_versions as mv', 'mv.id', 'c.matter_version_id')
      .select(['t.id', 't.case_id', 't.holder_department_id', 't.due_on', 'c.window_id', 'mv.type'])
      .whereRef('c.id', '=', 't.case_id')
      .where('t.status', '=', 'open')
      .where('t.due_on', '<=', until)
      .where('c.status', '=', 'in_progress')
      .execute()
    return rows.map((r) => ({ caseId: r.case_id, subjectId: r.id, departmentId: r.holder_department_id, windowId: r.window_id, matterType: r.type, dueOn: r.due_on ?? until }))
  }

  /** Paused cases (补正 during processing, 特别程序) with their stored due date and the running pause's first day. */
  async pausedCases(): Promise<Array<DueRow & { pausedFrom: string }>> {
    const rows = await this.db
      .selectFrom('cases as c')
      .innerJoin('case_pauses as p', 'p.case_id', 'c.id')
      .innerJoin('matter_versions as mv', 'mv.id', 'c.matter_version_id')
      .select(['c.id', 'c.department_id', 'c.window_id', 'c.due_on', 'mv.type', 'p.from_on'])
      .where('c.status', 'in', [...PAUSED_STATUSES])
      .where('p.to_on', 'is', null)
      .execute()
    return rows.map((r) => ({ caseId: r.id, subjectId: r.id, departmentId: r.department_id, windowId: r.window_id, matterType: r.type, dueOn: r.due_on ?? r.from_on, pausedFrom: r.from_on }))
  }

  /** Open tasks of paused cases, with the running pause's first day. */
  async pausedTasks(): Promise<Array<DueRow & { pausedFrom: string }>> {
    const rows = await this.db
      .selectFrom('case_tasks as t')
      .innerJoin('cases as c', 'c.id', 't.case_id')
      .innerJoin('case_pauses as p', 'p.case_id', 'c.id')
      .innerJoin('matter_versions as mv', 'mv.id', 'c.matter_version_id')
      .select(['t.id', 't.case_id', 't.holder_department_id', 't.due_on', 'c.window_id', 'mv.type', 'p.from_on'])
      .where('c.status', 'in', [...PAUSED_STATUSES])
      .where('p.to_on', 'is', null)
      .where('t.status', '=', 'open')
      .execute()
    return rows.map((r) => ({ caseId: r.case_id, subjectId: r.id, departmentId: r.holder_department_id, windowId: r.window_id, matterType: r.type, dueOn: r.due_on ?? r.from_on, pausedFrom: r.from_on }))
  }

  /** The cases of a page of a list (masked by the presenter). */
  async caseRows(ids: string[]) {
    if (ids.length === 0) return []
    return this.db
      .selectFrom('cases as c')
      .innerJoin('departments as d', 'd.id', 'c.department_id')
      .select(['c.id', 'c.number', 'c.matter_name', 'c.department_id', 'd.name as department_name', 'c.window_id', 'c.status', 'c.applicant_kind', 'c.applicant_name'])
      .where('c.id', 'in', ids)
      .execute()
  }

  /** Figures of a period from the rollup, grouped by department, window, day or month. */
  async figures(group: 'department' | 'window' | 'day' | 'month', from: string, to: string, filter: { departmentId?: string } = {}) {
    const key =
      group === 'department' ? sql<string>`department_id` : group === 'window' ? sql<string>`window_id` : group === 'day' ? sql<string>`day` : sql<string>`substr(day, 1, 7)`
    let q = this.db
      .selectFrom('supervision_daily')
      .select([
        key.as('k'),
        (eb) => eb.fn.sum<number>('received').as('received'),
        (eb) => eb.fn.sum<number>('accepted').as('accepted'),
        (eb) => eb.fn.sum<number>('completed').as('completed'),
        (eb) => eb.fn.sum<number>('completed_on_time').as('completed_on_time'),
        (eb) => eb.fn.sum<number>('used_days').as('used_days'),
        (eb) => eb.fn.sum<number>('promised_days').as('promised_days'),
      ])
      .where('day', '>=', from)
      .where('day', '<=', to)
    if (group === 'window') q = q.where('window_id', '<>', '')
    if (filter.departmentId) q = q.where('department_id', '=', filter.departmentId)
    const rows = await q.groupBy(key).orderBy(key).execute()
    return rows.map((r) => ({
      key: String(r.k),
      received: Number(r.received ?? 0),
      accepted: Number(r.accepted ?? 0),
      completed: Number(r.completed ?? 0),
      completedOnTime: Number(r.completed_on_time ?? 0),
      usedDays: Number(r.used_days ?? 0),
      promisedDays: Number(r.promised_days ?? 0),
    }))
  }

  async departments() {
    return this.db.selectFrom('departments').select(['id', 'code', 'name']).where('is_active', '=', 1).orderBy('sort_order').orderBy('code').execute()
  }

  async windows() {
    return this.db.selectFrom('hall_windows').select(['id', 'number', 'name']).orderBy('number').execute()
  }

  /** Staff work in a period: cases received (by the clerk) and tasks finished (with their due dates). */
  async staffWork(from: string, to: string, fromInstant: string, toInstant: string) {
    const received = await this.db
      .selectFrom('cases')
      .select(['received_by', (eb) => eb.fn.countAll<number>().as('n')])
      .where('received_on', '>=', from)
      .where('received_on', '<=', to)
      .groupBy('received_by')
      .execute()
    const tasks = await this.db
      .selectFrom('case_tasks')
      .select(['finished_by', 'finished_at', 'due_on'])
      .where('status', '=', 'done')
      .where('finished_at', '>=', fromInstant)
      .where('finished_at', '<', toInstant)
      .execute()
    const users = await this.db.selectFrom('users').select(['id', 'display_name']).execute()
    return { received, tasks, users }
  }
}

const nonEmpty = (ids: string[]) => (ids.length ? ids : ['-'])
