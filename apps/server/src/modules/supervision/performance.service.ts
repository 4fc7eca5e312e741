import { localizedFromColumns } from '../../db/localized'
import type { DepartmentRow, Principal, PublicPerformance, WindowRow } from '@yimin/shared'
import { localDate } from '../../platform/clock'
import { formatDate, parseDate } from '../calendar/civil-dates'
import { assess, type AssessmentRow } from './assessment'
import type { DashboardService, Period } from './dashboard.service'
import type { DashboardRepository } from './dashboard.repository'
import { departmentLights } from './light-board'
import { openByDepartmentFromCounts } from './light-counts'
import type { SupervisionSettingsStore } from './supervision-settings'
import { staffIdOf } from '../audit/audit.service'

type Figures = Awaited<ReturnType<DashboardRepository['figures']>>[number]
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits

/** A row's rates from the rollup's sums; satisfaction and queue waits join with their modules. */
function rates(f: Figures | undefined) {
  const completed = f?.completed ?? 0
  return {
    received: f?.received ?? 0,
    accepted: f?.accepted ?? 0,
    completed,
    completedOnTime: f?.completedOnTime ?? 0,
    onTimeRate: completed ? round((f?.completedOnTime ?? 0) / completed, 4) : null,
    avgUsedDays: completed ? round((f?.usedDays ?? 0) / completed) : null,
    avgPromisedDays: completed ? round((f?.promisedDays ?? 0) / completed) : null,
    satisfaction: null,
    avgQueueWaitMinutes: null,
  }
}

/** Satisfaction (满意度, 0–100: share of 满意 + 非常满意) per department, window or staff id; the ratings module supplies it. */
export type SatisfactionSource = (
  of: 'department' | 'window' | 'staff',
  from: string,
  to: string,
) => Promise<Map<string, number | null>>

/** Mean queue waits (minutes) per department and window in a period; the queue's tickets supply them (queue-waits.ts). */
export type QueueWaitsSource = (
  from: string,
  to: string,
) => Promise<{ byDepartment: Map<string, number | null>; byWindow: Map<string, number | null> }>

/** Per department and window, trends, rankings, assessments and the public page, from the daily rollup. */
export class PerformanceService {
  private satisfactionSource: SatisfactionSource = () => Promise.resolve(new Map<string, number | null>())
  private queueWaitsSource: QueueWaitsSource = () =>
    Promise.resolve({ byDepartment: new Map(), byWindow: new Map() })

  /** Wired by the supervision module (queue waits on the dashboard's department and window tables). */
  useQueueWaits(source: QueueWaitsSource): void {
    this.queueWaitsSource = source
  }

  /** Wired by the container once the ratings module exists (it is created after supervision). */
  useSatisfaction(source: SatisfactionSource): void {
    this.satisfactionSource = source
  }

  constructor(
    private readonly repo: DashboardRepository,
    private readonly dashboard: DashboardService,
    private readonly settings: SupervisionSettingsStore,
    private readonly timeZone: string,
  ) {}

  async departments(principal: Principal, period: Period): Promise<DepartmentRow[]> {
    this.dashboard.requireAll(principal)
    // the lights and the open counts share one read of the maintained counts
    const board = await this.dashboard.boardInput('all')
    const [departments, figures, open, lights] = await Promise.all([
      this.repo.departments(),
      this.dashboard.figures('department', period),
      board.counts().then(openByDepartmentFromCounts),
      departmentLights(board),
    ])
    const byDept = new Map(figures.map((f) => [f.key, f]))
    const satisfaction = await this.satisfactionSource('department', period.from, period.to)
    const waits = await this.queueWaitsSource(period.from, period.to)
    return departments.map((d) => ({
      departmentId: d.id,
      code: d.code,
      name: d.name,
      ...rates(byDept.get(d.id)),
      satisfaction: satisfaction.get(d.id) ?? null,
      avgQueueWaitMinutes: waits.byDepartment.get(d.id) ?? null,
      open: open.get(d.id) ?? 0,
      red: lights.get(d.id)?.red ?? 0,
      yellow: lights.get(d.id)?.yellow ?? 0,
    }))
  }

  async windows(principal: Principal, period: Period): Promise<WindowRow[]> {
    this.dashboard.requireAll(principal)
    const [windows, figures] = await Promise.all([
      this.repo.windows(),
      this.dashboard.figures('window', period),
    ])
    const byWindow = new Map(figures.map((f) => [f.key, f]))
    const satisfaction = await this.satisfactionSource('window', period.from, period.to)
    const waits = await this.queueWaitsSource(period.from, period.to)
    return windows.map((w) => ({
      windowId: w.id,
      number: w.number,
      name: localizedFromColumns(w, 'name'),
      ...rates(byWindow.get(w.id)),
      satisfaction: satisfaction.get(w.id) ?? null,
      avgQueueWaitMinutes: waits.byWindow.get(w.id) ?? null,
    }))
  }

  async trends(principal: Principal, period: Period, by: 'day' | 'month', departmentId?: string) {
    this.dashboard.requireAll(principal)
    const figures = new Map(
      (await this.dashboard.figures(by, period, departmentId ? { departmentId } : {})).map((f) => [f.key, f]),
    )
    const keys = by === 'day' ? dayKeys(period) : [...new Set(dayKeys(period).map((d) => d.slice(0, 7)))]
    return { ...period, by, points: keys.map((k) => ({ period: k, ...rates(figures.get(k)) })) }
  }

