import type { RankBounds, RankedLightCount } from '../cases/cases.queries'
import type { Scope } from './alerts.repository'

/**
 * The live counts from the maintained aggregate (cases/light-counts.repository.ts): pure
 * functions over its groups. The lights are derived at read time from today and the calendar
 * (the bounds, `rankOfDue`; the ranked read applies the same rule in SQL), so they change with
 * the day and with calendar edits, not only with writes.
 */

/** The day bounds of the running lights by matter type (light-board.ts dayBounds). */
export type TypeBounds = RankBounds

/** The kind of a running deadline (DashboardRepository's What). */
type What = 'case' | 'intake' | 'task'

const PAUSED = new Set(['supplement_requested', 'special_procedure'])

/** 2 red, 1 yellow, 0 green or no date (the rule `LightCountsRepository.readRanked` applies in SQL). */
export function rankOfDue(b: TypeBounds, due: string, type: string): number {
  if (due === '') return 0
  if (due < b.today) return 2
  return due <= (b.untilByType.get(type) ?? b.defaultUntil) ? 1 : 0
}

const inScope = (scope: Scope, departmentId: string) => scope === 'all' || scope.includes(departmentId)

/** Red and yellow running deadlines by kind, like DashboardRepository.rankedCounts. */
export function rankedFromCounts(
  counts: readonly RankedLightCount[],
  scope: Scope,
): Array<{ what: What; rank: number; n: number }> {
  const out = new Map<string, { what: What; rank: number; n: number }>()
  const add = (what: What, rank: number, n: number) => {
    if (rank === 0) return
    const k = `${what}:${rank}`
    const e = out.get(k) ?? { what, rank, n: 0 }
    e.n += n
    out.set(k, e)
  }
  for (const c of counts) {
    if (!inScope(scope, c.department_id)) continue
    if (c.kind === 'deadline') add(c.status === 'received' ? 'intake' : 'case', c.rank, c.n)
    else if (c.kind === 'task' && c.status === 'in_progress') add('task', c.rank, c.n)
  }
  return [...out.values()].filter((r) => r.n > 0)
}

/** Cases by their worst running light over every department (the stored earliest deadline). */
export function worstFromCounts(
  counts: readonly RankedLightCount[],
): Array<{ rank: number; departmentId: null; n: number }> {
  const n = [0, 0, 0]
  for (const c of counts) if (c.kind === 'worst') n[c.rank]! += c.n
  return [2, 1].filter((r) => n[r]! > 0).map((r) => ({ rank: r, departmentId: null, n: n[r]! }))
}

/** Cases by the light of their own deadline (case or intake) per department of the case. */
export function departmentWorstFromCounts(
  counts: readonly RankedLightCount[],
  scope: Scope,
): Array<{ rank: number; departmentId: string; n: number }> {
  const out = new Map<string, { rank: number; departmentId: string; n: number }>()
  for (const c of counts) {
    if (c.kind !== 'deadline' || !inScope(scope, c.department_id)) continue
    const rank = c.rank
    if (rank === 0) continue
    const k = `${c.department_id}:${rank}`
    const e = out.get(k) ?? { rank, departmentId: c.department_id, n: 0 }
    e.n += c.n
    out.set(k, e)
  }
  return [...out.values()].filter((r) => r.n > 0)
}

/** Open cases by status (in scope). */
export function openByStatusFromCounts(
  counts: readonly RankedLightCount[],
  scope: Scope,
): Map<string, number> {
  const out = new Map<string, number>()
  for (const c of counts)
    if (c.kind === 'status' && inScope(scope, c.department_id))
      out.set(c.status, (out.get(c.status) ?? 0) + c.n)
  return out
}

/** Open cases by department. */
export function openByDepartmentFromCounts(counts: readonly RankedLightCount[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const c of counts)
    if (c.kind === 'status') out.set(c.department_id, (out.get(c.department_id) ?? 0) + c.n)
  return out
}

/** Open tasks held in scope. */
export function openTasksFromCounts(counts: readonly RankedLightCount[], scope: Scope): number {
  let n = 0
  for (const c of counts) if (c.kind === 'task' && inScope(scope, c.department_id)) n += c.n
  return n
}

/** Paused cases and the open tasks of paused cases (in scope). */
export function pausedFromCounts(
  counts: readonly RankedLightCount[],
  scope: Scope,
): { cases: number; tasks: number } {
  let cases = 0
  let tasks = 0
  for (const c of counts) {
    if (!PAUSED.has(c.status) || !inScope(scope, c.department_id)) continue
    if (c.kind === 'status') cases += c.n
    else if (c.kind === 'task') tasks += c.n
  }
  return { cases, tasks }
}
