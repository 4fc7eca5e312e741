// Queue benchmarks (issue 9):
// (a) issue rate: kiosks taking tickets (POST /queue/tickets), autocannon
// (b) call rate: 10 windows calling and finishing as fast as they can
// (c) 500 hall displays on SSE: time from 'call next' (request sent) to every display receiving
//     queue.called, p50/p99 per delivery and per call (the last display); target p99 < 50 ms on SQLite
// (d) with DATABASE_URL=postgres://… : the same across two instances (calls on A, displays on B)
// Run: npx tsx bench/queue.bench.ts   (CLIENTS=500 CALLS=50 DURATION=5; DATABASE_URL=postgres://… for (d))
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { buildApp } from '../apps/server/src/app'
import { loadConfig } from '../apps/server/src/config'
import { createContainer } from '../apps/server/src/container'
import { newId } from '../apps/server/src/platform/ids'
import { displaysRun, pct, printDisplays } from './support/displays'

const CLIENTS = Number(process.env.CLIENTS ?? 500)
const CALLS = Number(process.env.CALLS ?? 50)
const DURATION = Number(process.env.DURATION ?? 5)
const WINDOWS = 10
const KIOSK = 'bench-kiosk-credential-0001'
const DISPLAY = 'bench-hall-display-credential-0001'
const PASSWORD = 'bench-password-123456'

// --- server mode: one instance; the first seeds the hall ---
async function serve(env: Record<string, string>, seed: boolean) {
  const container = await createContainer({ config: loadConfig({ ...env, LOG_LEVEL: 'silent' }) })
  const app = await buildApp(container, { serveWeb: false })
  await container.start()
  if (seed) {
    const db = container.database.db
    const now = new Date().toISOString()
    await db
      .insertInto('divisions')
      .values({
        code: '650100',
        name: '乌鲁木齐市',
        name_ug: null,
        name_en: null,
        level: 'city',
        parent_code: null,
      })
      .execute()
    const [hallId, floorId, areaId, categoryId] = [newId(), newId(), newId(), newId()]
    await db
      .insertInto('halls')
      .values({
        id: hallId,
        name: '大厅',
        name_ug: null,
        name_en: null,
        address: '-',
        division_code: '650100',
        opening_hours: '[]',
        created_at: now,
      })
      .execute()
    await db
      .insertInto('hall_floors')
      .values({
        id: floorId,
        hall_id: hallId,
        number: 1,
        name: '一楼',
        name_ug: null,
        name_en: null,
        is_service_floor: 1,
      })
      .execute()
    await db
      .insertInto('hall_areas')
      .values({
        id: areaId,
        hall_id: hallId,
        floor_id: floorId,
        code: 'A',
        name: '区',
        name_ug: null,
        name_en: null,
        sort_order: 0,
      })
      .execute()
    await db
      .insertInto('queue_categories')
      .values({
        id: categoryId,
        code: 'CRJ',
        prefix: 'A',
        name: '出入境',
        name_ug: null,
        name_en: null,
        is_active: 1,
        sort_order: 0,
        number_end: 9999,
        daily_cap: 9999,
        id_daily_limit: 0,
      })
      .execute()
    for (let n = 1; n <= WINDOWS; n++) {
      const id = newId()
      await db
        .insertInto('hall_windows')
        .values({ id, hall_id: hallId, area_id: areaId, number: n, name: `${n} 号窗口`, is_active: 1 })
        .execute()
      await db.insertInto('window_categories').values({ window_id: id, category_id: categoryId }).execute()
    }
    await container.auth.createUser('system', {
      username: 'bench-clerk',
      displayName: 'bench',
      password: PASSWORD,
      grants: [{ role: 'clerk', departmentId: null }],
    })
    await container.devices.register(
      'system',
      { kind: 'kiosk', name: 'kiosk', windowId: null, areaId },
      KIOSK,
    )
    await container.devices.register(
      'system',
      { kind: 'hall_display', name: 'display', windowId: null, areaId },
      DISPLAY,
    )
    // the bench runs at the real time: a weekend day in the center's time zone becomes a working day
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: container.config.timeZone }).format(new Date())
    if (!(await container.calendar.get()).isWorkingDay(today))
      await container.calendar.setDay('system', today, { kind: 'workday', name: 'bench' })
  }
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as { port: number }).port
  process.stdout.write(`READY ${port}\n`)
}

function startServer(
  env: Record<string, string>,
  seed: boolean,
): Promise<{ port: number; proc: ChildProcess }> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, 'serve', seed ? 'seed' : 'join'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise((resolve) => {
    proc.stdout!.on('data', (b: Buffer) => {
      const m = /READY (\d+)/.exec(b.toString())
      if (m) resolve({ port: Number(m[1]), proc })
    })
  })
}

