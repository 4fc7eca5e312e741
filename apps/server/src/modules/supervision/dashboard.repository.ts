import { sql, type RawBuilder } from 'kysely'
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

/**
 * The day boundaries of the running lights, precomputed from the calendar: a deadline is red when
 * `due < today`, yellow when `due <= until` of its matter version's type (`byVersion`, for the
 * types whose yellow days differ from the default) or `defaultUntil`; `maxUntil` is the latest.
 */
export interface LightBounds {
  today: string
  defaultUntil: string
  maxUntil: string
  byVersion: Array<{ versionIds: string[]; until: string }>
}

/** Which running lights to look at: the viewer's departments, and a list's filters. */
export interface LightFilter {
  scope: Scope
  departmentId?: string | undefined
  windowId?: string | undefined
  /** cases and intakes only (the per-department table) */
  withoutTasks?: boolean
}

/** A running deadline ranked in SQL: 2 red, 1 yellow. */
export interface RankedRow {
  caseId: string
  what: 'case' | 'intake' | 'task'
  departmentId: string
  windowId: string | null
  dueOn: string
  rank: number
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

  /** Every matter version with its type (a few hundred rows): the lights' bounds by type. */
  async versionTypes(): Promise<Array<{ id: string; type: string }>> {
    return this.db.selectFrom('matter_versions').select(['id', 'type']).execute()
  }

  /**
   * The running deadlines (cases in progress, intake decisions, open tasks of running cases) due
   * by `maxUntil`, each ranked red/yellow/green in SQL; index range scans, nothing is read twice.
   */
  private ranked(b: LightBounds, f: LightFilter): RawBuilder<RankedRow> {
    const rank = (due: RawBuilder<unknown>, version: RawBuilder<unknown>) =>
      b.byVersion.length === 0
        ? sql`case when ${due} < ${b.today} then 2 when ${due} <= ${b.defaultUntil} then 1 else 0 end`
        : sql`case when ${due} < ${b.today} then 2 ${sql.join(
            b.byVersion.map((v) => sql`when ${version} in (${sql.join(v.versionIds)}) then case when ${due} <= ${v.until} then 1 else 0 end`),
            sql` `,
          )} when ${due} <= ${b.defaultUntil} then 1 else 0 end`
    const where = (dept: RawBuilder<unknown>, window: RawBuilder<unknown>) => {
      const parts: Array<RawBuilder<unknown>> = []
      if (f.scope !== 'all') parts.push(sql`and ${dept} in (${sql.join(nonEmpty(f.scope))})`)
      if (f.departmentId) parts.push(sql`and ${dept} = ${f.departmentId}`)
      if (f.windowId) parts.push(sql`and ${window} = ${f.windowId}`)
      return sql.join(parts, sql` `)
    }
    const c = (col: string) => sql.ref(`c.${col}`)
    const t = (col: string) => sql.ref(`t.${col}`)
    const cases = sql`select ${c('id')} as case_id, 'case' as what, ${c('department_id')} as department_id, ${c('window_id')} as window_id, ${c('due_on')} as due_on, ${rank(c('due_on'), c('matter_version_id'))} as rank
      from cases c where ${c('status')} = 'in_progress' and ${c('due_on')} <= ${b.maxUntil} ${where(c('department_id'), c('window_id'))}`
    const intakes = sql`select ${c('id')}, 'intake', ${c('department_id')}, ${c('window_id')}, ${c('intake_due_on')}, ${rank(c('intake_due_on'), c('matter_version_id'))}
      from cases c where ${c('status')} = 'received' and ${c('intake_due_on')} <= ${b.maxUntil} ${where(c('department_id'), c('window_id'))}`
    // tasks first (few rows from their (status, due_on) index), then their case by id
    const tasks = sql`select ${t('case_id')}, 'task', ${t('holder_department_id')}, ${c('window_id')}, ${t('due_on')}, ${rank(t('due_on'), c('matter_version_id'))}
      from case_tasks t cross join cases c where ${c('id')} = ${t('case_id')} and ${t('status')} = 'open' and ${t('due_on')} <= ${b.maxUntil} and ${c('status')} = 'in_progress' ${where(t('holder_department_id'), c('window_id'))}`
    return f.withoutTasks ? sql<RankedRow>`${cases} union all ${intakes}` : sql<RankedRow>`${cases} union all ${intakes} union all ${tasks}`
  }

  /** Red and yellow running deadlines by kind (cases, intakes, tasks). */
  async rankedCounts(b: LightBounds, f: LightFilter): Promise<Array<{ what: RankedRow['what']; rank: number; n: number }>> {
    const rows = await sql<{ what: RankedRow['what']; rank: number; n: number }>`select what, rank, count(*) as n from (${this.ranked(b, f)}) u where rank > 0 group by what, rank`.execute(this.db)
    return rows.rows.map((r) => ({ what: r.what, rank: Number(r.rank), n: Number(r.n) }))
  }

  /** Cases by their worst running light (2 red, 1 yellow); per department of the case with `withoutTasks`. */
  async worstCounts(b: LightBounds, f: LightFilter): Promise<Array<{ rank: number; departmentId: string | null; n: number }>> {
    const rows = f.withoutTasks
      ? await sql<{ r: number; department_id: string; n: number }>`select r, department_id, count(*) as n from (select case_id, department_id, max(rank) as r from (${this.ranked(b, f)}) u where rank > 0 group by case_id, department_id) w group by r, department_id`.execute(this.db)
      : await sql<{ r: number; department_id: null; n: number }>`select r, null as department_id, count(*) as n from (select case_id, max(rank) as r from (${this.ranked(b, f)}) u where rank > 0 group by case_id) w group by r`.execute(this.db)
    return rows.rows.map((r) => ({ rank: Number(r.r), departmentId: r.department_id, n: Number(r.n) }))
  }

