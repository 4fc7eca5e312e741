import { sql, type Kysely, type ColumnDefinitionBuilder, PostgresAdapter } from 'kysely'
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
 * How writers of an ordered event table signal readers. PostgreSQL: a writer takes a
 * transaction-scoped advisory lock before taking a sequence number (numbers become visible in
 * order) and NOTIFYs `channel` at commit; readers LISTEN. SQLite (one process): the writer wakes
 * its own reader once the transaction has ended.
 */
export function eventSignals(db: Kysely<any>, lockKey: number, channel: string) {
  const postgres = dialectOf(db) === 'postgres'
  return {
    /** whether readers should LISTEN for NOTIFY */
    listens: postgres,
    async beforeWrite(tx: Kysely<any>): Promise<void> {
      if (postgres) await sql`select pg_advisory_xact_lock(${lockKey})`.execute(tx)
    },
    async afterWrite(tx: Kysely<any>, wakeLocal: () => void): Promise<void> {
      if (postgres) await sql`select pg_notify(${channel}, '')`.execute(tx)
      // Kysely serialises SQLite access: the woken read runs after the transaction ends
      else setImmediate(wakeLocal)
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
