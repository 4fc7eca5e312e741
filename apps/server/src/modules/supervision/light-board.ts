import type { WorkingCalendar } from '../calendar/working-days'
import type { Scope } from './alerts.repository'
import type { DashboardRepository } from './dashboard.repository'
import type { DueRow, LightBounds, LightFilter } from '../cases/case-lights.queries'
import type { RankedLightCount } from '../cases/cases.queries'
import {
  departmentWorstFromCounts,
  pausedFromCounts,
  rankedFromCounts,
  worstFromCounts,
  type TypeBounds,
} from './light-counts'
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

export interface LightSummary {
  /** totals per kind (green is what is left of the running ones) */
  counts: Record<
    'cases' | 'intakes' | 'tasks',
    { yellow: number; red: number; paused: number; pausedRed: number; pausedYellow: number }
  >
  /** cases by their worst light */
  red: number
  yellow: number
  isProvisional: boolean
}

/** What the board's questions share: the day bounds and the viewer's departments. */
export interface BoardInput {
  repo: DashboardRepository
  cal: WorkingCalendar
  today: string
  settings: SupervisionSettingsView
  types: readonly string[]
  scope: Scope
  /** the maintained counts ranked against `dayBounds` (read once per request, on first use) */
  counts: () => Promise<RankedLightCount[]>
}

/**
 * The day bounds of the running lights, from the calendar: red before today, yellow up to the
 * last yellow day of each type (`untilByType` for the types whose yellow days differ from the
 * default). `maxYellowDays` is the most yellow days of any type.
 */
export function dayBounds(
  input: Pick<BoardInput, 'cal' | 'today' | 'settings' | 'types'>,
): TypeBounds & { maxUntil: string; maxYellowDays: number; isProvisional: boolean } {
  const { cal, today, settings, types } = input
  const defaultDays = settings.yellowDays('')
  const defaultUntil = lightBounds(cal, today, defaultDays).yellowUntil
  let maxUntil = defaultUntil
  let maxDays = defaultDays
  const untilByType = new Map<string, string>()
  for (const t of types) {
    const days = settings.yellowDays(t)
    if (days === defaultDays) continue
    const until = lightBounds(cal, today, days).yellowUntil
    untilByType.set(t, until)
    if (until > maxUntil) maxUntil = until
    if (days > maxDays) maxDays = days
  }
  return {
    today,
    defaultUntil,
    maxUntil,
    untilByType,
    maxYellowDays: maxDays,
    isProvisional: !cal.isYearLoaded(Number(maxUntil.slice(0, 4))),
  }
}

/** The day bounds with the matter versions of the types that have their own (the SQL over the cases names versions). */
export async function boardBounds(
  input: BoardInput,
): Promise<LightBounds & TypeBounds & { maxYellowDays: number; isProvisional: boolean }> {
  const days = dayBounds(input)
  const byVersion: LightBounds['byVersion'] = []
  if (days.untilByType.size) {
    const versions = await input.repo.versionTypes()
    for (const [type, until] of days.untilByType) {
      const versionIds = versions.filter((v) => v.type === type).map((v) => v.id)
      if (versionIds.length) byVersion.push({ versionIds, until })
    }
  }
  return { ...days, byVersion }
}

/** What a request's questions read once and share (the wall asks several of one input). */
const perInput = new WeakMap<BoardInput, Map<string, Promise<unknown>>>()

function once<T>(input: BoardInput, key: string, read: () => Promise<T>): Promise<T> {
  let memo = perInput.get(input)
  if (!memo) perInput.set(input, (memo = new Map<string, Promise<unknown>>()))
  let p = memo.get(key) as Promise<T> | undefined
  if (!p) memo.set(key, (p = read()))
  return p
}

/**
 * The stopped clocks that are not green (few: only those due soon after their pause began), in
 * scope. A clock stopped on day F is green for every type when due on or after the day with
 * `maxYellowDays` + 1 working days after F: the database returns only those due before it. The
 * paused cases and tasks are read once per input (a list filtered by window reads its own, with
 * the windows).
 */
