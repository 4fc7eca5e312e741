import type { SupervisionDailyTable } from './supervision.tables'

export type FigureGroup = 'department' | 'window' | 'day' | 'month'

/** A period's sums per key (department, window, day or month), as the dashboard repository gives them. */
export interface PeriodFigures {
  key: string
  received: number
  accepted: number
  completed: number
  completedOnTime: number
  usedDays: number
  promisedDays: number
}

/**
 * Adds today's figures (computed from the cases, not the rollup the sweep writes every few
 * minutes) to the sums of the days before: a period that ends today then counts today exactly as
 * the live tab does. Pure.
 */
export function withToday(
  before: readonly PeriodFigures[],
  today: readonly SupervisionDailyTable[],
  group: FigureGroup,
  filter: { departmentId?: string } = {},
): PeriodFigures[] {
  const sums = new Map(before.map((f) => [f.key, { ...f }]))
  for (const r of today) {
    if (filter.departmentId && r.department_id !== filter.departmentId) continue
    if (group === 'window' && r.window_id === '') continue
    const key =
      group === 'department'
        ? r.department_id
        : group === 'window'
          ? r.window_id
          : group === 'day'
            ? r.day
            : r.day.slice(0, 7)
    const f = sums.get(key) ?? {
      key,
      received: 0,
      accepted: 0,
      completed: 0,
      completedOnTime: 0,
      usedDays: 0,
      promisedDays: 0,
    }
    f.received += r.received
    f.accepted += r.accepted
    f.completed += r.completed
    f.completedOnTime += r.completed_on_time
    f.usedDays += r.used_days
    f.promisedDays += r.promised_days
    sums.set(key, f)
  }
  return [...sums.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}
