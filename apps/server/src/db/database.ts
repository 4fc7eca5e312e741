import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import {
  Kysely,
  PostgresDialect,
  PostgresDriver,
  type DatabaseConnection,
  type Driver,
  type PostgresDialectConfig,
  SqliteDialect,
  sql,
  type DatabaseIntrospector,
  type TableMetadata,
  type Transaction,
} from 'kysely'
import pg from 'pg'
import type { Config } from '../config'
import { COMMIT_SIGNAL } from './commit-signal'
import { startCheckpointer } from './sqlite-checkpointer'
import type { Tables } from './tables'

export type DialectName = 'sqlite' | 'postgres'
export type Db = Kysely<Tables>
/** What repository methods accept: the database or a transaction in progress. */
export type Executor = Kysely<Tables> | Transaction<Tables>

export interface Database {
  db: Db
  dialect: DialectName
  /** PostgreSQL only: the pool, for LISTEN and pg_dump-style tooling */
  pgPool: pg.Pool | null
  /** PostgreSQL only: the schema this instance works in (tests isolate by schema) */
  pgSchema: string | null
  sqlite: BetterSqlite3.Database | null
  /**
   * PostgreSQL: `listener` runs after each commit of a transaction that ran a statement marked
   * with COMMIT_SIGNAL (dialect.ts), and only then. SQLite: never (one process wakes itself).
   */
  onSignalledCommit(listener: () => void): void
  close(): Promise<void>
}

// int8 (count(*), sums, identity columns) as a JS number on pg, as on SQLite.
pg.types.setTypeParser(20, (v) => Number(v))

/** Opens the configured database; a PostgreSQL schema is created if missing. */
export async function openDatabase(config: Config['database']): Promise<Database> {
  if (config.kind === 'sqlite') return openSqlite(config.file, config.checkpoint, config.synchronous)
  return openPostgres(config.url, config.poolSize, config.schema)
}

