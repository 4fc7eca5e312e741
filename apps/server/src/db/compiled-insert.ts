import { CompiledQuery, PostgresAdapter, type Insertable, type QueryResult } from 'kysely'
import { sqliteConnections, type Executor } from './database'
import type { Tables } from './tables'

// the SQL of each insert shape seen: dialect, table, row count and columns → statement text
const compiled = new Map<string, string>()

/**
 * Inserts rows into a table. The SQL of an insert depends only on the table, its columns and the
 * number of rows, and the hot paths (a case, its events, materials and tasks) always insert the
 * same shapes: Kysely builds the statement the first time (its query tree, frozen and compiled
 * per dialect), and later inserts of the shape run that text with the new values. Rows whose
 * keys differ, or with an undefined value (Kysely leaves such a column out), go through Kysely.
 */
export async function insertRows<T extends keyof Tables>(
  tx: Executor,
  table: T,
  rows: ReadonlyArray<Insertable<Tables[T]>>,
): Promise<void> {
  const first = rows[0]
  if (!first) return
  const columns = Object.keys(first)
  const parameters: unknown[] = []
  for (const row of rows) {
    const values = row as Record<string, unknown>
    if (Object.keys(values).length !== columns.length) return kyselyInsert(tx, table, rows)
    for (const c of columns) {
      const v = values[c]
      if (v === undefined) return kyselyInsert(tx, table, rows)
      parameters.push(v)
    }
  }
  const key = `${dialectKey(tx)} ${table} ${rows.length} ${columns.join(',')}`
  let text = compiled.get(key)
  if (text === undefined) {
    const query = tx.insertInto(table).values(rows).compile()
    // the statement takes its values in row order, each row's in the first row's key order
    if (query.parameters.length !== parameters.length || query.parameters.some((p, i) => p !== parameters[i]))
      return kyselyInsert(tx, table, rows)
    text = query.sql
    if (compiled.size < 200) compiled.set(key, text)
  }
  await run(tx, text, parameters)
}

/**
 * Runs a statement's text. In a transaction on SQLite it goes straight to the connection: the
 * transaction holds SQLite's one connection until it ends (other queries wait for it), and the
 * call is synchronous, so the statement is in this transaction; Kysely's pipeline (connection
 * provider, result mapping) is skipped. Elsewhere, through Kysely.
 */
async function run<R>(tx: Executor, text: string, parameters: readonly unknown[]): Promise<QueryResult<R>> {
  const sqlite = tx.isTransaction ? sqliteConnections.get(tx.getExecutor().adapter) : undefined
  if (!sqlite) return tx.executeQuery<R>(CompiledQuery.raw(text, [...parameters]))
  const stmt = sqlite.prepare(text)
  if (stmt.reader) return { rows: stmt.all(...parameters) as R[] }
  const r = stmt.run(...parameters)
  return { rows: [], numAffectedRows: BigInt(r.changes), insertId: BigInt(r.lastInsertRowid) }
}

async function kyselyInsert<T extends keyof Tables>(
  tx: Executor,
  table: T,
  rows: ReadonlyArray<Insertable<Tables[T]>>,
): Promise<void> {
  await tx.insertInto(table).values(rows).execute()
}

/**
 * Runs a statement whose SQL depends only on `shape` (e.g. an update of always the same
 * columns), built by `build` the first time and later run as that text with `parameters`; the
 * first build checks that its own parameters are these, in this order.
 */
export async function executeShaped<R>(
  tx: Executor,
  shape: string,
  build: () => CompiledQuery<R>,
  parameters: readonly unknown[],
): Promise<QueryResult<R>> {
  const key = `${dialectKey(tx)} ${shape}`
  const text = compiled.get(key)
  if (text !== undefined) return run<R>(tx, text, parameters)
  const query = build()
  if (
    query.parameters.length === parameters.length &&
    query.parameters.every((p, i) => p === parameters[i]) &&
    compiled.size < 200
  )
    compiled.set(key, query.sql)
  return tx.executeQuery(query)
}

const dialectKey = (tx: Executor) =>
  tx.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
