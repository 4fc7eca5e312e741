import { sql, type RawBuilder } from 'kysely'
import type { Executor } from '../../db/database'
import { forUpdateSkipLocked } from '../../db/dialect'
import { prepared } from '../../db/prepared'
import type { CaseLightFact } from './cases.tables'

/** The open statuses (a case counts while in one of them). */
const OPEN = ['received', 'correction_requested', 'in_progress', 'supplement_requested', 'special_procedure']

/**
 * The facts a case contributes to the supervision counts (CaseLightFact), for one case or all:
 * one statement, the same on both databases: one case by id for a write, every case (null) for
 * a full recount. Migration 0045 fills the counts with a copy of this statement.
 */
function factsSql(caseId: string | null): RawBuilder<CaseLightFact> {
  const byCase = caseId === null ? sql`` : sql`and c.id = ${caseId}`
  const byTask = caseId === null ? sql`` : sql`and t.case_id = ${caseId}`
  const open = sql.join(OPEN.map((s) => sql.lit(s)))
  return sql<CaseLightFact>`
    select 'status' as kind, c.department_id as department_id, c.status as status, '' as due_on, '' as matter_type
      from cases c where c.status in (${open}) ${byCase}
    union all
    select 'deadline', c.department_id, c.status,
        case when c.status = 'received' then c.intake_due_on else c.due_on end, mv.type
      from cases c inner join matter_versions mv on mv.id = c.matter_version_id
      where ((c.status = 'in_progress' and c.due_on is not null) or (c.status = 'received' and c.intake_due_on is not null)) ${byCase}
    union all
    select 'worst', '', '', c.light_due_on, mv.type
      from cases c inner join matter_versions mv on mv.id = c.matter_version_id
      where c.light_due_on is not null ${byCase}
    union all
    select 'task', t.holder_department_id, coalesce(t.case_status, ''), coalesce(t.due_on, ''), mv.type
      from case_tasks t inner join cases c on c.id = t.case_id inner join matter_versions mv on mv.id = c.matter_version_id
      where t.status = 'open' ${byTask}`
}

const columns = sql.raw('kind, department_id, status, due_on, matter_type')

// every case write runs it twice: built and compiled once (db/prepared.ts)
const recordFacts = prepared(
  (_db, p: { caseId: string; sign: number }) =>
    sql`insert into case_light_deltas (${columns}, n)
      select ${columns}, ${p.sign} from (${factsSql(p.caseId)}) f`,
)

/** One group of the counts: a fact and how many cases (or tasks) have it. */
export interface LightCount extends CaseLightFact {
  n: number
}

/** A group of the counts with its deadline ranked against day bounds: 2 red, 1 yellow, 0 green or none. */
export interface RankedLightCount {
  kind: CaseLightFact['kind']
  department_id: string
  status: string
  rank: number
  n: number
}

/**
 * The day bounds a ranked read classifies the due dates by (supervision's lights): red before
 * `today`, yellow up to the last yellow day of the fact's matter type (`untilByType`, else
 * `defaultUntil`); no date ('') is no light.
 */
export interface RankBounds {
  today: string
  defaultUntil: string
  untilByType: ReadonlyMap<string, string>
}

const key = (f: CaseLightFact) =>
  `${f.kind}\u0000${f.department_id}\u0000${f.status}\u0000${f.due_on}\u0000${f.matter_type}`

/**
 * The supervision counts kept without a hot row (issue 20 point 4). Every write of a case or its
 * tasks inserts what it changed as delta rows (−1 for each fact before, +1 for each after, in
 * the write's transaction): writers only insert, so they never wait for each other. A job folds
 * the deltas into `case_light_counts` (one row per fact, deleting the deltas it folded, in one
 * transaction). A read takes the folded rows and the unfolded deltas in one statement (one
 * snapshot), so it is exact — never stale — and its cost is the number of distinct facts of the
 * open cases plus the deltas since the last fold, not the number of cases.
 *
 * Correctness under concurrency rests on the case's versioned update: every transaction that
 * writes a case or its tasks ends with the compare-and-set on the case row (CaseJournal), so of
 * two transactions that read the same "before" only one commits.
 */
export class LightCountsRepository {
  constructor(private readonly db: Executor) {}

  /** Records a case's facts as removed (before a write) or added (after it). */
  async record(tx: Executor, caseId: string, sign: 1 | -1): Promise<void> {
    await recordFacts(tx, { caseId, sign })
  }

