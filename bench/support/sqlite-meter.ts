// Where a SQLite workload's time goes: statements run, time inside better-sqlite3 (SQLite itself),
// and commits, with the slow ones (over 1 ms) apart: a commit that runs the WAL auto-checkpoint
// writes the pages back and fsyncs (10-100 ms here), an ordinary WAL commit takes ~0.15 ms; on a
// loaded machine a descheduled process also shows as a slow statement.
// Wraps the statement methods of the database's own prepared statements while `on` is set.
import type BetterSqlite3 from 'better-sqlite3'

export interface SqliteMeter {
  start(): void
  stop(): void
  /** per unit of work (e.g. per flow): statements, ms in SQLite, ms in commits, ms in slow commits */
  report(units: number): {
    statements: number
    sqliteMs: number
    commitMs: number
    slowCommitMs: number
    slowCommits: number
    top: Array<{ sql: string; perUnit: number; ms: number }>
  }
}

export function meterSqlite(db: BetterSqlite3.Database): SqliteMeter {
  const stats = new Map<string, { n: number; ms: number }>()
  const commits: number[] = []
  let on = false
  const proto = Object.getPrototypeOf(db.prepare('select 1')) as Record<string, (...a: unknown[]) => unknown>
  for (const m of ['run', 'all', 'get'] as const) {
    const orig = proto[m]!
    proto[m] = function (this: { source: string }, ...a: unknown[]) {
      if (!on) return orig.apply(this, a)
      const t = performance.now()
      const r = orig.apply(this, a)
      const d = performance.now() - t
      const key = this.source
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, Number(process.env.METER_WIDTH ?? 90))
      if (key === 'commit') commits.push(d)
      const e = stats.get(key) ?? { n: 0, ms: 0 }
      e.n++
      e.ms += d
      stats.set(key, e)
      return r
    }
  }
  return {
    start: () => {
      on = true
    },
    stop: () => {
      on = false
    },
    report(units) {
      const all = [...stats.entries()]
      const slow = commits.filter((c) => c > 1)
      return {
        statements: all.reduce((a, [, v]) => a + v.n, 0) / units,
        sqliteMs: all.reduce((a, [, v]) => a + v.ms, 0) / units,
        commitMs: commits.reduce((a, b) => a + b, 0) / units,
        slowCommitMs: slow.reduce((a, b) => a + b, 0) / units,
        slowCommits: slow.length / units,
        top: all
          .sort((x, y) => y[1].ms - x[1].ms)
          .slice(0, Number(process.env.METER_TOP ?? 8))
          .map(([sql, v]) => ({ sql, perUnit: v.n / units, ms: v.ms / units })),
      }
    },
  }
}