async function json(
  port: number,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, body: await res.json().catch(() => null), headers: res.headers }
}

async function displaysBench(
  callPort: number,
  listenPort: number,
  cookie: string,
  windowIds: string[],
  hallId: string,
  label: string,
) {
  const f = await displaysRun({
    callPort,
    listenPort,
    cookie,
    windowIds,
    hallId,
    display: DISPLAY,
    clients: CLIENTS,
    calls: CALLS,
  })
  printDisplays(label, f, CLIENTS, os.loadavg())
  console.log(`  (target: last display p99 < 50 ms on SQLite, < 100 ms across two instances)`)
}

async function main() {
  const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : null
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-bench-queue-'))
  const schema = `bench_${newId().slice(-8).replace(/-/g, '')}`
  const env: Record<string, string> = pgUrl
    ? { DATABASE_URL: pgUrl, PG_SCHEMA: schema, DATA_DIR: dir }
    : { DATABASE_URL: path.join(dir, 'bench.db'), DATA_DIR: dir }
  const a = await startServer(env, true)
  const procs = [a.proc]
  try {
    const login = await fetch(`http://127.0.0.1:${a.port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench-clerk', password: PASSWORD }),
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
    const categoryId = (await json(a.port, 'GET', '/queue/categories', {})).body[0].id as string
    const me = await json(a.port, 'GET', '/me', { authorization: `Device ${DISPLAY}` })
    const hallId = me.body.hallId as string
    const state = await json(a.port, 'GET', `/queue/halls/${hallId}/state`, { cookie })
    const windowIds = (state.body.windows as Array<{ windowId: string }>).map((w) => w.windowId)

    // (a) issue rate
    const r = await autocannon({
      url: `http://127.0.0.1:${a.port}/api/v1/queue/tickets`,
      method: 'POST',
      connections: 10,
      duration: DURATION,
      headers: { 'content-type': 'application/json', authorization: `Device ${KIOSK}` },
      body: JSON.stringify({ categoryId }),
    })
    console.log(
      `${pgUrl ? 'PostgreSQL' : 'SQLite'}: issue a ticket ${r.requests.average.toFixed(0)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx + r.errors}`,
    )

    // (b) call rate: each window calls and finishes in a loop
    let calls = 0
    const end = Date.now() + DURATION * 1000
    const lat: number[] = []
    await Promise.all(
      windowIds.map(async (w) => {
        while (Date.now() < end) {
          const t0 = performance.now()
          const c = await json(a.port, 'POST', `/queue/windows/${w}/call-next`, { cookie }, {})
          lat.push(performance.now() - t0)
          if (c.status !== 200) break
          calls++
          await json(
            a.port,
            'POST',
            `/queue/windows/${w}/finish`,
            { cookie },
            { ticketId: c.body.current.id },
          )
        }
      }),
    )
    console.log(
      `  call next (+ finish) by ${windowIds.length} windows: ${(calls / DURATION).toFixed(0)} calls/s  call p50 ${pct(lat, 50).toFixed(1)} ms  p99 ${pct(lat, 99).toFixed(1)} ms`,
    )

    // (c) displays on the same instance (tickets for every call first: the call-rate run may have used them all)
    const issueFor = async (calls: number) => {
      for (let i = 0; i < calls; i++) {
        const t = await json(
          a.port,
          'POST',
          '/queue/tickets',
          { authorization: `Device ${KIOSK}` },
          { categoryId },
        )
        if (t.status !== 200) throw new Error(`issue: ${t.status} ${JSON.stringify(t.body)}`)
      }
    }
    await issueFor(CALLS)
    await displaysBench(a.port, a.port, cookie, windowIds, hallId, '  one instance')
    // (d) two instances on PostgreSQL: calls on A, displays on B
    if (pgUrl) {
      const b = await startServer(env, false)
      procs.push(b.proc)
      await issueFor(CALLS)
      await displaysBench(
        a.port,
        b.port,
        cookie,
        windowIds,
        hallId,
        '  two instances (call on A, displays on B)',
      )
    }
  } finally {
    for (const p of procs) p.kill('SIGTERM')
    if (pgUrl) {
      const pg = (await import('pg')).default
      const client = new pg.Client({ connectionString: pgUrl })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade`)
      await client.end()
    }
  }
}

if (process.argv[2] === 'serve') {
  const env = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
  )
  void serve(env, process.argv[3] === 'seed')
} else {
  await main()
  process.exit(0)
}
