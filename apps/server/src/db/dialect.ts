import { sql, type Kysely, type ColumnDefinitionBuilder, type Transaction, PostgresAdapter } from 'kysely'
import { COMMIT_SIGNAL } from './commit-signal'
import type { DialectName } from './database'

/** Every difference between SQLite and PostgreSQL lives in this file. */

export function dialectOf(db: Kysely<unknown>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

/** A unique-constraint violation, from either driver. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false
  const e = err as { code?: unknown }
  return (
    e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  )
}

/** An ordered integer key: identity on PostgreSQL (autoIncrement() emits invalid SQL there). */
export function serialPrimaryKey(dialect: DialectName) {
  return (col: ColumnDefinitionBuilder) =>
    dialect === 'postgres'
      ? col.primaryKey().generatedByDefaultAsIdentity()
      : col.primaryKey().autoIncrement()
}

/** The integer type for ordered keys: bigint on PostgreSQL, integer (64-bit) on SQLite. */
export const serialType = (dialect: DialectName) => (dialect === 'postgres' ? 'bigint' : 'integer')

/** Row-locking suffix for claim queries: several instances share work on PostgreSQL. */
export const skipLocked = (dialect: DialectName) =>
  dialect === 'postgres' ? sql`for update skip locked` : sql``

/**
 * Adds FOR UPDATE where instances share rows (PostgreSQL); SQLite has one writer at a time, so
 * a read in its transaction already holds what it read.
 */
export function forUpdate<Q extends { forUpdate(): Q }>(query: Q, db: Kysely<any>): Q {
  return dialectOf(db) === 'postgres' ? query.forUpdate() : query
}

/**
 * Whether counters (case and bundle numbers) are taken in their own statement before the
 * transaction that uses them: PostgreSQL, where instances share the counter row and taking it
 * inside a long transaction would lock the row for that whole transaction. SQLite has one
 * writer at a time: taken inside the transaction, numbers stay gapless at no cost.
 */
export const countersAhead = (db: Kysely<any>): boolean => dialectOf(db) === 'postgres'

/**
 * PostgreSQL: `count` values of a database sequence kept per counter and day (`name` ends with
 * the day, yyyymmdd), created on first use to start after `startAfter()` (a counter row kept
 * before). `nextval` takes no row lock and waits for no commit, so case creations on several
 * instances never queue for their numbers. Values are unique and increase; they may skip: a
 * value whose case transaction fails is not given back, and after a crash PostgreSQL resumes a
 * sequence up to 32 values on (numbers are for lookup, receipts and the register; nothing counts
 * on them being contiguous). Creating a day's sequence retires those of the same counter two
 * days old or more: `retire` keeps each one's last value (in the counter row), then it is
 * dropped, so a clock set back to that day goes on after it.
 */
export async function dailySequenceValues(
  db: Kysely<any>,
  name: string,
  count: number,
  counter: {
    /** where a new sequence starts after (0: at 1) */
    startAfter: () => Promise<number>
    /** keeps a sequence's last value before it is dropped */
    retire: (name: string, lastValue: number) => Promise<void>
  },
): Promise<number[]> {
  const m = /^([a-z][a-z0-9_]*?)(\d{8})$/.exec(name)
  if (!m || name.length > 63) throw new Error(`bad sequence name ${name}`)
  // the name and the count as parameters: one statement text for every day (named once)
  const take = async () =>
    (
      await sql<{
        v: string
      }>`select nextval(${name}::regclass) as v from generate_series(1, ${count}::int)`.execute(db)
    ).rows.map((r) => Number(r.v))
  try {
    return await take()
  } catch (err) {
    if ((err as { code?: string }).code !== '42P01') throw err
  }
  const start = (await counter.startAfter()) + 1
  try {
    await sql`create sequence if not exists ${sql.id(name)} start with ${sql.lit(start)}`.execute(db)
  } catch (err) {
    // another instance created it at the same moment
    if (!['23505', '42P07'].includes((err as { code?: string }).code ?? '')) throw err
  }
  const [, stem, day] = m as unknown as [string, string, string]
  const old = await sql<{ name: string }>`select relname as name from pg_class
    where relkind = 'S' and relnamespace = current_schema()::regnamespace
      and relname like ${stem.replaceAll('_', '\\_') + '%'}`.execute(db)
  const cutoff = new Date(Date.UTC(+day.slice(0, 4), +day.slice(4, 6) - 1, +day.slice(6) - 2))
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '')
  for (const { name: other } of old.rows) {
    const d = /(\d{8})$/.exec(other)?.[1]
    if (!d || other.length !== name.length || other.slice(0, -8) !== stem || d > cutoff) continue
    const last = (
      await sql<{
        last_value: string
        is_called: boolean
      }>`select last_value, is_called from ${sql.id(other)}`.execute(db)
    ).rows[0]!
    await counter.retire(other, Number(last.last_value) - (last.is_called ? 0 : 1))
    await sql`drop sequence if exists ${sql.id(other)}`.execute(db)
  }
  return take()
}