async function pausedEntries(
  input: BoardInput,
  bounds: { maxYellowDays: number; untilByType: ReadonlyMap<string, string> },
  filter: { departmentId?: string | undefined; windowId?: string | undefined } = {},
  withTasks = true,
): Promise<BoardEntry[]> {
  const { repo, cal, settings, scope } = input
  const inScope = (r: DueRow) =>
    (scope === 'all' || scope.includes(r.departmentId)) &&
    (!filter.departmentId || r.departmentId === filter.departmentId) &&
    (!filter.windowId || r.windowId === filter.windowId)
  const bound = await once(input, 'bound', async () =>
    (await repo.runningPauseStarts()).map((from) => ({
      from,
      dueBefore: cal.addWorkingDays(from, bounds.maxYellowDays + 1).date,
    })),
  )
  // the matter type only when a type has its own yellow days, the window only to filter by it
  const needs = { type: bounds.untilByType.size > 0, window: !!filter.windowId }
  const shared = <T>(key: string, read: () => Promise<T>) => (needs.window ? read() : once(input, key, read))
  const [cases, tasks] = await Promise.all([
    shared('cases', () => repo.pausedCases(bound, needs)),
    withTasks ? shared('tasks', () => repo.pausedTasks(bound, needs)) : Promise.resolve([]),
  ])
  const entries: BoardEntry[] = []
  const frozen = (rows: Array<DueRow & { pausedFrom: string }>, what: BoardEntry['what']) => {
    for (const r of rows) {
      if (!inScope(r)) continue
      // the days left when the clock stopped decide (stored due date vs the pause's first day)
      const colour = pausedColour(
        frozenRemainingDays(cal, r.dueOn, r.pausedFrom),
        settings.yellowDays(r.matterType),
      )
      if (colour === 'green') continue
      entries.push({
        caseId: r.caseId,
        what,
        departmentId: r.departmentId,
        windowId: r.windowId,
        colour,
        dueOn: r.dueOn,
        isPaused: true,
      })
    }
  }
  frozen(cases, 'case')
  frozen(tasks, 'task')
  return entries
}

const colourOfRank = (rank: number): BoardEntry['colour'] => (rank === 2 ? 'red' : 'yellow')

/**
 * The live counts (overview): red and yellow per kind from the maintained counts (their lights
 * derived from today's bounds); the cases by their worst light (a case is red when anything of
 * it is) from the counts of the stored earliest deadline for the whole center, and in SQL over
 * index ranges for a department's view (a case's deadlines outside the view do not count
 * there). Paused clocks, a few rows, are judged here; they never overlap the running ones (a
 * case is running or paused).
 */
export async function lightSummary(input: BoardInput): Promise<LightSummary> {
  const bounds = await boardBounds(input)
  const filter: LightFilter = { scope: input.scope }
  const [facts, paused] = await Promise.all([input.counts(), pausedEntries(input, bounds)])
  const ranked = rankedFromCounts(facts, input.scope)
  const worst = input.scope === 'all' ? worstFromCounts(facts) : await input.repo.worstCounts(bounds, filter)
  const pausedN = pausedFromCounts(facts, input.scope)
  const counts: LightSummary['counts'] = { cases: zero(), intakes: zero(), tasks: zero() }
  const bucket = { case: 'cases', intake: 'intakes', task: 'tasks' } as const
  for (const r of ranked) counts[bucket[r.what]][colourOfRank(r.rank)] += r.n
  counts.cases.paused = pausedN.cases
  counts.tasks.paused = pausedN.tasks
  for (const e of paused)
    counts[bucket[e.what] as 'cases' | 'tasks'][e.colour === 'red' ? 'pausedRed' : 'pausedYellow'] += 1
  let red = 0
  let yellow = 0
  for (const w of worst) {
    if (w.rank === 2) red += w.n
    else yellow += w.n
  }
  for (const e of worstPerCase(paused).values()) {
    if (e.colour === 'red') red += 1
    else yellow += 1
  }
  return { counts, red, yellow, isProvisional: bounds.isProvisional }
}

