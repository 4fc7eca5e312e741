import type { Db } from '../../db/database'
import type { WorkingCalendar } from '../calendar/working-days'
import { PAUSED_STATUSES, type CaseFactsRepository } from './case-facts.repository'
import type { DashboardRepository, DueRow } from './dashboard.repository'
import { caseLight, lightBounds, taskLight, type LightColour } from './lights'
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
 * resume and extension); paused cases, few, are computed with the case clock (frozen days left).
 */
export async function lightBoard(db: Db, repo: DashboardRepository, facts: CaseFactsRepository, cal: WorkingCalendar, today: string, settings: SupervisionSettingsView, types: readonly string[], inScope: (departmentId: string) => boolean = () => true): Promise<LightBoard> {
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

  let pausedTasks = 0
  let isProvisional = false
  for (const f of await facts.load(db, { statuses: PAUSED_STATUSES })) {
    const yellowDays = settings.yellowDays(f.matterType)
    const own = caseLight(cal, f, today, yellowDays)
    const mine = inScope(f.departmentId)
    if (mine) counts.cases.paused += 1
    isProvisional ||= own?.isProvisional ?? false
    if (mine && own && own.colour !== 'green') {
      counts.cases[own.colour === 'red' ? 'pausedRed' : 'pausedYellow'] += 1
      entries.push({ caseId: f.id, what: 'case', departmentId: f.departmentId, windowId: f.windowId, colour: own.colour, dueOn: own.dueOn, isPaused: true })
    }
    for (const t of f.tasks) {
      const light = taskLight(cal, f, t, today, yellowDays)
      if (!light || !inScope(t.holderDepartmentId)) continue
      pausedTasks += 1
      counts.tasks.paused += 1
      if (light.colour === 'green') continue
      counts.tasks[light.colour === 'red' ? 'pausedRed' : 'pausedYellow'] += 1
      entries.push({ caseId: f.id, what: 'task', departmentId: t.holderDepartmentId, windowId: f.windowId, colour: light.colour, dueOn: light.dueOn, isPaused: true })
    }
  }
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
