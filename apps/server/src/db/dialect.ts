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