/** Red or yellow cases, most overdue first: a page, and how many there are. */
export async function lightPage(
  input: BoardInput,
  q: {
    light: 'red' | 'yellow'
    departmentId?: string | undefined
    windowId?: string | undefined
    page: number
    pageSize: number
  },
): Promise<{ total: number; entries: BoardEntry[] }> {
  const bounds = await boardBounds(input)
  const filter: LightFilter = { scope: input.scope, departmentId: q.departmentId, windowId: q.windowId }
  const upTo = q.page * q.pageSize
  const [running, paused] = await Promise.all([
    input.repo.worstPage(bounds, filter, q.light === 'red' ? 2 : 1, upTo),
    pausedEntries(input, bounds, q),
  ])
  const pausedWorst = [...worstPerCase(paused).values()].filter((e) => e.colour === q.light)
  const order = (a: { dueOn: string; caseId: string }, b: { dueOn: string; caseId: string }) =>
    a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0
  const merged = [
    ...running.ids.map((r) => ({ ...r, entry: null as BoardEntry | null })),
    ...pausedWorst.map((e) => ({ caseId: e.caseId, dueOn: e.dueOn, entry: e })),
  ].sort(order)
  const page = merged.slice((q.page - 1) * q.pageSize, upTo)
  const details = worstPerCase(
    (
      await input.repo.rankedOf(
        bounds,
        filter,
        page.filter((p) => !p.entry).map((p) => p.caseId),
      )
    ).map((r) => ({
      caseId: r.caseId,
      what: r.what,
      departmentId: r.departmentId,
      windowId: r.windowId,
      colour: colourOfRank(r.rank),
      dueOn: r.dueOn,
      isPaused: false,
    })),
  )
  const entries = page.flatMap((p) => {
    const e = p.entry ?? details.get(p.caseId)
    return e ? [e] : []
  })
  return { total: running.total + pausedWorst.length, entries }
}

/** Red and yellow cases per department (cases and intake decisions, not the tasks of other departments). */
export async function departmentLights(
  input: BoardInput,
): Promise<Map<string, { red: number; yellow: number }>> {
  const bounds = dayBounds(input)
  // one deadline per case without the tasks: the counts per department answer; the stopped
  // clocks of the cases themselves (a task's counts for the task's department, not here)
  const [counts, paused] = await Promise.all([input.counts(), pausedEntries(input, bounds, {}, false)])
  const worst = departmentWorstFromCounts(counts, input.scope)
  const lights = new Map<string, { red: number; yellow: number }>()
  const add = (departmentId: string, colour: BoardEntry['colour'], n: number) => {
    const l = lights.get(departmentId) ?? { red: 0, yellow: 0 }
    l[colour] += n
    lights.set(departmentId, l)
  }
  for (const w of worst) if (w.departmentId !== null) add(w.departmentId, colourOfRank(w.rank), w.n)
  for (const e of worstPerCase(paused).values()) add(e.departmentId, e.colour, 1)
  return lights
}

const zero = () => ({ yellow: 0, red: 0, paused: 0, pausedRed: 0, pausedYellow: 0 })

/** Per case, its worst light (red before yellow; the earliest due date first; of equals, the first). */
export function worstPerCase(entries: readonly BoardEntry[]): Map<string, BoardEntry> {
  const out = new Map<string, BoardEntry>()
  for (const e of entries) {
    const seen = out.get(e.caseId)
    if (!seen || worse(e, seen)) out.set(e.caseId, e)
  }
  return out
}

/** `a` before `b`: red before yellow, then the earlier due date (no string built per comparison). */
const worse = (a: BoardEntry, b: BoardEntry) =>
  a.colour === b.colour ? a.dueOn < b.dueOn : a.colour === 'red'