/**
 * Whether a query may join each row to a subquery over it (LATERAL): PostgreSQL; SQLite has no
 * LATERAL (a query there reads such a join as one subquery per row, in a UNION ALL).
 */
export const lateralJoins = (db: Kysely<any>): boolean => dialectOf(db) === 'postgres'

/**
 * FOR UPDATE SKIP LOCKED where instances share rows (PostgreSQL): rows another transaction holds
 * are left out rather than waited for. SQLite has one writer at a time: the read is enough.
 */
export function forUpdateSkipLocked<Q extends { forUpdate(): Q; skipLocked(): Q }>(
  query: Q,
  db: Kysely<any>,
): Q {
  return dialectOf(db) === 'postgres' ? query.forUpdate().skipLocked() : query
}

/** Locks one row by id until the transaction ends (PostgreSQL); nothing to do on SQLite. */
export async function lockRow(tx: Kysely<any>, table: string, id: string): Promise<void> {
  if (dialectOf(tx) !== 'postgres') return
  await sql`select id from ${sql.table(table)} where id = ${id} for update`.execute(tx)
}

/**
 * Runs `fn` under a lock named `name` held across transactions (PostgreSQL: a session advisory
 * lock on one pinned connection, per schema; the rest of the pool serves `fn` meanwhile). SQLite
 * serves one process: `fn` runs as is.
 */
export async function withNamedLock<T>(db: Kysely<any>, name: string, fn: () => Promise<T>): Promise<T> {
  if (dialectOf(db) !== 'postgres') return fn()
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext(${name}::text || current_schema()))`.execute(conn)
    try {
      return await fn()
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}::text || current_schema()))`.execute(conn)
    }
  })
}

/**
 * The ordered event log (realtime_events) across instances, without a global lock.
 *
 * PostgreSQL: a writer takes its sequence number and, in the same statement, a
 * transaction-scoped advisory lock keyed by that number (per schema); the lock is released when
 * its transaction commits or rolls back. Writers never wait for each other. A reader that sees
 * a gap (a number below a visible one that is not visible itself) asks whether the number's
 * lock is still held: held → its writer is still running, the reader waits (it must not skip an
 * event that commits late); free and still invisible → the writer rolled back (after a short
 * grace that covers the instant between taking the number and its lock), and the number is
 * skipped. Readers only advance to the highest number below which every number is visible or
 * abandoned (the watermark). The insert carries COMMIT_SIGNAL: after the commit, database.ts
 * tells this instance, which wakes its reader and NOTIFYs the others (a NOTIFY inside the
 * writer's transaction would take PostgreSQL's global notify lock until after its commit,
 * serialising the commits of every publishing transaction).
 *
 * SQLite (one process, one writer at a time): numbers become visible in order; a gap can only be
 * a rolled-back insert, skipped at once; the writer wakes its own reader when the transaction ends.
 */
