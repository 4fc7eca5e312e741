// Queue growth benchmark (issue 20): does a ticket issue or a call cost more as tickets pile up?
// One in-process instance, requests one at a time through app.inject, on a database holding
//   - waiting: N tickets waiting today (a queue that outgrew its windows, as in the scale-out bench),
//   - served:  100 waiting, N/2 served today and N/2 served over the 60 days before (history),
// for each N in SIZES, on SQLite and (when reachable) PostgreSQL, each on a fresh database. Prints
// the mean time per issue and per call-next + finish, and the statements that take the most time
// per request at the largest size: a statement whose time grows with N scans what grows.
// Run: npx tsx bench/queue-growth.bench.ts
//   (SIZES=1000,20000 ISSUES=200 CALLS=100 DBS=sqlite,postgres SCENARIOS=waiting,served;
//   KEEP_SCHEMA=1 keeps the PostgreSQL schemas, e.g. to EXPLAIN a statement there;
//   LIST=1 first lists every statement of one call-next and of one finish apart, with how many
//   times each runs per request: e.g. LIST=1 SIZES=200 CALLS=20 SCENARIOS=waiting)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import { buildApp } from '../apps/server/src/app'
import { loadConfig } from '../apps/server/src/config'
import { createContainer } from '../apps/server/src/container'
import { ManualClock } from '../apps/server/src/platform/clock'
import { createLogger } from '../apps/server/src/platform/logger'
import { newId, newSecret } from '../apps/server/src/platform/ids'
import type { QueueTicketsTable } from '../apps/server/src/modules/queue/queue.tables'
import { KIOSK, PASSWORD, seedBenchHall } from './support/bench-hall'
import { meterSqlite } from './support/sqlite-meter'

const SIZES = (process.env.SIZES ?? '1000,20000').split(',').map(Number)
const ISSUES = Number(process.env.ISSUES ?? 200)
const CALLS = Number(process.env.CALLS ?? 100)
const DBS = (process.env.DBS ?? 'sqlite,postgres').split(',') as Array<'sqlite' | 'postgres'>
const PG_URL = process.env.YIMIN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const SCENARIOS = (process.env.SCENARIOS ?? 'waiting,served').split(',') as Array<'waiting' | 'served'>
const TOP = Number(process.env.METER_TOP ?? 8)
// a Monday at 12:00 in Urumqi; the demo calendar makes it a working day
const START = '2026-03-02T04:00:00.000Z'
const TODAY = '2026-03-02'

/** Time spent in PostgreSQL per statement text (every pool client of this process). */
function meterPostgres() {
  const stats = new Map<string, { n: number; ms: number }>()
  let on = false
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown }
  const orig = proto.query
  proto.query = function (this: unknown, ...a: unknown[]) {
    const r = orig.apply(this, a)
    if (!on || !(r instanceof Promise)) return r
    const text = typeof a[0] === 'string' ? a[0] : ((a[0] as { text?: string })?.text ?? '')
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 110)
    const t = performance.now()
    const done = () => {
      const e = stats.get(key) ?? { n: 0, ms: 0 }
      e.n++
      e.ms += performance.now() - t
      stats.set(key, e)
    }
    r.then(done, done)
    return r
  }
  return {
    start: () => ((on = true), stats.clear()),
    stop: () => (on = false),
    statements: (units: number) => [...stats.values()].reduce((a, v) => a + v.n, 0) / units,
    top: (units: number) =>
      [...stats.entries()]
        .sort((x, y) => y[1].ms - x[1].ms)
        .slice(0, TOP)
        .map(([sql, v]) => ({ sql, perUnit: v.n / units, ms: v.ms / units })),
  }
}
const pgMeter = meterPostgres()

// LIST=1: every statement of a request, counted into the bucket of the request being listed
let bucket: Map<string, number> | null = null
const note = (text: string) => {
  if (!bucket) return
  const key = text
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, Number(process.env.METER_WIDTH ?? 160))
  bucket.set(key, (bucket.get(key) ?? 0) + 1)
}
if (process.env.LIST) {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown }
  const orig = proto.query
  proto.query = function (this: unknown, ...a: unknown[]) {
    note(typeof a[0] === 'string' ? a[0] : ((a[0] as { text?: string })?.text ?? ''))
    return orig.apply(this, a)
  }
}
let sqliteListed = false
function listSqlite(db: BetterSqlite3.Database) {
  if (sqliteListed) return
  sqliteListed = true
  const proto = Object.getPrototypeOf(db.prepare('select 1')) as Record<string, (...a: unknown[]) => unknown>
  for (const m of ['run', 'all', 'get'] as const) {
    const orig = proto[m]!
    proto[m] = function (this: { source: string }, ...a: unknown[]) {
      note(this.source)
      return orig.apply(this, a)
    }
  }
}
const printList = (label: string, b: Map<string, number>, units: number) => {
  const total = [...b.values()].reduce((x, y) => x + y, 0)
  console.log(`${label}: ${(total / units).toFixed(1)} statements per request`)
  for (const [k, v] of [...b.entries()].sort((x, y) => y[1] - x[1]))
    console.log(`  ×${(v / units).toFixed(2)}  ${k}`)
}

