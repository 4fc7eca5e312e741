import { sql, type RawBuilder } from 'kysely'
import type { Executor } from '../../db/database'
import { matterVersionTerms } from '../catalog/catalog.queries'

/*
 * The SQL about the cases' running deadlines that supervision's lights read (the light rules
 * themselves are supervision's): the running deadlines ranked red/yellow against day bounds,
 * cases by their worst light, and the paused cases and tasks, each from the indexes that answer
 * it. The matter version's type comes from the catalog's `matterVersionTerms`.
 */

/** The statuses of a case still in hand (not refused, completed, delivered, withdrawn or revoked). */
export const OPEN_STATUSES = [
  'received',
  'correction_requested',
  'in_progress',
  'supplement_requested',
  'special_procedure',
] as const
/** The statuses whose clock is stopped: 补正 during processing, 特别程序. */
export const PAUSED_STATUSES = ['supplement_requested', 'special_procedure'] as const

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
  scope: 'all' | string[]
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

/**
 * The running deadlines (cases in progress, intake decisions, open tasks of running cases) due
 * by `maxUntil`, each ranked red/yellow/green in SQL; index range scans, nothing is read twice.
 */
function ranked(b: LightBounds, f: LightFilter): RawBuilder<RankedRow> {
  const rank = (due: RawBuilder<unknown>, version: RawBuilder<unknown>) => rankOf(b, due, version)
  const where = (dept: RawBuilder<unknown>, window: RawBuilder<unknown>) => filterSql(f, dept, window)
  const c = (col: string) => sql.ref(`c.${col}`)
  const t = (col: string) => sql.ref(`t.${col}`)
  const cases = sql`select ${c('id')} as case_id, 'case' as what, ${c('department_id')} as department_id, ${c('window_id')} as window_id, ${c('due_on')} as due_on, ${rank(c('due_on'), c('matter_version_id'))} as rank
    from cases c where ${c('status')} = 'in_progress' and ${c('due_on')} <= ${b.maxUntil} ${where(c('department_id'), c('window_id'))}`
  const intakes = sql`select ${c('id')}, 'intake', ${c('department_id')}, ${c('window_id')}, ${c('intake_due_on')}, ${rank(c('intake_due_on'), c('matter_version_id'))}
    from cases c where ${c('status')} = 'received' and ${c('intake_due_on')} <= ${b.maxUntil} ${where(c('department_id'), c('window_id'))}`
  // tasks first (few rows from their (status, due_on) index), then their case by id
  const tasks = sql`select ${t('case_id')}, 'task', ${t('holder_department_id')}, ${c('window_id')}, ${t('due_on')}, ${rank(t('due_on'), c('matter_version_id'))}
    from case_tasks t cross join cases c where ${c('id')} = ${t('case_id')} and ${t('status')} = 'open' and ${t('due_on')} <= ${b.maxUntil} and ${c('status')} = 'in_progress' ${where(t('holder_department_id'), c('window_id'))}`
  return f.withoutTasks
    ? sql<RankedRow>`${cases} union all ${intakes}`
    : sql<RankedRow>`${cases} union all ${intakes} union all ${tasks}`
}

/** Cases by their worst running light (2 red, 1 yellow); per department of the case with `withoutTasks`. */
export async function worstCounts(
  db: Executor,
  b: LightBounds,
  f: LightFilter,
): Promise<Array<{ rank: number; departmentId: string | null; n: number }>> {
  if (isWholeCase(f)) {
    const stored = await sql<{
      r: number
      n: number
    }>`select r, count(*) as n from (${worstStored(b, f)}) w where r > 0 group by r`.execute(db)
    return stored.rows.map((r) => ({ rank: Number(r.r), departmentId: null, n: Number(r.n) }))
  }
  const rows = f.withoutTasks
    ? await sql<{
        r: number
        department_id: string
        n: number
      }>`select r, department_id, count(*) as n from (select case_id, department_id, max(rank) as r from (${ranked(b, f)}) u where rank > 0 group by case_id, department_id) w group by r, department_id`.execute(
        db,
      )
    : await sql<{
        r: number
        department_id: null
        n: number
      }>`select r, null as department_id, count(*) as n from (select case_id, max(rank) as r from (${ranked(b, f)}) u where rank > 0 group by case_id) w group by r`.execute(
        db,
      )
  return rows.rows.map((r) => ({ rank: Number(r.r), departmentId: r.department_id, n: Number(r.n) }))
}