export function eventLog(db: Kysely<any>, channel: string) {
  const postgres = dialectOf(db) === 'postgres'
  const key1 = sql`(hashtext('yimin.realtime:' || current_schema()) & 2147483647)`
  const key2 = (seq: unknown) => sql`(${seq} % 2147483647)::int`
  return {
    /** whether readers should LISTEN for NOTIFY */
    listens: postgres,
    /** how long an invisible, unlocked number waits before it counts as rolled back */
    gapGraceMs: postgres ? 250 : 0,
    /** Writes events in this order, each with its own number (one statement however many). */
    async insert(
      tx: Kysely<any>,
      rows: ReadonlyArray<{ channel: string; type: string; payload: string; created_at: string }>,
      wakeLocal: () => void,
    ): Promise<void> {
      if (rows.length === 0) return
      if (!postgres) {
        // one writer: the rows take their numbers in the order given
        await tx
          .insertInto('realtime_events')
          .values([...rows])
          .execute()
        // Kysely serialises SQLite access: the woken read runs after the transaction ends
        setImmediate(wakeLocal)
        return
      }
      if (rows.length === 1) {
        const row = rows[0]!
        await sql`${sql.raw(COMMIT_SIGNAL)} with n as (
          select nextval(pg_get_serial_sequence('realtime_events', 'seq')) as seq
        ), l as (
          select pg_advisory_xact_lock(${key1}, ${key2(sql.ref('n.seq'))}) from n
        )
        insert into realtime_events (seq, channel, type, payload, created_at)
        select n.seq, ${row.channel}, ${row.type}, ${row.payload}, ${row.created_at} from n, l`.execute(tx)
        return
      }
      // several: numbers taken in the rows' order (the arrays' ordinality), each number's lock
      // taken by the outer select (every row of it is read), the rows written by the CTE
      const col = (k: 'channel' | 'type' | 'payload' | 'created_at') => rows.map((r) => r[k])
      await sql`${sql.raw(COMMIT_SIGNAL)} with v as (
          select * from unnest(${col('channel')}::text[], ${col('type')}::text[],
            ${col('payload')}::text[], ${col('created_at')}::text[])
            with ordinality as v(channel, type, payload, created_at, ord)
        ), n as (
          select nextval(pg_get_serial_sequence('realtime_events', 'seq')) as seq, o.*
          from (select * from v order by ord) o
        ), i as (
          insert into realtime_events (seq, channel, type, payload, created_at)
          select seq, channel, type, payload, created_at from n
        )
        select pg_advisory_xact_lock(${key1}, ${key2(sql.ref('n.seq'))}) from n`.execute(tx)
    },
    /** Of these numbers, those whose writer is still running (their transaction holds the lock). */
    async running(reader: Kysely<any>, seqs: number[]): Promise<Set<number>> {
      if (!postgres || seqs.length === 0) return new Set()
      const { rows } = await sql<{ seq: number; free: boolean }>`
        select s as seq, pg_try_advisory_xact_lock_shared(${key1}, ${key2(sql.ref('s'))}) as free
        from unnest(${seqs}::bigint[]) as s`.execute(reader)
      return new Set(rows.filter((r) => !r.free).map((r) => Number(r.seq)))
    },
    /** The lowest number whose writer is still running (where a starting reader must stop), or null. */
    async lowestRunning(reader: Kysely<any>): Promise<number | null> {
      if (!postgres) return null
      const { rows } = await sql<{ low: number | null }>`
        select min(objid::bigint) as low from pg_locks
        where locktype = 'advisory' and objsubid = 2 and classid::bigint = ${key1}`.execute(reader)
      return rows[0]?.low == null ? null : Number(rows[0].low)
    },
    /** Wakes the other instances' readers (after a commit; see COMMIT_SIGNAL). */
    async notify(reader: Kysely<any>): Promise<void> {
      if (postgres) await sql`select pg_notify(${channel}, '')`.execute(reader)
    },
  }
}

/**
 * PostgreSQL's `synchronous_commit` for this instance's connections: with it off, a commit is
 * acknowledged before its WAL reaches the disk, and a server crash can lose acknowledged cases.
 * Returns a warning to log at start, or null when commits are durable (and always on SQLite).
 */
export async function durabilityWarning(db: Kysely<any>): Promise<string | null> {
  // SQLite's durability is the PRAGMA synchronous the database was opened with (SQLITE_SYNCHRONOUS)
  if (dialectOf(db) !== 'postgres') return null
  const { rows } = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(db)
  const value = rows[0]?.synchronous_commit ?? 'unknown'
  if (value !== 'off') return null
  return `PostgreSQL synchronous_commit is off: a database crash can lose commits the API already acknowledged. Set synchronous_commit = on (or remote_write/remote_apply with a standby).`
}

/** The FTS5 table of a gram column on SQLite (one per column: a table may index several). */
const ftsOf = (table: string, column: string) => `${table}_${column}_fts`

/**
 * A full-text index over a column of space-separated grams (trading/announcement-search.ts):
 * SQLite: an FTS5 table over the column (external content, kept by triggers); PostgreSQL: a
 * generated tsvector column ('simple' configuration: tokens as written) with a GIN index.
 */
