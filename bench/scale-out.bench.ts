// Scale-out benchmark (issue 20, point 2): one, two and three instances on one PostgreSQL
// database, the same load generator (CONNECTIONS in total, spread over the instances), for
//   - control: a validated route that does no database work (what the cores allow),
//   - case create-and-accept (two requests per pair),
//   - ticket issue (kiosk) over the demo hall's categories, each as often as the demo hall has
//     windows for it (a window serving two counts half for each): how a real hall spreads them,
//   - ticket issue all in one category (numbers are gapless per category, so its issuers queue
//     on one counter row: the worst case),
//   - call-next + finish by WINDOWS windows (spread over the instances).
// Sizes run interleaved in ROUNDS rounds (order rotated each round); each workload's scaling is
// rate(n) / rate(1) of the same round, and the bench prints median(write scaling) /
// median(control scaling) with the spread. A sampler reads pg_stat_activity every 20 ms for this
// run's connections and counts lock waits (wait_event_type Lock) by what they wait on.
// CPU per request (support/cpu-meter.ts): over each measured window the bench reads from /proc the
// CPU time of the instances' processes, of PostgreSQL (this run's backends plus the server's own
// processes: WAL writer, checkpointer, …; "pg all" counts every postgres process, which on a
// shared machine includes other benches' work), of the load generator (this process) and the
// machine's idle share. It prints per workload and size req/s, server CPU ms per request
// (instances + PostgreSQL), idle %, and "work per CPU-second" scaling: (rate_n / cpu_n) /
// (rate_1 / cpu_1) in the same round, median and spread, with its ratio to the control's. What it
// shows: on this 2-core machine one instance already keeps both cores busy, so throughput cannot
// grow with instances whatever the code does; what can be seen is whether the same work costs
// more CPU when it is spread over more instances. If work per CPU-second stays ~1.0 with more
// instances, the instances do not serialise: no work is lost to spinning or retrying on a
// contended row, and with more cores throughput would grow with them. Well below 1.0 means extra
// instances burn CPU on contention (or on their own overhead: the control shows how much of that
// merely running more processes costs). A wait that sleeps (a row lock) costs no CPU: it shows
// instead as idle CPU while requests are pending, so read idle % beside it — with the load
// generator's 20 connections pending, idle cores at n > 1 mean the instances wait on each other.
// MODE=displays (issue 20, point 3): instances A and B; CLIENTS hall displays on SSE connected to
// B, CALLS calls (call-next + finish) made on A one by one, in ROUNDS rounds each quiet and then
// under point 2's write load (create+accept on A and B, CONNECTIONS in total) running meanwhile.
// Prints last-display p50/p99 quiet and under load side by side (target p99 < 100 ms quiet,
// < 300 ms under load), split into the call request itself (t0 → answer), the event's publish
// time inside the call's transaction (its `at`), and delivery: publish → first display (commit,
// NOTIFY, B's read) and first → last display (B's SSE writes to every display).
// Run: npx tsx bench/scale-out.bench.ts   (ROUNDS=5 DURATION=3 CONNECTIONS=20 INSTANCES=3)
//      MODE=displays npx tsx bench/scale-out.bench.ts   (ROUNDS=5 CALLS=50 CLIENTS=500)
// BENCH_LOG=error: the instances log at that level to stderr (a failing request's cause).
// LINE=30: before each workload (and its warm-up) every category's waiting line is cut to its
// LINE newest tickets (the older ones cancelled in SQL): up to ~700 over the hall's 23 categories,
// more than call-next's ~300 calls in a measured window, and a line that does not grow. The issue
// workloads add tickets far faster than call-next serves them, and a line that grows round after
// round makes every later measurement read a longer one (the sizes run in turn, so it also biases
// the scaling); call-next's cost grows with the line (bench/queue-growth.bench.ts). A cut of the
// hall's 400 newest as a whole (before) kept mostly the one-category workload's tickets, and
// call-next found nobody waiting 200–550 times per window. Calls that find no ticket are printed,
// wait 20 ms and are not counted.
// LINE=all keeps every ticket waiting (the line grows through the run).
// WORKLOADS=create+accept,call-next: only these (the control always runs; call-next brings
// issue (hall), whose tickets it calls).
// WARMUP=1: before each measured window the same workload runs WARMUP seconds on the same
// instances, unmeasured, as on a server that has been serving: an instance that sat idle through
// the smaller sizes (15 s and more) has had its pooled connections closed (pg.Pool closes a
// connection idle 10 s), and the first window at the next size paid for PostgreSQL backends
// starting, their catalog caches and the statements prepared again (18 backends opened within
// create+accept ×2's windows in 4 rounds). WARMUP=0 measures as before.
// IDLE=5: first, the CPU the idle instances and PostgreSQL spend with no request (timers, the
// realtime poll), printed as background. Every size counts every instance, so background is the
// same in every size's figure (~4 ms/s an instance: 0.02–0.06 ms a pair at 70–200 pairs/s).
// The detail table: of the server CPU per request the kernel's share, read/write system calls and
// context switches per request, WAL bytes (the server's, so others' work counts) and backends
// started / ended in the windows — to tell fewer requests per wake-up (more syscalls and switches
// per request) from pools opening connections.
// INTERFERENCE (on with 2+ instances and create+accept; INTERFERENCE=0 off): each round also runs
// create+accept on A alone while B serves the control route (CONNECTIONS / 2 connections, no
// database work, nothing shared with A) and prints A's, B's and PostgreSQL's CPU per pair beside
// ×1 and ×2: whether merely sharing the cores with a second busy process raises A's and
// PostgreSQL's cost as ×2 does (on this loaded 2-core machine the answer varied between runs).
import { spawn, type ChildProcess } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { newId } from '../apps/server/src/platform/ids'
import { applicant } from '../apps/server/src/modules/cases/test-fixtures'
import { windows as hallWindows } from '../apps/server/src/seed/demo/hall'
import {
  cpuMeter,
  median,
  printCpuDetail,
  printCpuScaling,
  printInterference,
  spread,
  type CpuWindow,
} from './support/cpu-meter'
import { DISPLAY } from './support/bench-hall'
import { displaysMode } from './support/displays'
import { scaleRun } from './support/scale-run'

