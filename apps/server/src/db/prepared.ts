import { CompiledQuery, type Compilable, type QueryResult, type RawBuilder } from 'kysely'
import type { Executor } from './database'

/** Stands for a named parameter while the query is built and compiled once. */
class Placeholder {
  constructor(readonly name: string) {}
}

type Slot = { name: string } | { value: unknown }

/**
 * A Kysely query whose shape is fixed and whose values are named parameters, built and compiled
 * once per database kind and then run with new values through Kysely's own executor (its
 * connection, its plugins, the driver's prepared-statement cache). Building and compiling a
 * query tree costs about as much as running a small statement on SQLite; the hot statements of
 * case actions (find a case, its parts, the lights' refresh, a row insert) run thousands of
 * times with the same shape.
 *
 * `build` receives the executor and an object of placeholders with the parameters' names; it
 * may use them wherever Kysely takes a value (where, values, set, sql``), never as a list or to
 * choose the shape. The SQL text and where each parameter goes come from Kysely's compile.
 */
export function prepared<P extends object, R>(
  build: (db: Executor, params: Readonly<P>) => Compilable<R> | RawBuilder<R>,
): (db: Executor, params: P) => Promise<QueryResult<R>> {
  // per adapter (a database and its transactions share it), per set of parameter names: a
  // statement that sets the columns it is given has one shape per set of columns
  const compiled = new WeakMap<object, Map<string, { sql: string; slots: Slot[] }>>()
  const compile = (db: Executor, params: P) =>
    // a query builder compiles itself; an sql`` fragment compiles with the executor given
    (build(db, params) as { compile(db: Executor): CompiledQuery<R> }).compile(db)
  return async (db, params) => {
    const given = params as Record<string, unknown>
    const names = Object.keys(given)
    // an undefined value: Kysely leaves the column out; built for this call only
    if (names.some((k) => given[k] === undefined)) return db.executeQuery(compile(db, params))
    const adapter = db.getExecutor().adapter
    let shapes = compiled.get(adapter)
    if (!shapes) compiled.set(adapter, (shapes = new Map<string, { sql: string; slots: Slot[] }>()))
    const key = names.join(',')
    let c = shapes.get(key)
    if (!c) {
      const placeholders = Object.fromEntries(names.map((k) => [k, new Placeholder(k)]))
      const query = compile(db, placeholders as unknown as P)
      c = {
        sql: query.sql,
        slots: query.parameters.map((v) => (v instanceof Placeholder ? { name: v.name } : { value: v })),
      }
      if (shapes.size < MAX_SHAPES) shapes.set(key, c)
    }
    const values = c.slots.map((s) => ('name' in s ? given[s.name] : s.value))
    return db.executeQuery<R>(CompiledQuery.raw(c.sql, values))
  }
}

const MAX_SHAPES = 64