/** Cases whose worst running light is `rank`, most overdue first: the first `limit`, and how many there are. */
export async function worstPage(
  db: Executor,
  b: LightBounds,
  f: LightFilter,
  rank: number,
  limit: number,
): Promise<{ total: number; ids: Array<{ caseId: string; dueOn: string }> }> {
  if (isWholeCase(f)) {
    // the range of the stored date in index order: the page stops at its last row
    const range = sql`select * from (${worstStored(b, f, rank === 2 ? 'red' : 'yellow')}) w where r = ${rank}`
    const page = await sql<{
      case_id: string
      due_on: string
    }>`select case_id, due_on from (${range}) p order by due_on, case_id limit ${limit}`.execute(db)
    const total = await sql<{ n: number }>`select count(*) as n from (${range}) p`.execute(db)
    return {
      total: Number(total.rows[0]?.n ?? 0),
      ids: page.rows.map((r) => ({ caseId: r.case_id, dueOn: r.due_on })),
    }
  }
  const worst = sql`select case_id, min(due_on) as due_on from (${ranked(b, f)}) u where rank > 0 group by case_id having max(rank) = ${rank}`
  // one pass: the window count is taken before the limit
  const page = await sql<{
    case_id: string
    due_on: string
    total: number
  }>`select case_id, due_on, count(*) over () as total from (${worst}) w order by due_on, case_id limit ${limit}`.execute(
    db,
  )
  const total = page.rows.length
    ? Number(page.rows[0]!.total)
    : limit === 0
      ? 0
      : Number((await sql<{ n: number }>`select count(*) as n from (${worst}) w`.execute(db)).rows[0]?.n ?? 0)
  return { total, ids: page.rows.map((r) => ({ caseId: r.case_id, dueOn: r.due_on })) }
}

/**
 * Cases by their earliest running deadline (`cases.light_due_on`, migration 0013), ranked like
 * `ranked`: a case's worst light is the light of its earliest deadline. Red only reads the range
 * before today, yellow the range from today; both from the partial index in due order.
 */
function worstStored(
  b: LightBounds,
  f: LightFilter,
  only?: 'red' | 'yellow',
): RawBuilder<{ case_id: string; due_on: string; r: number }> {
  const due = sql.ref('light_due_on')
  const range =
    only === 'red'
      ? sql`${due} < ${b.today}`
      : only === 'yellow'
        ? sql`${due} >= ${b.today} and ${due} <= ${b.maxUntil}`
        : sql`${due} <= ${b.maxUntil}`
  const window = f.windowId ? sql`and window_id = ${f.windowId}` : sql``
  return sql`select id as case_id, ${due} as due_on, ${rankOf(b, due, sql.ref('matter_version_id'))} as r from cases where ${range} ${window}`
}

/** The red and yellow running deadlines of some cases (to tell which one is the worst). */
export async function rankedOf(
  db: Executor,
  b: LightBounds,
  f: LightFilter,
  caseIds: string[],
): Promise<RankedRow[]> {
  if (caseIds.length === 0) return []
  const rows = await sql<{
    case_id: string
    what: RankedRow['what']
    department_id: string
    window_id: string | null
    due_on: string
    rank: number
  }>`select * from (${ranked(b, f)}) u where rank > 0 and case_id in (${sql.join(caseIds)})`.execute(db)
  return rows.rows.map((r) => ({
    caseId: r.case_id,
    what: r.what,
    departmentId: r.department_id,
    windowId: r.window_id,
    dueOn: r.due_on,
    rank: Number(r.rank),
  }))
}

export async function runningPauseStarts(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('case_pauses')
    .select('from_on')
    .distinct()
    .where('to_on', 'is', null)
    .execute()
  return rows.map((r) => r.from_on)
}

/**
 * What a reading of the stopped clocks needs besides their due dates and pauses: the matter
 * type (only when some type has its own yellow days: otherwise '' and the default applies) and
 * the case's window (only for a list filtered by window: otherwise null). Each one left out is
 * a lookup per row left out.
 */
export interface PausedNeeds {
  type: boolean
  window: boolean
}

const everything: PausedNeeds = { type: true, window: true }

interface PausedRow {
  id: string
  case_id: string
  department_id: string
  window_id: string | null
  due_on: string | null
  type: string
  from_on: string
}

/** Each row of a reading of the stopped clocks: within the bound, or without a stored due date. */
async function pausedRows(
  db: Executor,
  statement: (where: RawBuilder<unknown>) => RawBuilder<PausedRow>,
  due: RawBuilder<unknown>,
  bound?: PausedBound,
): Promise<PausedRow[]> {
  if (!bound) return (await statement(sql`1 = 1`).execute(db)).rows
  if (bound.length === 0) return []
  return (
    await sql<PausedRow>`${statement(dueBefore(due, bound))} union all ${statement(sql`${due} is null`)}`.execute(
      db,
    )
  ).rows
}

const pausedStatuses = sql.join([...PAUSED_STATUSES])

/**
 * Paused cases (补正 during processing, 特别程序) with their stored due date and the running pause's
 * first day. With a bound, only those that can be yellow or red: due before the first green day
 * counted from their pause's first day (`dueBefore` per first day; a due date is never read twice).
 */
