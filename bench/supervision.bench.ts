// Supervision benchmark (issues 8 and 20): for each size (default 100,000 and 1,000,000 cases
// over two years across the demo catalog, 5% open), timings of the dashboard's questions and of
// a full sweep, on SQLite and PostgreSQL (a fresh schema, dropped afterwards), then the sizes
// side by side (median and p95) so growth with history is visible. The overview and the
// departments table read the maintained counts (cases/light-counts.repository.ts); the period
// tables read the rollup, today's rows with the unfolded figure deltas (supervision/today-figures.ts).
// Targets: overview, departments and windows tables and the first page of red cases under 50 ms
// p95, a sweep under 5 s. Each question also prints this process's CPU per call (median): on
// SQLite the time the one event loop serves nobody else, a figure the machine's load moves less.
// Run: npx tsx bench/supervision.bench.ts   (SUP_SIZES=2000 for a smoke run; SUP_DB=sqlite|postgres|both)
// SUP_KEEP=<dir> keeps the generated data for reruns (SQLite: <dir>/<size>/yimin.db; PostgreSQL:
// schema bench_sup_keep_<size>): a rerun with the same SUP_KEEP skips seeding and generating.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import type { Principal } from '@yimin/shared'
import { loadConfig } from '../apps/server/src/config'
import { createContainer } from '../apps/server/src/container'
import { ManualClock } from '../apps/server/src/platform/clock'
import { seedDemo } from '../apps/server/src/seed/demo'
import { generateCases } from './supervision-data'

const sizes = (process.env.SUP_SIZES ?? process.env.SUP_N ?? '100000,1000000').split(',').map(Number)
const which = process.env.SUP_DB ?? 'both'
const PG_URL = process.env.YIMIN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const supervisor: Principal = {
  kind: 'staff',
  userId: 'bench',
  username: 'bench',
  displayName: 'bench',
  grants: [{ role: 'supervisor', departmentId: null }],
}

/** label → size → { median, p95, CPU median } in ms (what the side-by-side table prints) */
const results = new Map<string, Map<string, { median: number; p95: number; cpu: number }>>()

async function time<T>(label: string, runs: number, fn: () => Promise<T>, column: string): Promise<T> {
  let result: T | undefined
  const ms: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage()
    const t = performance.now()
    result = await fn()
    ms.push(performance.now() - t)
    const used = process.cpuUsage(c)
    cpu.push((used.user + used.system) / 1000)
  }
  ms.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  const median = ms[Math.floor(ms.length / 2)]!
  const p95 = ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)]!
  // this process's CPU (on SQLite every statement runs in it; PostgreSQL's share is its server's)
  const cpuMedian = cpu[Math.floor(cpu.length / 2)]!
  console.log(
    `  ${label.padEnd(44)} median ${median.toFixed(1).padStart(8)} ms   p95 ${p95.toFixed(1).padStart(8)} ms   CPU ${cpuMedian.toFixed(1).padStart(7)} ms   (${runs} runs)`,
  )
  const row = results.get(label) ?? new Map()
  row.set(column, { median, p95, cpu: cpuMedian })
  results.set(label, row)
  return result as T
}

const keep = process.env.SUP_KEEP ?? null