/** Bulk tickets straight into the table (the bench's data, not a path under test). */
async function fill(
  db: Awaited<ReturnType<typeof createContainer>>['database']['db'],
  categoryIds: string[],
  windowIds: string[],
  kind: 'waiting' | 'served',
  n: number,
) {
  const seqs = new Map<string, number>()
  const rows: QueueTicketsTable[] = []
  const day0 = Date.parse(`${TODAY}T00:00:00.000Z`)
  const ticket = (i: number, date: string, at: string, served: boolean): QueueTicketsTable => {
    const category_id = categoryIds[i % categoryIds.length]!
    const key = `${category_id}|${date}`
    const seq = (seqs.get(key) ?? 0) + 1
    seqs.set(key, seq)
    const done = new Date(Date.parse(at) + 300_000).toISOString()
    return {
      id: newId(),
      token: newSecret(),
      category_id,
      service_date: date,
      seq,
      number: `Q${String(seq).padStart(4, '0')}`,
      status: served ? 'done' : 'issued',
      source: 'kiosk',
      priority_group: i % 10 === 0 ? 'elderly' : 'normal',
      phone: null,
      id_hash: null,
      appointment_id: null,
      slot_id: null,
      issued_by: 'bench',
      arrived_at: at,
      issued_at: at,
      called_at: served ? at : null,
      started_at: served ? at : null,
      finished_at: served ? done : null,
      window_id: served ? windowIds[i % windowIds.length]! : null,
      target_window_id: null,
      clerk_id: null,
      recall_count: 0,
      transferred_from: null,
      transferred_to: null,
      estimated_wait_minutes: 5,
      position_at_issue: 1,
      is_near_notified: 0,
      updated_at: at,
    }
  }
  // today's tickets arrive between 00:00 and 03:59 UTC (before START)
  const todayAt = (i: number, count: number) =>
    new Date(day0 + Math.floor((i / Math.max(1, count)) * 4 * 3_600_000)).toISOString()
  if (kind === 'waiting') {
    for (let i = 0; i < n; i++) rows.push(ticket(i, TODAY, todayAt(i, n), false))
  } else {
    const half = Math.floor(n / 2)
    for (let i = 0; i < half; i++) {
      const d = new Date(day0 - (1 + (i % 60)) * 86_400_000)
      rows.push(
        ticket(i, d.toISOString().slice(0, 10), new Date(d.getTime() + 3 * 3_600_000).toISOString(), true),
      )
    }
    for (let i = 0; i < n - half; i++) rows.push(ticket(i, TODAY, todayAt(i, n - half), true))
    for (let i = 0; i < 100; i++) rows.push(ticket(i, TODAY, todayAt(i, 100), false))
  }
  for (let i = 0; i < rows.length; i += 500)
    await db.transaction().execute((tx) =>
      tx
        .insertInto('queue_tickets')
        .values(rows.slice(i, i + 500))
        .execute(),
    )
  for (const [key, last] of seqs) {
    const [category_id, service_date] = key.split('|') as [string, string]
    await db.insertInto('queue_counters').values({ category_id, service_date, last_value: last }).execute()
  }
}

