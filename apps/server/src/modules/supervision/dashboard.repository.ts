import { sql } from 'kysely'
import type { Executor } from '../../db/database'
import type { Scope } from './alerts.repository'
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
  type PausedNeeds,
} from '../cases/case-lights.queries'
import {
  caseListRows,
  casesReceivedByClerk,
  countCasesOn,
  tasksFinishedBetween,
} from '../cases/case-figures.queries'
import { allStaffNames } from '../auth/auth.queries'
import { LightCountsRepository, type RankBounds, type RankedLightCount } from '../cases/cases.queries'
import { findMatterNames, matterVersionTypes } from '../catalog/catalog.queries'
import { activeDepartments } from '../org/departments.queries'
import { allWindowNames } from '../org/windows.queries'

/**
 * What the dashboard reads: figures from the daily rollup (its own table); the counts and near-due
 * rows of the cases through the cases module's queries (case-lights, case-figures), which run
 * each as one statement from the indexes; names through the catalog's and org's queries.
 */
export class DashboardRepository {
  private readonly counts: LightCountsRepository

  constructor(private readonly db: Executor) {
    this.counts = new LightCountsRepository(db)
  }

  /** The maintained counts of the open cases ranked against the day bounds (exact: folded counts plus unfolded deltas). */
  async lightCounts(b: RankBounds): Promise<RankedLightCount[]> {
    return this.counts.readRanked(b)
  }

  async countOn(
    column: 'received_on' | 'accepted_on' | 'completed_on',
    day: string,
    scope: Scope,
  ): Promise<number> {
    return countCasesOn(this.db, column, day, scope)
  }

  /** Every matter version with its type (a few hundred rows): the lights' bounds by type. */
  async versionTypes(): Promise<Array<{ id: string; type: string }>> {
    return matterVersionTypes(this.db)
  }

  /** The running deadlines' counts by worst light (cases/case-lights.queries.ts). */
  async worstCounts(b: LightBounds, f: LightFilter) {
    return worstCounts(this.db, b, f)
  }

  /** Cases whose worst running light is `rank`, most overdue first (cases/case-lights.queries.ts). */
  async worstPage(b: LightBounds, f: LightFilter, rank: number, limit: number) {
    return worstPage(this.db, b, f, rank, limit)
  }

  /** The red and yellow running deadlines of some cases (cases/case-lights.queries.ts). */
  async rankedOf(b: LightBounds, f: LightFilter, caseIds: string[]) {
    return rankedOf(this.db, b, f, caseIds)
  }

  async runningPauseStarts() {
    return runningPauseStarts(this.db)
  }

  /** Paused cases that can be yellow or red (cases/case-lights.queries.ts). */
  async pausedCases(bound?: PausedBound, needs?: PausedNeeds) {
    return pausedCases(this.db, bound, needs)
  }

  /** Open tasks of paused cases (cases/case-lights.queries.ts). */
  async pausedTasks(bound?: PausedBound, needs?: PausedNeeds) {
    return pausedTasks(this.db, bound, needs)
  }

  /** The matters' Uyghur and English names from the catalog (cases keep the Chinese one). */
  matterNames(matterIds: string[]) {
    return findMatterNames(this.db, matterIds)
  }

  /** The cases of a page of a list (masked by the presenter). */
  async caseRows(ids: string[]) {
    return caseListRows(this.db, ids)
  }

  /** Figures of a period from the rollup, grouped by department, window, day or month. */
  async figures(
    group: 'department' | 'window' | 'day' | 'month',
    from: string,
    to: string,
    filter: { departmentId?: string } = {},
    db: Executor = this.db,
  ) {
    const key =
      group === 'department'
        ? sql<string>`department_id`
        : group === 'window'
          ? sql<string>`window_id`
          : group === 'day'
            ? sql<string>`day`
            : sql<string>`substr(day, 1, 7)`
    let q = db
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
    return activeDepartments(this.db)
  }

  async windows() {
    return allWindowNames(this.db)
  }

  /** Staff work in a period: cases received (by the clerk) and tasks finished (with their due dates). */
  async staffWork(from: string, to: string, fromInstant: string, toInstant: string) {
    const received = await casesReceivedByClerk(this.db, from, to)
    const tasks = await tasksFinishedBetween(this.db, fromInstant, toInstant)
    const users = await allStaffNames(this.db)
    return { received, tasks, users }
  }
}