export async function pausedCases(
  db: Executor,
  bound?: PausedBound,
  needs: PausedNeeds = everything,
): Promise<Array<DueRow & { pausedFrom: string }>> {
  // cross joins keep SQLite's order: the cases' covering index first (it holds the window), then
  // their running pause (and the matter version's type when asked)
  const type = needs.type ? sql`mv.type` : sql`''`
  const version = needs.type
    ? sql`inner join (${matterVersionTerms(db)}) mv on mv.id = c.matter_version_id`
    : sql``
  const statement = (where: RawBuilder<unknown>) =>
    sql<PausedRow>`select c.id as id, c.id as case_id, c.department_id as department_id, c.window_id as window_id, c.due_on as due_on, ${type} as type, p.from_on as from_on
      from cases c cross join case_pauses p ${version}
      where p.case_id = c.id and c.status in (${pausedStatuses}) and p.to_on is null and ${where}`
  const rows = await pausedRows(db, statement, sql.ref('c.due_on'), bound)
  return rows.map((r) => ({
    caseId: r.id,
    subjectId: r.id,
    departmentId: r.department_id,
    windowId: r.window_id,
    matterType: r.type,
    dueOn: r.due_on ?? r.from_on,
    pausedFrom: r.from_on,
  }))
}

/** Open tasks of paused cases (their stored case status), with the running pause's first day; a bound as for the cases. */
export async function pausedTasks(
  db: Executor,
  bound?: PausedBound,
  needs: PausedNeeds = everything,
): Promise<Array<DueRow & { pausedFrom: string }>> {
  // the tasks' covering index first, then the running pause, and the case by id only for its
  // window or its matter version's type (cross joins keep SQLite's order)
  const withCase = needs.type || needs.window
  const type = needs.type ? sql`mv.type` : sql`''`
  const window = withCase ? sql`c.window_id` : sql`null`
  const joins = sql.join(
    [
      ...(withCase ? [sql`cross join cases c`] : []),
      ...(needs.type ? [sql`inner join (${matterVersionTerms(db)}) mv on mv.id = c.matter_version_id`] : []),
    ],
    sql` `,
  )
  const byCase = withCase ? sql`and c.id = t.case_id` : sql``
  const statement = (where: RawBuilder<unknown>) =>
    sql<PausedRow>`select t.id as id, t.case_id as case_id, t.holder_department_id as department_id, ${window} as window_id, t.due_on as due_on, ${type} as type, p.from_on as from_on
      from case_tasks t cross join case_pauses p ${joins}
      where p.case_id = t.case_id ${byCase} and t.case_status in (${pausedStatuses}) and p.to_on is null and ${where}`
  const rows = await pausedRows(db, statement, sql.ref('t.due_on'), bound)
  return rows.map((r) => ({
    caseId: r.case_id,
    subjectId: r.id,
    departmentId: r.department_id,
    windowId: r.window_id,
    matterType: r.type,
    dueOn: r.due_on ?? r.from_on,
    pausedFrom: r.from_on,
  }))
}

const nonEmpty = (ids: string[]) => (ids.length ? ids : ['-'])

/** For each first day of a running pause, the first due date whose stopped clock is green for every type. */
export type PausedBound = ReadonlyArray<{ from: string; dueBefore: string }>

/** `due` before its pause's bound: a range of the index up to the latest bound, then the bound of the row's pause. */
function dueBefore(due: RawBuilder<unknown>, bound: PausedBound): RawBuilder<boolean> {
  const latest = bound.reduce((m, b) => (b.dueBefore > m ? b.dueBefore : m), bound[0]!.dueBefore)
  const perStart = sql.join(
    bound.map((b) => sql`when ${b.from} then ${b.dueBefore}`),
    sql` `,
  )
  return sql<boolean>`${due} < ${latest} and ${due} < case ${sql.ref('p.from_on')} ${perStart} end`
}

/** The viewer's departments and a list's filters, as `and …` terms on a row's department and window. */
function filterSql(
  f: LightFilter,
  dept: RawBuilder<unknown>,
  window: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const parts: Array<RawBuilder<unknown>> = []
  if (f.scope !== 'all') parts.push(sql`and ${dept} in (${sql.join(nonEmpty(f.scope))})`)
  if (f.departmentId) parts.push(sql`and ${dept} = ${f.departmentId}`)
  if (f.windowId) parts.push(sql`and ${window} = ${f.windowId}`)
  return sql.join(parts, sql` `)
}

/** A running deadline's rank against the bounds: 2 red, 1 yellow (by its matter version's type), 0 green. */
function rankOf(b: LightBounds, due: RawBuilder<unknown>, version: RawBuilder<unknown>): RawBuilder<number> {
  return b.byVersion.length === 0
    ? sql<number>`case when ${due} < ${b.today} then 2 when ${due} <= ${b.defaultUntil} then 1 else 0 end`
    : sql<number>`case when ${due} < ${b.today} then 2 ${sql.join(
        b.byVersion.map(
          (v) =>
            sql`when ${version} in (${sql.join(v.versionIds)}) then case when ${due} <= ${v.until} then 1 else 0 end`,
        ),
        sql` `,
      )} when ${due} <= ${b.defaultUntil} then 1 else 0 end`
}

/**
 * Every deadline of a case counts (no department narrows them: a task counts for its holder's
 * department), so the case's stored earliest running deadline answers for its worst light.
 */
const isWholeCase = (f: LightFilter) => f.scope === 'all' && !f.departmentId && !f.withoutTasks