  /** Cases whose worst running light is `rank`, most overdue first: the first `limit`, and how many there are. */
  async worstPage(b: LightBounds, f: LightFilter, rank: number, limit: number): Promise<{ total: number; ids: Array<{ caseId: string; dueOn: string }> }> {
    const worst = sql`select case_id, min(due_on) as due_on from (${this.ranked(b, f)}) u where rank > 0 group by case_id having max(rank) = ${rank}`
    // one pass: the window count is taken before the limit
    const page = await sql<{ case_id: string; due_on: string; total: number }>`select case_id, due_on, count(*) over () as total from (${worst}) w order by due_on, case_id limit ${limit}`.execute(this.db)
    const total = page.rows.length ? Number(page.rows[0]!.total) : limit === 0 ? 0 : Number((await sql<{ n: number }>`select count(*) as n from (${worst}) w`.execute(this.db)).rows[0]?.n ?? 0)
    return { total, ids: page.rows.map((r) => ({ caseId: r.case_id, dueOn: r.due_on })) }
  }

  /** The red and yellow running deadlines of some cases (to tell which one is the worst). */
  async rankedOf(b: LightBounds, f: LightFilter, caseIds: string[]): Promise<RankedRow[]> {
    if (caseIds.length === 0) return []
    const rows = await sql<{ case_id: string; what: RankedRow['what']; department_id: string; window_id: string | null; due_on: string; rank: number }>`select * from (${this.ranked(b, f)}) u where rank > 0 and case_id in (${sql.join(caseIds)})`.execute(this.db)
    return rows.rows.map((r) => ({ caseId: r.case_id, what: r.what, departmentId: r.department_id, windowId: r.window_id, dueOn: r.due_on, rank: Number(r.rank) }))
  }

  /** How many cases and open tasks are paused (their clock stopped), in scope. */
  async pausedCounts(scope: Scope): Promise<{ cases: number; tasks: number }> {
    let cq = this.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', [...PAUSED_STATUSES])
    if (scope !== 'all') cq = cq.where('department_id', 'in', nonEmpty(scope))
    let tq = this.db
      .selectFrom('cases as c')
      .innerJoin('case_tasks as t', 't.case_id', 'c.id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('c.status', 'in', [...PAUSED_STATUSES])
      .where('t.status', '=', 'open')
    if (scope !== 'all') tq = tq.where('t.holder_department_id', 'in', nonEmpty(scope))
    const [cases, tasks] = await Promise.all([cq.executeTakeFirst(), tq.executeTakeFirst()])
    return { cases: Number(cases?.n ?? 0), tasks: Number(tasks?.n ?? 0) }
  }

  /** Paused cases (补正 during processing, 特别程序) with their stored due date and the running pause's first day. */
  async pausedCases(bound?: { dueBefore: string; today: string }): Promise<Array<DueRow & { pausedFrom: string }>> {
    let q = this.db
      .selectFrom('cases as c')
      .innerJoin('case_pauses as p', 'p.case_id', 'c.id')
      .innerJoin('matter_versions as mv', 'mv.id', 'c.matter_version_id')
      .select(['c.id', 'c.department_id', 'c.window_id', 'c.due_on', 'mv.type', 'p.from_on'])
      .where('c.status', 'in', [...PAUSED_STATUSES])
      .where('p.to_on', 'is', null)
    // a stopped clock is yellow or red only when due before the first green day counted from its
    // pause, which is never later than the first green day counted from today (for a pause begun by today)
    if (bound) q = q.where((eb) => eb.or([eb('c.due_on', '<', bound.dueBefore), eb('c.due_on', 'is', null), eb('p.from_on', '>', bound.today)]))
    const rows = await q.execute()
    return rows.map((r) => ({ caseId: r.id, subjectId: r.id, departmentId: r.department_id, windowId: r.window_id, matterType: r.type, dueOn: r.due_on ?? r.from_on, pausedFrom: r.from_on }))
  }

  /** Open tasks of paused cases, with the running pause's first day. */
  async pausedTasks(bound?: { dueBefore: string; today: string }): Promise<Array<DueRow & { pausedFrom: string }>> {
    let q = this.db
      .selectFrom('case_tasks as t')
      .innerJoin('cases as c', 'c.id', 't.case_id')
      .innerJoin('case_pauses as p', 'p.case_id', 'c.id')
      .innerJoin('matter_versions as mv', 'mv.id', 'c.matter_version_id')
      .select(['t.id', 't.case_id', 't.holder_department_id', 't.due_on', 'c.window_id', 'mv.type', 'p.from_on'])
      .where('c.status', 'in', [...PAUSED_STATUSES])
      .where('p.to_on', 'is', null)
      .where('t.status', '=', 'open')
    if (bound) q = q.where((eb) => eb.or([eb('t.due_on', '<', bound.dueBefore), eb('t.due_on', 'is', null), eb('p.from_on', '>', bound.today)]))
    const rows = await q.execute()
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