  /** The counts now: folded rows plus the deltas not folded yet (one statement). */
  async read(tx: Executor = this.db): Promise<LightCount[]> {
    const r = await sql<LightCount>`select ${columns}, sum(n) as n from (
        select ${columns}, n from case_light_counts
        union all
        select ${columns}, n from case_light_deltas
      ) u group by ${columns} having sum(n) <> 0`.execute(tx)
    return r.rows.map((x) => ({ ...x, n: Number(x.n) }))
  }

  /**
   * The counts now with their due dates ranked in the database (one statement, one snapshot, like
   * `read`): one row per kind, department, status and light instead of one per due date, so the
   * reader does not build a row per day that a deadline falls on.
   */
  async readRanked(b: RankBounds, tx: Executor = this.db): Promise<RankedLightCount[]> {
    const until = b.untilByType.size
      ? sql`case matter_type ${sql.join(
          [...b.untilByType].map(([type, day]) => sql`when ${type} then ${day}`),
          sql` `,
        )} else ${b.defaultUntil} end`
      : sql`${b.defaultUntil}`
    const rank = sql`case when due_on = '' then 0 when due_on < ${b.today} then 2 when due_on <= ${until} then 1 else 0 end`
    const r = await sql<RankedLightCount>`select kind, department_id, status, r as rank, sum(n) as n from (
        select kind, department_id, status, ${rank} as r, n from (
          select ${columns}, n from case_light_counts
          union all
          select ${columns}, n from case_light_deltas
        ) u
      ) g group by kind, department_id, status, r having sum(n) <> 0`.execute(tx)
    return r.rows.map((x) => ({ ...x, rank: Number(x.rank), n: Number(x.n) }))
  }

  /** The counts recomputed from every case (tests, repair): what `read` must equal. */
  async recount(tx: Executor = this.db): Promise<LightCount[]> {
    const r = await sql<LightCount>`select ${columns}, count(*) as n from (${factsSql(null)}) f
      group by ${columns}`.execute(tx)
    return r.rows.map((x) => ({ ...x, n: Number(x.n) }))
  }

  /** Replaces the folded counts with a full recount and drops the deltas (after a bulk load). */
  async rebuild(): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('case_light_deltas').execute()
      await tx.deleteFrom('case_light_counts').execute()
      await sql`insert into case_light_counts (${columns}, n)
        select ${columns}, count(*) from (${factsSql(null)}) f group by ${columns}`.execute(tx)
    })
  }

  /**
   * Folds up to `limit` deltas, oldest first; returns how many. Deltas another fold holds are
   * skipped (PostgreSQL), and the counts are written in key order so two folds cannot deadlock.
   */
  async foldOnce(limit = 5000): Promise<number> {
    return this.db.transaction().execute(async (tx) => {
      const rows = await forUpdateSkipLocked(
        tx.selectFrom('case_light_deltas').selectAll().orderBy('id').limit(limit),
        tx,
      ).execute()
      if (rows.length === 0) return 0
      const sums = new Map<string, LightCount>()
      for (const r of rows) {
        const k = key(r)
        const s = sums.get(k)
        if (s) s.n += Number(r.n)
        else
          sums.set(k, {
            kind: r.kind,
            department_id: r.department_id,
            status: r.status,
            due_on: r.due_on,
            matter_type: r.matter_type,
            n: Number(r.n),
          })
      }
      const changed = [...sums.entries()]
        .filter(([, s]) => s.n !== 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      for (let i = 0; i < changed.length; i += 500) {
        await tx
          .insertInto('case_light_counts')
          .values(changed.slice(i, i + 500).map(([, s]) => s))
          .onConflict((oc) =>
            oc
              .columns(['kind', 'department_id', 'status', 'due_on', 'matter_type'])
              .doUpdateSet({ n: sql<number>`case_light_counts.n + excluded.n` }),
          )
          .execute()
      }
      const ids = rows.map((r) => r.id)
      for (let i = 0; i < ids.length; i += 1000)
        await tx
          .deleteFrom('case_light_deltas')
          .where('id', 'in', ids.slice(i, i + 1000))
          .execute()
      if (changed.length) await tx.deleteFrom('case_light_counts').where('n', '=', 0).execute()
      return rows.length
    })
  }

  /** Folds every delta there is now. */
  async fold(): Promise<number> {
    let total = 0
    for (;;) {
      const n = await this.foldOnce()
      total += n
      if (n < 5000) return total
    }
  }
}