export async function createGramIndex(db: Kysely<any>, table: string, column: string): Promise<void> {
  const t = sql.table(table)
  const c = sql.ref(column)
  if (dialectOf(db) === 'postgres') {
    await sql`alter table ${t} add column ${sql.ref(`${column}_tsv`)} tsvector
      generated always as (to_tsvector('simple', ${c})) stored`.execute(db)
    await sql`create index ${sql.ref(`${table}_${column}_tsv`)} on ${t} using gin (${sql.ref(`${column}_tsv`)})`.execute(
      db,
    )
    return
  }
  const name = ftsOf(table, column)
  const fts = sql.table(name)
  await sql`create virtual table ${fts} using fts5(${c}, content=${sql.lit(table)}, content_rowid='rowid',
    tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co'")`.execute(db)
  await sql`create trigger ${sql.ref(`${name}_insert`)} after insert on ${t} begin
    insert into ${fts} (rowid, ${c}) values (new.rowid, new.${c}); end`.execute(db)
  await sql`create trigger ${sql.ref(`${name}_delete`)} after delete on ${t} begin
    insert into ${fts} (${fts}, rowid, ${c}) values ('delete', old.rowid, old.${c}); end`.execute(db)
  await sql`create trigger ${sql.ref(`${name}_update`)} after update of ${c} on ${t} begin
    insert into ${fts} (${fts}, rowid, ${c}) values ('delete', old.rowid, old.${c});
    insert into ${fts} (rowid, ${c}) values (new.rowid, new.${c}); end`.execute(db)
  await sql`insert into ${fts} (${fts}) values ('rebuild')`.execute(db)
}

/**
 * Until migration 0042 the SQLite index of a table's one gram column was `<table>_fts`: this
 * drops it and builds the column's own (PostgreSQL's names always held the column). A database
 * migrated from scratch has the new name already and is left alone.
 */
export async function renameLegacyGramIndex(db: Kysely<any>, table: string, column: string): Promise<void> {
  if (dialectOf(db) === 'postgres') return
  const legacy = `${table}_fts`
  const { rows } =
    await sql`select name from sqlite_master where type = 'table' and name = ${legacy}`.execute(db)
  if (rows.length === 0) return
  for (const event of ['insert', 'delete', 'update'])
    await sql`drop trigger if exists ${sql.ref(`${legacy}_${event}`)}`.execute(db)
  await sql`drop table ${sql.table(legacy)}`.execute(db)
  await createGramIndex(db, table, column)
}

/**
 * A column in a condition no index may answer, so that a full-text match (`gramMatch`) drives the
 * query. SQLite keeps no statistics (no ANALYZE): it takes `status = ? and publish_at <= ?` on an
 * index for a few rows and, where every row is published, checks 100,000 of them against the
 * match (23 ms for a query matching one); its unary `+` leaves the column out of index choice.
 * PostgreSQL plans from its statistics: the column as is.
 */
export function unindexed(db: Kysely<any>, column: string) {
  return dialectOf(db) === 'postgres' ? sql.ref(column) : sql`+${sql.ref(column)}`
}

/**
 * The condition "every phrase occurs in the gram column" (phrases: grams that must be
 * consecutive), for a row of `table` in a query; uses the index of `createGramIndex`.
 */
export function gramMatch(db: Kysely<any>, table: string, column: string, phrases: string[][]) {
  if (dialectOf(db) === 'postgres') {
    const queries = phrases.map((p) => sql`phraseto_tsquery('simple', ${p.join(' ')})`)
    return sql<boolean>`${sql.ref(`${table}.${column}_tsv`)} @@ (${sql.join(queries, sql` && `)})`
  }
  // FTS5 query syntax: a quoted phrase per word (quotes doubled inside), implicitly ANDed
  const match = phrases.map((p) => `"${p.join(' ').replaceAll('"', '""')}"`).join(' ')
  const fts = sql.table(ftsOf(table, column))
  return sql<boolean>`${sql.ref(`${table}.rowid`)} in (select rowid from ${fts} where ${fts} match ${match})`
}

/**
 * Runs `fn` in a transaction that sees one snapshot of the database from its first statement to
 * its end (PostgreSQL: REPEATABLE READ; SQLite: every transaction does, and writers take turns).
 * A read of a maintained summary and its unfolded deltas must not see a fold in between. On
 * PostgreSQL a write of a row another transaction changed since the snapshot fails with a
 * serialization error (two folds dropping the same deltas): the whole of `fn` runs again, up to
 * three times.
 */
export async function inSnapshot<T>(db: Kysely<any>, fn: (tx: Transaction<any>) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().setIsolationLevel('repeatable read').execute(fn)
    } catch (err) {
      if (attempt >= 3 || (err as { code?: unknown }).code !== '40001') throw err
    }
  }
}