async function measure(kind: 'sqlite' | 'postgres', scenario: 'waiting' | 'served', n: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-qgrowth-'))
  const schema = kind === 'postgres' ? `bench_qg_${randomBytes(5).toString('hex')}` : null
  const clock = new ManualClock(START)
  const container = await createContainer({
    config: loadConfig({
      DATA_DIR: dir,
      DATABASE_URL: kind === 'postgres' ? PG_URL : path.join(dir, 'bench.db'),
      ...(schema ? { PG_SCHEMA: schema } : {}),
      LOG_LEVEL: 'silent',
      WORKERS: 'false',
      SESSION_IDLE_MINUTES: '600',
    }),
    clock,
    log: createLogger('silent'),
  })
  const app = await buildApp(container, { serveWeb: false })
  await app.ready()
  try {
    const { categoryIds, windowIds } = await seedBenchHall(container, TODAY)
    const hallMix = (
      await container.database.db.selectFrom('queue_categories').select(['id', 'code']).execute()
    )
      .filter((c) => c.code.startsWith('H-'))
      .map((c) => c.id)
    await fill(container.database.db, categoryIds, windowIds, scenario, n)
    if (kind === 'postgres') await container.database.pgPool!.query('analyze')
    else container.database.sqlite!.exec('analyze')
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'bench-clerk', password: PASSWORD },
    })
    const cookie = String(login.headers['set-cookie']).split(';')[0]!
    const sqliteMeter = container.database.sqlite ? meterSqlite(container.database.sqlite) : null
    const start = () => (kind === 'postgres' ? pgMeter.start() : sqliteMeter!.start())
    const stop = () => (kind === 'postgres' ? pgMeter.stop() : sqliteMeter!.stop())
    const top = (units: number) => (kind === 'postgres' ? pgMeter.top(units) : sqliteMeter!.report(units).top)
    const statements = (units: number) =>
      kind === 'postgres' ? pgMeter.statements(units) : sqliteMeter!.report(units).statements

    const issue = async (i: number) => {
      clock.advance(1000)
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/queue/tickets',
        headers: { authorization: `Device ${KIOSK}` },
        payload: { categoryId: hallMix[i % hallMix.length] },
      })
      if (r.statusCode !== 201 && r.statusCode !== 200) throw new Error(`issue ${r.statusCode} ${r.body}`)
    }
    /** `bc`/`bf`: the buckets the call-next's and the finish's statements are listed in */
    const call = async (
      i: number,
      bc: Map<string, number> | null = null,
      bf: Map<string, number> | null = null,
    ) => {
      clock.advance(1000)
      bucket = bc
      const w = windowIds[i % windowIds.length]!
      const r = await app.inject({
        method: 'POST',
        url: `/api/v1/queue/windows/${w}/call-next`,
        headers: { cookie },
        payload: {},
      })
      if (r.statusCode !== 200) throw new Error(`call-next ${r.statusCode} ${r.body}`)
      bucket = null
      const id = (r.json() as { current: { id: string } }).current.id
      bucket = bf
      const f = await app.inject({
        method: 'POST',
        url: `/api/v1/queue/windows/${w}/finish`,
        headers: { cookie },
        payload: { ticketId: id },
      })
      bucket = null
      if (f.statusCode !== 200) throw new Error(`finish ${f.statusCode} ${f.body}`)
    }
    // warm-up (prepared statements, caches)
    for (let i = 0; i < 20; i++) await issue(i)
    for (let i = 0; i < 12; i++) await call(i)

    if (process.env.LIST) {
      if (kind === 'sqlite') listSqlite(container.database.sqlite!)
      const bc = new Map<string, number>()
      const bf = new Map<string, number>()
      for (let i = 0; i < CALLS; i++) await call(i, bc, bf)
      printList(`\n${kind} ${scenario} N=${n}, call-next`, bc, CALLS)
      printList(`${kind} ${scenario} N=${n}, finish`, bf, CALLS)
    }

    start()
    let t = performance.now()
    for (let i = 0; i < ISSUES; i++) await issue(i)
    const issueMs = (performance.now() - t) / ISSUES
    stop()
    const issueTop = top(ISSUES)
    const issueStatements = statements(ISSUES)
    start()
    t = performance.now()
    for (let i = 0; i < CALLS; i++) await call(i)
    const callMs = (performance.now() - t) / CALLS
    stop()
    const callTop = top(CALLS)
    const callStatements = statements(CALLS)
    return { issueMs, callMs, issueTop, callTop, issueStatements, callStatements }
  } finally {
    await app.close()
    await container.close()
    if (schema && process.env.KEEP_SCHEMA) console.log(`kept schema ${schema}`)
    else if (schema) {
      const client = new pg.Client({ connectionString: PG_URL })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade`)
      await client.end()
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
console.log(
  `queue growth: ${ISSUES} issues and ${CALLS} call-next + finish, one at a time; sizes ${SIZES.join(', ')}; ${os.cpus().length} cores`,
)
for (const kind of DBS) {
  for (const scenario of SCENARIOS) {
    const results: Array<{ n: number } & Awaited<ReturnType<typeof measure>>> = []
    for (const n of SIZES) results.push({ n, ...(await measure(kind, scenario, n)) })
    console.log(
      `\n${kind} ${scenario}: ` +
        results
          .map(
            (r) =>
              `N=${r.n}: issue ${r.issueMs.toFixed(2)} ms (${r.issueStatements.toFixed(1)} statements), ` +
              `call-next+finish ${r.callMs.toFixed(2)} ms (${r.callStatements.toFixed(1)})`,
          )
          .join('  |  ') +
        `   (load ${load()})`,
    )
    const last = results[results.length - 1]!
    for (const [what, list] of [
      ['issue', last.issueTop],
      ['call-next+finish', last.callTop],
    ] as const) {
      console.log(`  top statements per ${what} at N=${last.n} (ms per request, runs per request):`)
      for (const s of list)
        console.log(`    ${s.ms.toFixed(3).padStart(8)}  ×${s.perUnit.toFixed(1).padStart(4)}  ${s.sql}`)
    }
  }
}
process.exit(0)