async function bench(kind: 'sqlite' | 'postgres', n: number) {
  const column = `${kind} ${n.toLocaleString('en')}`
  const dir = keep ? path.join(keep, String(n)) : fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-bench-sup-'))
  fs.mkdirSync(dir, { recursive: true })
  const schema = keep ? `bench_sup_keep_${n}` : `bench_sup_${process.pid}_${n}`
  const env: Record<string, string> = { DATA_DIR: dir, LOG_LEVEL: 'silent', WORKERS: 'false' }
  if (kind === 'postgres') Object.assign(env, { DATABASE_URL: PG_URL, PG_SCHEMA: schema })
  const clock = new ManualClock('2026-06-16T03:00:00.000Z')
  const c = await createContainer({ config: loadConfig(env), clock })
  try {
    console.log(`\n== ${kind}: ${n.toLocaleString('en')} cases`)
    let t = performance.now()
    const cal = await c.calendar.get()
    const today = c.calendar.today()
    const existing = Number(
      (
        await c.database.db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    )
    if (keep && existing > 0) {
      console.log(
        `  reusing ${existing.toLocaleString('en')} cases kept in ${kind === 'sqlite' ? dir : schema}`,
      )
    } else {
      await seedDemo(c)
      console.log(`  demo center seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`)
      const data = await generateCases(c, cal, n, today)
      console.log(
        `  generated ${data.cases.toLocaleString('en')} cases (${data.open.toLocaleString('en')} open), ${data.tasks.toLocaleString('en')} tasks, ${data.pauses} pauses in ${data.seconds} s (${data.indexSeconds} s of it indexing and deriving)`,
      )
    }
    // bulk-loaded rows: PostgreSQL's index-only scans need the visibility map that autovacuum keeps
    // on a live database (a fresh load has none until vacuumed); SQLite needs only the statistics
    if (kind === 'postgres')
      for (const table of ['cases', 'case_tasks', 'case_pauses', 'matter_versions'])
        await sql.raw(`vacuum analyze ${table}`).execute(c.database.db)
    else await sql`analyze`.execute(c.database.db)
    const s = c.supervision
    t = performance.now()
    const first = await s.sweep.run()
    console.log(
      `  first sweep (rollup backfill of two years)   ${(performance.now() - t).toFixed(0).padStart(8)} ms   ${first.evaluated} cases, ${first.findings} findings, ${first.created} alerts, ${first.rolledUpRows} rollup rows`,
    )
    const sweep = await time('full sweep (steady state)', 3, () => s.sweep.run(), column)
    console.log(
      `    → ${sweep.evaluated} cases evaluated, ${sweep.findings} findings, ${sweep.created} new alerts`,
    )
    const o = await time('overview', 20, () => s.dashboard.overview(supervisor), column)
    console.log(
      `    → received ${o.received}, accepted ${o.accepted}, completed ${o.completed} today; open ${o.open}, yellow ${o.yellow}, red ${o.red}`,
    )
    const red = await time(
      'first page of red cases',
      20,
      () => s.dashboard.lightCases(supervisor, { light: 'red', page: 1, pageSize: 20 }),
      column,
    )
    console.log(`    → ${red.total} red cases`)
    const period = s.dashboard.period({})
    await time(
      'per-department table (this month)',
      20,
      () => s.performance.departments(supervisor, period),
      column,
    )
    await time('per-window table (this month)', 20, () => s.performance.windows(supervisor, period), column)
    await time(
      'trend by month (two years)',
      5,
      () => s.performance.trends(supervisor, { from: '2024-06-16', to: today }, 'month'),
      column,
    )
    await time(
      'public performance (this year)',
      5,
      () => s.performance.publicPerformance({ from: '2026-01-01', to: today }),
      column,
    )
  } finally {
    await c.close()
    if (kind === 'postgres' && !keep) {
      const client = new pg.Client({ connectionString: PG_URL })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade`)
      await client.end()
    }
    if (!keep) fs.rmSync(dir, { recursive: true, force: true })
  }
}

const columns: string[] = []
for (const kind of ['sqlite', 'postgres'] as const) {
  if (which !== kind && which !== 'both') continue
  for (const n of sizes) {
    await bench(kind, n)
    columns.push(`${kind} ${n.toLocaleString('en')}`)
  }
}

// the sizes side by side: a question whose time grows with history shows it here
const cell = (v: { median: number; p95: number; cpu: number } | undefined) =>
  v ? `${v.median.toFixed(1)} / ${v.p95.toFixed(1)} / ${v.cpu.toFixed(1)}`.padStart(26) : ''.padStart(26)
console.log(
  `\n== side by side: median / p95 / this process's CPU median, ms (load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`,
)
console.log(`  ${''.padEnd(36)}${columns.map((c) => c.padStart(26)).join('')}`)
for (const [label, row] of results)
  console.log(`  ${label.padEnd(36)}${columns.map((c) => cell(row.get(c))).join('')}`)
