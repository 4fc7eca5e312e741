import type { WorkingCalendar } from '../calendar/working-days'
import type { DashboardRepository, DueRow } from './dashboard.repository'
import { frozenRemainingDays, lightBounds, pausedColour, type LightColour } from './lights'
import type { SupervisionSettingsView } from './rules/rule'

/** One light that is not green: a case, its intake decision or a department task. */
export interface BoardEntry {
  caseId: string
  what: 'case' | 'intake' | 'task'
  departmentId: string
  windowId: string | null
  colour: Exclude<LightColour, 'green'>
  dueOn: string
  isPaused: boolean
}

export interface LightBoard {
  entries: BoardEntry[]
  /** totals per kind (green is what is left of the running ones) */
  counts: Record<'cases' | 'intakes' | 'tasks', { yellow: number; red: number; paused: number; pausedRed: number; pausedYellow: number }>
  pausedTasks: number
  isProvisional: boolean
}

/**
 * The lights of everything open, from indexes: running deadlines are compared with today and
 * the last yellow day in SQL (due_on is kept up to date by the case clock on every pause,
 * resume and extension); paused ones keep the days left when their clock stopped.
 */
export async function lightBoard(repo: DashboardRepository, cal: WorkingCalendar, today: string, settings: SupervisionSettingsView, types: readonly string[], inScope: (departmentId: string) => boolean = () => true): Promise<LightBoard> {
  const yellowUntil = new Map<string, string>()
  let maxUntil = today
  for (const t of types) {
    const until = lightBounds(cal, today, settings.yellowDays(t)).yellowUntil
    yellowUntil.set(t, until)
    if (until > maxUntil) maxUntil = until
  }
  const defaultUntil = lightBounds(cal, today, settings.yellowDays('')).yellowUntil
  if (defaultUntil > maxUntil) maxUntil = defaultUntil
  const entries: BoardEntry[] = []
  const counts: LightBoard['counts'] = { cases: zero(), intakes: zero(), tasks: zero() }
  const classify = (rows: DueRow[], what: BoardEntry['what'], bucket: keyof LightBoard['counts']) => {
    for (const r of rows) {
      if (!inScope(r.departmentId)) continue
      const colour = r.dueOn < today ? 'red' : r.dueOn <= (yellowUntil.get(r.matterType) ?? defaultUntil) ? 'yellow' : null
      if (!colour) continue
      counts[bucket][colour] += 1
      entries.push({ caseId: r.caseId, what, departmentId: r.departmentId, windowId: r.windowId, colour, dueOn: r.dueOn, isPaused: false })
    }
  }
  const [cases, intakes, tasks] = await Promise.all([repo.casesDueBy(maxUntil), repo.intakesDueBy(maxUntil), repo.tasksDueBy(maxUntil)])
  classify(cases, 'case', 'cases')
  classify(intakes, 'intake', 'intakes')
  classify(tasks, 'task', 'tasks')

  // paused: the days left when the clock stopped decide (stored due date vs the pause's first day)
  const [pausedCases, pausedTaskRows] = await Promise.all([repo.pausedCases(), repo.pausedTasks()])
  const frozen = (rows: Array<DueRow & { pausedFrom: string }>, what: BoardEntry['what'], bucket: 'cases' | 'tasks') => {
    for (const r of rows) {
      if (!inScope(r.departmentId)) continue
      counts[bucket].paused += 1
      const colour = pausedColour(frozenRemainingDays(cal, r.dueOn, r.pausedFrom), settings.yellowDays(r.matterType))
      if (colour === 'green') continue
      counts[bucket][colour === 'red' ? 'pausedRed' : 'pausedYellow'] += 1
      entries.push({ caseId: r.caseId, what, departmentId: r.departmentId, windowId: r.windowId, colour, dueOn: r.dueOn, isPaused: true })
    }
  }
  frozen(pausedCases, 'case', 'cases')
  frozen(pausedTaskRows, 'task', 'tasks')
  const pausedTasks = counts.tasks.paused
  const isProvisional = !cal.isYearLoaded(Number(maxUntil.slice(0, 4)))
  return { entries, counts, pausedTasks, isProvisional }
}

const zero = () => ({ yellow: 0, red: 0, paused: 0, pausedRed: 0, pausedYellow: 0 })

/** Per case, its worst light (red before yellow; the earliest due date first). */
export function worstPerCase(entries: readonly BoardEntry[]): Map<string, BoardEntry> {
  const out = new Map<string, BoardEntry>()
  for (const e of entries) {
    const seen = out.get(e.caseId)
    if (!seen || rank(e) < rank(seen)) out.set(e.caseId, e)
  }
  return out
}

const rank = (e: BoardEntry) => `${e.colour === 'red' ? 0 : 1}${e.dueOn}`
