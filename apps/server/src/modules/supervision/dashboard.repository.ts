import { sql } from 'kysely'
import type { Executor } from '../../db/database'
import type { Scope } from './alerts.repository'
import { LightCountsRepository, type LightCount } from '../cases/cases.queries'
import { findMatterNames } from '../catalog/catalog.queries'
import { openByDepartmentFromCounts } from './light-counts'
import { OPEN_STATUSES } from './case-facts.repository'
import {
  pausedCases,
  pausedTasks,
  rankedOf,
  runningPauseStarts,
  worstCounts,
  worstPage,
  type LightBounds,
  type LightFilter,
  type PausedBound,
} from './running-lights.repository'

/**
 * All SQL of the dashboard: counts from indexes, figures from the daily rollup; the running lights'
 * near-due rows come from running-lights.repository.ts.
 */
export class DashboardRepository {
  private readonly counts: LightCountsRepository

  constructor(private readonly db: Executor) {
    this.counts = new LightCountsRepository(db)
  }

  /** The maintained counts of the open cases (exact: folded counts plus unfolded deltas). */
  async lightCounts(): Promise<LightCount[]> {
    return this.counts.read()
  }

  async countOn(
    column: 'received_on' | 'accepted_on' | 'completed_on',
    day: string,
    scope: Scope,
  ): Promise<number> {
    let q = this.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, '=', day)
    if (scope !== 'all') q = q.where('department_id', 'in', nonEmpty(scope))
    return Number((await q.executeTakeFirst())?.n ?? 0)
  }

  /** Open cases per department (the maintained counts; other statuses: status-leading index). */
  async openByDepartment(statuses: readonly string[] = OPEN_STATUSES): Promise<Map<string, number>> {
    if (statuses === OPEN_STATUSES) return openByDepartmentFromCounts(await this.lightCounts())
    const rows = await this.db
      .selectFrom('cases')
      .select(['department_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', 'in', [...statuses])
      .groupBy('department_id')
      .execute()
    return new Map(rows.map((r) => [r.department_id, Number(r.n)]))
  }

  /** Every matter version with its type (a few hundred rows): the lights' bounds by type. */
  async versionTypes(): Promise<Array<{ id: string; type: string }>> {
    return this.db.selectFrom('matter_versions').select(['id', 'type']).execute()
  }

  /** The running deadlines' counts by worst light (running-lights.repository.ts). */
  async worstCounts(b: LightBounds, f: LightFilter) {
    return worstCounts(this.db, b, f)
  }

  /** Cases whose worst running light is `rank`, most overdue first (running-lights.repository.ts). */
  async worstPage(b: LightBounds, f: LightFilter, rank: number, limit: number) {
    return worstPage(this.db, b, f, rank, limit)
  }

  /** The red and yellow running deadlines of some cases (running-lights.repository.ts). */
  async rankedOf(b: LightBounds, f: LightFilter, caseIds: string[]) {
    return rankedOf(this.db, b, f, caseIds)
  }

  async runningPauseStarts() {
    return runningPauseStarts(this.db)
  }

  /** Paused cases that can be yellow or red (running-lights.repository.ts). */
  async pausedCases(bound?: PausedBound) {
    return pausedCases(this.db, bound)
  }

  /** Open tasks of paused cases (running-lights.repository.ts). */
  async pausedTasks(bound?: PausedBound) {
    return pausedTasks(this.db, bound)
  }

  /** The cases of a page of a list (masked by the presenter). */
  /** The matters' Uyghur and English names from the catalog (cases keep the Chinese one). */
  matterNames(matterIds: string[]) {
    return findMatterNames(this.db, matterIds)
  }

  async caseRows(ids: string[]) {
    if (ids.length === 0) return []
    return this.db
      .selectFrom('cases as c')
      .innerJoin('departments as d', 'd.id', 'c.department_id')
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
      .where('c.id', 'in', ids)
      .execute()
  }

  /** Figures of a period from the rollup, grouped by department, window, day or month. */
  async figures(
    group: 'department' | 'window' | 'day' | 'month',
    from: string,
    to: string,
    filter: { departmentId?: string } = {},
  ) {
    const key =
      group === 'department'
        ? sql<string>`department_id`
        : group === 'window'
          ? sql<string>`window_id`
          : group === 'day'
            ? sql<string>`day`
            : sql<string>`substr(day, 1, 7)`
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
    return this.db
      .selectFrom('departments')
      .select(['id', 'code', 'name'])
      .where('is_active', '=', 1)
      .orderBy('sort_order')
      .orderBy('code')
      .execute()
  }

  async windows() {
    return this.db
      .selectFrom('hall_windows')
      .select(['id', 'number', 'name', 'name_ug', 'name_en'])
      .orderBy('number')
      .execute()
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