const ROUNDS = Number(process.env.ROUNDS ?? 5)
const DURATION = Number(process.env.DURATION ?? 3)
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20)
const INSTANCES = Math.max(Number(process.env.INSTANCES ?? 3), process.env.MODE === 'displays' ? 2 : 1)
const MODE = process.env.MODE === 'displays' ? 'displays' : 'scale'
const CLIENTS = Number(process.env.CLIENTS ?? 500)
const CALLS = Number(process.env.CALLS ?? 50)
const LINE = process.env.LINE === 'all' ? null : Number(process.env.LINE ?? 30)
const WARMUP = Number(process.env.WARMUP ?? 1)
const IDLE = Number(process.env.IDLE ?? 5)
/**
 * WORKLOADS=create+accept,call-next: only these, by name; the control always runs, and call-next
 * brings issue (hall) (its line is the tickets issued before it)
 */
const ONLY = process.env.WORKLOADS
  ? new Set([
      'control',
      ...process.env.WORKLOADS.split(','),
      ...(/call-next/.test(process.env.WORKLOADS) ? ['issue (hall)'] : []),
    ])
  : null
const PG_URL = process.env.YIMIN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const KIOSK = 'bench-kiosk-credential-0001'
const PASSWORD = 'bench-password-123456'
const root = path.resolve(import.meta.dirname, '..')
const schema = `bench_scale_${newId().slice(-8).replace(/-/g, '')}`
const appName = `yimin_scale_${process.pid}`