  async rankings(
    principal: Principal,
    period: Period,
    of: 'department' | 'window',
    by: 'onTimeRate' | 'volume' | 'speed',
  ) {
    const rows =
      of === 'department'
        ? (await this.departments(principal, period)).map((r) => ({ ...r, id: r.departmentId }))
        : // rankings name a window in Chinese (the screen shows departments in the reader's language)
          (await this.windows(principal, period)).map((r) => ({ ...r, id: r.windowId, name: r.name.zh }))
    const value = (r: (typeof rows)[number]) =>
      by === 'onTimeRate'
        ? r.onTimeRate
        : by === 'volume'
          ? r.received
          : r.avgUsedDays !== null && r.avgPromisedDays
            ? round(r.avgUsedDays / r.avgPromisedDays, 4)
            : null
    // speed: used / promised, lower is better
    const sign = by === 'speed' ? 1 : -1
    // no completed cases and no ratings in the period: no data, not ranked (not last)
    const hasData = (r: (typeof rows)[number]) => r.completed > 0 || r.satisfaction !== null
    const sorted = rows
      .map((r) => ({ id: r.id, name: r.name, value: hasData(r) ? value(r) : null, completed: r.completed }))
      .sort(
        (a, b) =>
          (a.value === null ? 1 : b.value === null ? -1 : sign * (a.value - b.value)) ||
          a.name.localeCompare(b.name),
      )
    return {
      ...period,
      of,
      by,
      rows: sorted.map((r, i) => ({ rank: r.value === null ? null : i + 1, ...r })),
    }
  }

  async assessment(
    principal: Principal,
    period: Period,
    of: 'department' | 'window' | 'staff',
  ): Promise<{
    weights: { timeliness: number; satisfaction: number; volume: number }
    rows: AssessmentRow[]
  }> {
    this.dashboard.requireAll(principal)
    const settings = await this.settings.get()
    if (of === 'staff')
      return { weights: settings.weights, rows: assess(await this.staffInputs(period), settings) }
    const rows =
      of === 'department'
        ? (await this.departments(principal, period)).map((r) => ({ id: r.departmentId, ...r }))
        : (await this.windows(principal, period)).map((r) => ({ id: r.windowId, ...r, name: r.name.zh }))
    return {
      weights: settings.weights,
      rows: assess(
        rows.map((r) => ({
          id: r.id,
          name: r.name,
          volume: r.received + r.completed,
          onTimeRate: r.onTimeRate,
          satisfaction: r.satisfaction,
        })),
        settings,
      ),
    }
  }

  /** Staff: cases received at the window and department tasks finished (on time or not). */
  private async staffInputs(period: Period) {
    const start = new Date(`${formatDate(parseDate(period.from) - 1)}T00:00:00.000Z`).toISOString()
    const end = new Date(`${formatDate(parseDate(period.to) + 2)}T00:00:00.000Z`).toISOString()
    const work = await this.repo.staffWork(period.from, period.to, start, end)
    const names = new Map(work.users.map((u) => [`staff:${u.id}`, u.display_name]))
    const satisfaction = await this.satisfactionSource('staff', period.from, period.to)
    const people = new Map<string, { volume: number; tasks: number; onTime: number }>()
    const of = (label: string) =>
      people.get(label) ?? people.set(label, { volume: 0, tasks: 0, onTime: 0 }).get(label)!
    for (const r of work.received) of(r.received_by).volume += Number(r.n)
    for (const t of work.tasks) {
      if (!t.finished_by || !t.finished_at) continue
      const day = localDate(new Date(t.finished_at), this.timeZone)
      if (day < period.from || day > period.to) continue
      const p = of(t.finished_by)
      p.volume += 1
      p.tasks += 1
      if (t.due_on === null || day <= t.due_on) p.onTime += 1
    }
    return [...people.entries()]
      .filter(([label]) => names.has(label))
      .map(([label, p]) => ({
        id: staffIdOf(label)!,
        name: names.get(label)!,
        volume: p.volume,
        onTimeRate: p.tasks ? round(p.onTime / p.tasks, 4) : null,
        satisfaction: satisfaction.get(staffIdOf(label)!) ?? null,
      }))
  }

  /** The public page: departments' figures only, never a person's name, ID or phone. */
  async publicPerformance(period: Period): Promise<PublicPerformance> {
    const [departments, figures] = await Promise.all([
      this.repo.departments(),
      this.dashboard.figures('department', period),
    ])
    const byDept = new Map(figures.map((f) => [f.key, f]))
    const satisfaction = await this.satisfactionSource('department', period.from, period.to)
    return {
      ...period,
      departments: departments.map((d) => {
        const r = rates(byDept.get(d.id))
        return {
          code: d.code,
          name: d.name,
          completed: r.completed,
          onTimeRate: r.onTimeRate,
          avgUsedDays: r.avgUsedDays,
          avgPromisedDays: r.avgPromisedDays,
          satisfaction: satisfaction.get(d.id) ?? null,
        }
      }),
    }
  }
}

function dayKeys(p: Period): string[] {
  const out: string[] = []
  for (let d = parseDate(p.from); d <= parseDate(p.to); d++) out.push(formatDate(d))
  return out
}