function openSqlite(
  file: string,
  checkpoint: 'background' | 'inline' = 'background',
  synchronous: 'full' | 'normal' = 'normal',
): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new BetterSqlite3(file)
  sqlite.pragma('journal_mode = WAL')
  // WAL mode: NORMAL survives a killed process (kill -9) but a power cut or an OS crash may lose
  // the last commits (the WAL is fsynced only at checkpoints); FULL fsyncs the WAL at every commit,
  // so an acknowledged commit survives those too (README, "Durability").
  sqlite.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`)
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // 32 MB of page cache (the default 2 MB makes every write re-read index pages)
  sqlite.pragma('cache_size = -32000')
  // WAL checkpoints on a worker thread, not inside a request's commit (a memory database has no WAL)
  const cached = withStatementCache(sqlite)
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: cached }) })
  // when the WAL has grown under a writer that never paused: restart it once the connection is free
  const checkpointer =
    file === ':memory:' || checkpoint === 'inline'
      ? null
      : startCheckpointer(sqlite, file, () => restartWal(db))
  return {
    db,
    dialect: 'sqlite',
    pgPool: null,
    pgSchema: null,
    sqlite,
    onSignalledCommit: () => {},
    close: async () => {
      await checkpointer?.stop()
      await db.destroy()
    },
  }
}

/**
 * Restarts the WAL once the connection is free (no transaction in progress), without waiting:
 * when another process reads or writes, it gives up at once (busy) instead of holding the event
 * loop for the busy timeout. Returns SQLite's answer (busy 1: not restarted this time).
 */
export async function restartWal(db: Db): Promise<{ busy: number; log: number; checkpointed: number }> {
  return db.connection().execute(async (c) => {
    await sql`pragma busy_timeout = 0`.execute(c)
    try {
      const { rows } = await sql<{
        busy: number
        log: number
        checkpointed: number
      }>`pragma wal_checkpoint(RESTART)`.execute(c)
      return rows[0]!
    } finally {
      await sql`pragma busy_timeout = 5000`.execute(c)
    }
  })
}

/**
 * Kysely's PostgreSQL introspector (used by the migrator to see whether its own tables exist)
 * reads the catalog of every schema; while another schema on the server is being dropped (tests,
 * or a second center) that read can fail. Ours looks at the current schema only.
 */
class SchemaScopedPostgresDialect extends PostgresDialect {
  constructor(
    private readonly settings: PostgresDialectConfig,
    private readonly committed: () => void,
  ) {
    super(settings)
  }

  override createDriver(): Driver {
    return new SignallingPostgresDriver(this.settings, this.committed)
  }

  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    const base = super.createIntrospector(db)
    return {
      getSchemas: () => base.getSchemas(),
      getMetadata: async (options) => ({
        tables: await this.tables(db, options?.withInternalKyselyTables ?? false),
      }),
      getTables: (options) => this.tables(db, options?.withInternalKyselyTables ?? false),
    }
  }

  private async tables(db: Kysely<any>, withKyselyTables: boolean): Promise<TableMetadata[]> {
    const rows = await sql<{ name: string; schema: string; type: string }>`
      select table_name as name, table_schema as schema, table_type as type
      from information_schema.tables where table_schema = current_schema()`.execute(db)
    return rows.rows
      .filter((r) => withKyselyTables || !r.name.startsWith('kysely_'))
      .map((r) => ({ name: r.name, schema: r.schema, isView: r.type === 'VIEW', columns: [] }))
  }
}

/**
 * Tells when a transaction that ran a COMMIT_SIGNAL statement has committed: Kysely has no
 * after-commit hook, and what must follow a commit (waking the event readers) cannot run
 * inside it.
 */
class SignallingPostgresDriver extends PostgresDriver {
  private readonly watched = new WeakSet<DatabaseConnection>()
  private readonly signalled = new WeakSet<DatabaseConnection>()

  constructor(
    settings: PostgresDialectConfig,
    private readonly committed: () => void,
  ) {
    super(settings)
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection()
    if (!this.watched.has(connection)) {
      this.watched.add(connection)
      const execute = connection.executeQuery.bind(connection)
      connection.executeQuery = (query) => {
        if (query.sql.startsWith(COMMIT_SIGNAL)) this.signalled.add(connection)
        return execute(query)
      }
    }
    return connection
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.commitTransaction(connection)
    } catch (err) {
      this.signalled.delete(connection)
      throw err
    }
    if (this.signalled.delete(connection)) this.committed()
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.signalled.delete(connection)
    await super.rollbackTransaction(connection as never)
  }

  override async releaseConnection(connection: DatabaseConnection): Promise<void> {
    // a marked statement outside a transaction committed by itself
    if (this.signalled.delete(connection)) this.committed()
    await super.releaseConnection(connection as never)
  }
}

/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs about as much as
 * running a small statement. Statements are reusable, so keep the recent ones by their SQL.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, size = 500): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>()
  const prepare = sqlite.prepare.bind(sqlite)
  const cachedPrepare = (sql: string) => {
    let stmt = cache.get(sql)
    if (stmt) {
      // most recently used last
      cache.delete(sql)
    } else {
      stmt = prepare(sql)
      if (cache.size >= size) cache.delete(cache.keys().next().value as string)
    }
    cache.set(sql, stmt)
    return stmt
  }
  // native methods need the real database as `this`; each is bound once, not on every access
  const bound = new Map<PropertyKey, unknown>([['prepare', cachedPrepare]])
  return new Proxy(sqlite, {
    get(target, prop, receiver) {
      let value = bound.get(prop)
      if (value !== undefined) return value
      value = Reflect.get(target, prop, receiver) as unknown
      if (typeof value !== 'function') return value
      const fn = (value as (...a: unknown[]) => unknown).bind(target)
      bound.set(prop, fn)
      return fn
    },
  })
}

/**
 * node-postgres sends every statement unnamed, so PostgreSQL parses and plans it anew each time:
 * for the short statements of a case action that is most of the server's CPU (a case creation
 * 5.4 → 2.8 ms, an acceptance 8.7 → 3.4 ms of PostgreSQL CPU, bench/cases.bench.ts). Like the
 * SQLite statement cache above, each connection keeps the statements it runs again as named
 * (prepared) ones, by their SQL text as Kysely compiled it: a text seen a second time gets a
 * name; at most `size` per connection, the first come (hot statements come again at once; the
 * texts of a one-off, e.g. an `in` list of some length, are never named).
 *
 * A schema change can make a prepared `select *` fail once ("cached plan must not change result
 * type", 0A000, e.g. another instance migrated): that text then runs under a new name.
 */
export function withNamedStatements(client: pg.PoolClient, size = 200): void {
  const names = new Map<string, string>()
  const seen = new Set<string>()
  let next = 0
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<pg.QueryResult>
  const named = (text: string): string | null => {
    const name = names.get(text)
    if (name !== undefined) return name
    if (names.size >= size || !PREPARABLE.test(text)) return null
    if (!seen.has(text)) {
      if (seen.size >= 4 * size) seen.clear()
      seen.add(text)
      return null
    }
    seen.delete(text)
    const fresh = `yimin_${next++}`
    names.set(text, fresh)
    return fresh
  }
  // Kysely's PostgresConnection calls query(sql, parameters) and awaits the promise
  ;(client as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [text, values] = args
    const name = args.length === 2 && typeof text === 'string' && Array.isArray(values) ? named(text) : null
    if (name === null) return query(...args)
    return query({ name, text, values }).catch((err: unknown) => {
      if ((err as { code?: string }).code === '0A000') names.delete(text as string)
      throw err
    })
  }
}

const PREPARABLE = /^(select|insert|update|delete|with)\s/i

async function openPostgres(url: string, poolSize: number, schema: string | null): Promise<Database> {
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad schema name ${schema}`)
  if (schema) {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await client.query(`create schema if not exists ${schema}`)
    } finally {
      await client.end()
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  // An idle client's error (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {})
  pool.on('connect', (client) => withNamedStatements(client))
  const listeners: Array<() => void> = []
  const committed = () => {
    for (const l of listeners) l()
  }
  const db = new Kysely<Tables>({ dialect: new SchemaScopedPostgresDialect({ pool }, committed) })
  return {
    db,
    dialect: 'postgres',
    pgPool: pool,
    pgSchema: schema,
    sqlite: null,
    onSignalledCommit: (listener) => listeners.push(listener),
    close: async () => {
      await db.destroy()
    },
  }
}

/**
 * Kysely over one PostgreSQL connection its caller holds (taken from the pool and kept): its
 * queries never wait in the pool's queue behind requests. No transactions on it: statements of
 * concurrent callers share the connection one after another.
 */
export function onConnection(client: pg.PoolClient): Db {
  const connection = { query: client.query.bind(client), release: () => {} }
  const pool = { connect: async () => connection, end: async () => {} }
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) })
}

/** One round trip to the database (the health check). */
export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db)
}