function startInstance(mode: 'seed' | 'join'): Promise<{ port: number; proc: ChildProcess }> {
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}application_name=${appName}`
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench/support/scale-server.ts'), mode],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: url,
        PG_SCHEMA: schema,
        DATA_DIR: os.tmpdir(),
        WORKERS: 'false',
        PG_POOL_SIZE: process.env.PG_POOL_SIZE ?? '10',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  return new Promise((resolve, reject) => {
    proc.on('exit', (code) => reject(new Error(`instance exited with ${code}`)))
    proc.stdout!.on('data', (b: Buffer) => {
      if (process.env.BENCH_LOG) process.stderr.write(b)
      const m = /READY (\d+)/.exec(b.toString())
      if (m) resolve({ port: Number(m[1]), proc })
    })
  })
}

const { startSampler, cutLine, settle } = scaleRun(PG_URL, appName, schema, LINE)

async function main() {
  const first = await startInstance('seed')
  const instances = [first]
  for (let i = 1; i < INSTANCES; i++) instances.push(await startInstance('join'))
  const ports = instances.map((i) => i.port)
  const sampler = startSampler()
  const meter = cpuMeter(PG_URL, appName, () => instances.map((i) => i.proc.pid!))
  try {
    const base = (port: number) => `http://127.0.0.1:${port}/api/v1`
    const login = await fetch(`${base(ports[0]!)}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench-clerk', password: PASSWORD }),
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
    const categories = (await (await fetch(`${base(ports[0]!)}/queue/categories`)).json()) as Array<{
      id: string
      code: string
    }>
    const categoryIds = categories.filter((c) => /^C\d+$/.test(c.code)).map((c) => c.id)
    // the hall mix: a category's share is the demo hall's windows for it
    const share = new Map<string, number>()
    for (const w of hallWindows)
      for (const code of w.categories) share.set(code, (share.get(code) ?? 0) + 1 / w.categories.length)
    const mix = categories
      .filter((c) => c.code.startsWith('H-'))
      .map((c) => ({ id: c.id, weight: share.get(c.code.slice(2)) ?? 0 }))
      .filter((c) => c.weight > 0)
    const mixTotal = mix.reduce((s, c) => s + c.weight, 0)
    const pickMixed = () => {
      let r = Math.random() * mixTotal
      for (const c of mix) if ((r -= c.weight) < 0) return c.id
      return mix[mix.length - 1]!.id
    }
    console.log(
      `hall mix: ${mix.length} categories, the largest ${((Math.max(...mix.map((c) => c.weight)) / mixTotal) * 100).toFixed(0)}% of tickets`,
    )
    const me = (await (
      await fetch(`${base(ports[0]!)}/me`, { headers: { authorization: `Device ${KIOSK}` } })
    ).json()) as { hallId: string }
    const state = (await (
      await fetch(`${base(ports[0]!)}/queue/halls/${me.hallId}/state`, { headers: { cookie } })
    ).json()) as { windows: Array<{ windowId: string }> }
    const windowIds = state.windows.map((w) => w.windowId)
    let categoryTurn = 0

    /**
     * autocannon against the first n instances at once, CONNECTIONS in total; requests/s summed.
     * For `seconds`, or until `until` settles when given.
     */
    const spreadLoad = async (
      n: number,
      opts: (port: number) => autocannon.Options,
      seconds: number,
      until?: Promise<unknown>,
    ): Promise<number> => {
      const t0 = performance.now()
      const results = await Promise.all(
        ports.slice(0, n).map(
          (port) =>
            new Promise<autocannon.Result>((resolve, reject) => {
              const run = autocannon(
                {
                  connections: Math.max(1, Math.round(CONNECTIONS / n)),
                  duration: until ? 3600 : seconds,
                  ...opts(port),
                },
                (err: unknown, result) =>
                  err ? reject(err instanceof Error ? err : new Error(JSON.stringify(err))) : resolve(result),
              )
              void until?.finally(() => run.stop())
            }),
        ),
      )
      const wall = (performance.now() - t0) / 1000
      const ok = results.reduce((s, r) => s + r.requests.total - r.non2xx - r.errors, 0)
      const bad = results.reduce((s, r) => s + r.non2xx + r.errors, 0)
      if (bad > ok / 100) console.log(`    (${bad} failed requests)`)
      return ok / wall
    }

    /** case create then accept, as one autocannon request pair */
    const createAccept = (port: number): autocannon.Options => ({
      url: `${base(port)}/cases`,
      headers: { 'content-type': 'application/json', cookie },
      requests: [
        {
          method: 'POST',
          path: '/api/v1/cases',
          body: JSON.stringify({
            matterCode: 'SCJG-SPJY-001',
            applicant: applicant(),
            submittedMaterials: [0, 1, 2],
          }),
          onResponse: (_status: number, body: string, context: object) => {
            ;(context as { id?: string }).id = (JSON.parse(body) as { id?: string }).id ?? 'none'
          },
        },
        {
          method: 'POST',
          body: '{}',
          setupRequest: (req: any, context: object) => ({
            ...req,
            path: `/api/v1/cases/${String((context as { id?: string }).id)}/accept`,
          }),
        },
      ],
    })

    /** the control route: validated, no database work */
    const echo = (port: number): autocannon.Options => ({
      url: `${base(port)}/bench/echo`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'control' }),
    })

    /** a workload on the first n instances for `seconds`: its rate (requests/s; pairs/s for create+accept) */
    const workloads: Record<string, (n: number, seconds: number) => Promise<number>> = {
      control: (n, seconds) => spreadLoad(n, echo, seconds),
      'create+accept': async (n, seconds) => (await spreadLoad(n, createAccept, seconds)) / 2,
      'issue (hall)': (n, seconds) =>
        spreadLoad(
          n,
          (port) => ({
            url: `${base(port)}/queue/tickets`,
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Device ${KIOSK}` },
            requests: [
              { setupRequest: (req: any) => ({ ...req, body: JSON.stringify({ categoryId: pickMixed() }) }) },
            ],
          }),
          seconds,
        ),
      'issue (1 cat.)': (n, seconds) => {
        const categoryId = categoryIds[categoryTurn++ % categoryIds.length]!
        return spreadLoad(
          n,
          (port) => ({
            url: `${base(port)}/queue/tickets`,
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Device ${KIOSK}` },
            body: JSON.stringify({ categoryId }),
          }),
          seconds,
        )
      },
      'call-next': async (n, seconds) => {
        let calls = 0
        let empty = 0
        const end = Date.now() + seconds * 1000
        const t0 = performance.now()
        const post = (port: number, url: string, body: unknown) =>
          fetch(`${base(port)}${url}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify(body),
          })
        await Promise.all(
          windowIds.map(async (w, i) => {
            const port = ports[i % n]!
            while (Date.now() < end) {
              const r = await post(port, `/queue/windows/${w}/call-next`, {})
              const body = (await r.json()) as { current?: { id: string } | null }
              if (r.status !== 200 || !body.current) {
                if (!empty && r.status !== 200)
                  console.log(`    call-next: ${r.status} ${JSON.stringify(body).slice(0, 200)}`)
                empty++
                await new Promise((res) => setTimeout(res, 20))
                continue
              }
              calls++
              await (await post(port, `/queue/windows/${w}/finish`, { ticketId: body.current.id })).text()
            }
          }),
        )
        if (empty) console.log(`    (${empty} calls found no ticket)`)
        return calls / ((performance.now() - t0) / 1000)
      },
    }
    if (MODE === 'displays') {
      await displaysMode({
        ports,
        cookie,
        kiosk: KIOSK,
        hallId: me.hallId,
        display: DISPLAY,
        windowIds,
        categoryId: categoryIds[0]!,
        rounds: ROUNDS,
        clients: CLIENTS,
        calls: CALLS,
        connections: CONNECTIONS,
        duration: DURATION,
        // the line is prepared before the load starts (settle waits for idle connections)
        prepare: async () => {
          await settle()
          await cutLine()
        },
        // point 2's write load: create+accept on both instances, CONNECTIONS in total
        load: (until) => spreadLoad(2, createAccept, DURATION, until),
      })
      return
    }
    if (ONLY) for (const name of Object.keys(workloads)) if (!ONLY.has(name)) delete workloads[name]
    const sizes = Array.from({ length: INSTANCES }, (_, i) => i + 1)
    const rates = new Map<string, number[][]>() // workload → round → rate per size
    const cpus = new Map<string, CpuWindow[][]>() // workload → round → CPU spent per size
    const lockWaits = new Map<string, Map<string, number>>()
    const busy = new Map<string, { samples: number; busy: number }>()
    const interference: Array<{ rate: number; cpu: CpuWindow }> = []
    const INTERFERENCE = INSTANCES >= 2 && 'create+accept' in workloads && process.env.INTERFERENCE !== '0'
    // warm-up: every instance compiles its hot paths before the first measured round
    for (const w of Object.keys(workloads)) await workloads[w]!(INSTANCES, DURATION)
    // background: what the idle instances and PostgreSQL spend with no request (timers, the
    // realtime poll, pools); every size counts every instance, so this is in each size's figure
    await settle()
    if (IDLE > 0) {
      const spent = await meter.start()
      await new Promise((res) => setTimeout(res, IDLE * 1000))
      const c = await spent()
      console.log(
        `background, ${INSTANCES} idle instances for ${IDLE} s: instances ${(c.instancesMs / IDLE).toFixed(1)} ms/s, ` +
          `PostgreSQL ${(c.pgMs / IDLE).toFixed(1)} ms/s (this run's backends and the server's own processes)`,
      )
    }
    console.log(
      `waiting line: ${LINE === null ? 'grows through the run (LINE=all)' : `each category cut to ${LINE} before each workload`}`,
    )
    console.log(
      `${ROUNDS} rounds × sizes ${sizes.join(', ')} × ${Object.keys(workloads).join(', ')}; ${CONNECTIONS} connections in total, ${DURATION} s each; ${os.cpus().length} cores`,
    )
    for (let round = 0; round < ROUNDS; round++) {
      const order = sizes.map((_, i) => sizes[(i + round) % sizes.length]!)
      const row = new Map<string, number[]>()
      const cpuRow = new Map<string, CpuWindow[]>()
      for (const n of order) {
        for (const [name, run] of Object.entries(workloads)) {
          await settle()
          await cutLine()
          if (WARMUP > 0) {
            // the same workload on the same instances first, unmeasured (see WARMUP above)
            await run(n, WARMUP)
            await settle()
            await cutLine()
          }
          sampler.reset()
          const spent = await meter.start()
          const rate = await run(n, DURATION)
          const cpu = await spent()
          const s = sampler.snapshot()
          const key = `${name} ×${n}`
          const b = busy.get(key) ?? { samples: 0, busy: 0 }
          busy.set(key, { samples: b.samples + s.samples, busy: b.busy + s.busy })
          const lw = lockWaits.get(key) ?? new Map<string, number>()
          for (const [k, v] of s.waits) lw.set(k, (lw.get(k) ?? 0) + v)
          lockWaits.set(key, lw)
          const r = row.get(name) ?? Array(sizes.length).fill(0)
          r[n - 1] = rate
          row.set(name, r)
          const c = cpuRow.get(name) ?? []
          c[n - 1] = cpu
          cpuRow.set(name, c)
        }
      }
      if (INTERFERENCE) {
        // create+accept on A alone, CONNECTIONS connections, while B serves the control route
        // (no database work) on CONNECTIONS / 2: what a second busy process costs A and PostgreSQL
        const both = (seconds: number) =>
          Promise.all([
            spreadLoad(1, createAccept, seconds),
            spreadLoad(
              1,
              () => ({ ...echo(ports[1]!), connections: Math.max(1, CONNECTIONS >> 1) }),
              seconds,
            ),
          ])
        await settle()
        if (WARMUP > 0) await both(WARMUP)
        await settle()
        const spent = await meter.start()
        const [rate] = await both(DURATION)
        interference.push({ rate: rate / 2, cpu: await spent() })
      }
      for (const [name, r] of row) {
        const list = rates.get(name) ?? []
        list.push(r)
        rates.set(name, list)
        const c = cpus.get(name) ?? []
        c.push(cpuRow.get(name)!)
        cpus.set(name, c)
      }
      console.log(
        `round ${round + 1}: ` +
          [...row.entries()].map(([k, r]) => `${k} ${r.map((x) => x.toFixed(0)).join('/')}`).join('  ') +
          `   (load average ${os
            .loadavg()
            .map((l) => l.toFixed(1))
            .join(' ')})`,
      )
    }
    console.log(
      '\nscaling = rate(n instances) / rate(1 instance) in the same round; ratio = median(workload) / median(control)',
    )
    const control = rates.get('control')!
    for (const n of sizes.slice(1)) {
      const cs = control.map((r) => r[n - 1]! / r[0]!)
      console.log(`  ${n} instances: control scales ${median(cs).toFixed(2)} (${spread(cs)})`)
      for (const [name, list] of rates) {
        if (name === 'control') continue
        const ws = list.map((r) => r[n - 1]! / r[0]!)
        const rate1 = median(list.map((r) => r[0]!))
        const rateN = median(list.map((r) => r[n - 1]!))
        console.log(
          `    ${name.padEnd(14)} ${rate1.toFixed(0).padStart(5)} → ${rateN.toFixed(0).padStart(5)} /s  scales ${median(ws).toFixed(2)} (${spread(ws)})   ratio ${(median(ws) / median(cs)).toFixed(2)}   (target ≥ 0.9)`,
        )
      }
    }
    printCpuScaling(sizes, rates, cpus)
    printCpuDetail(sizes, rates, cpus)
    if (INTERFERENCE) printInterference(rates.get('create+accept')!, cpus.get('create+accept')!, interference)
    console.log('\nlock waits in pg_stat_activity (samples every 20 ms of this run’s active connections):')
    for (const [key, w] of lockWaits) {
      const total = [...w.values()].reduce((s, v) => s + v, 0)
      const b = busy.get(key)!
      console.log(
        `  ${key.padEnd(18)} ${total} of ${b.busy} active-connection samples waiting on a lock (${b.samples} samples)`,
      )
      for (const [what, count] of [...w.entries()].sort((x, y) => y[1] - x[1]).slice(0, 3))
        console.log(`      ${String(count).padStart(5)}  ${what}`)
    }
    console.log(
      `\nload average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on ${os.cpus().length} cores`,
    )
  } finally {
    await sampler.stop()
    await meter.close()
    for (const i of instances) i.proc.kill('SIGTERM')
    await new Promise((res) => setTimeout(res, 1000))
    const client = new pg.Client({ connectionString: PG_URL })
    await client.connect()
    await client.query(`drop schema if exists ${schema} cascade`)
    await client.end()
  }
}

await main()
process.exit(0)
