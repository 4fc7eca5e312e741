// CPU time spent over a window, from /proc (Linux): the instances' processes (utime + stime, and
// their waited-for children), PostgreSQL's processes, the load generator (this process,
// `process.cpuUsage()`) and the machine's idle share (/proc/stat). PostgreSQL is counted two ways:
//   - `pg`: this run's backends (pg_stat_activity by application_name) and the server's own
//     processes (postmaster, WAL writer, checkpointer, background writer, autovacuum: every
//     backend_type but 'client backend'), so other benches on the same server do not count;
//   - `pgAll`: every process whose comm is `postgres` (the postmaster's reaped children included:
//     a backend that exits within the window still counts) — right on a machine of one's own.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import pg from 'pg'

const TICK_MS = 1000 / (Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100)

/** utime + stime of a process and of its waited-for children, in clock ticks; null if it is gone */
function ticks(pid: number): { self: number; children: number; ppid: number } | null {
  let stat: string
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return null
  }
  // fields after "(comm) ": state is field 3, ppid 4, utime 14, stime 15, cutime 16, cstime 17
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return {
    self: Number(f[11]) + Number(f[12]),
    children: Number(f[13]) + Number(f[14]),
    ppid: Number(f[1]),
  }
}

function postgresPids(): number[] {
  const pids: number[] = []
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      if (fs.readFileSync(`/proc/${name}/comm`, 'utf8').trim() === 'postgres') pids.push(Number(name))
    } catch {
      // exited meanwhile
    }
  }
  return pids
}

/** idle (idle + iowait) and total jiffies of all cores */
function machine(): { idle: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!
  const v = line.trim().split(/\s+/).slice(1, 9).map(Number) // user nice system idle iowait irq softirq steal
  return { idle: v[3]! + v[4]!, total: v.reduce((s, x) => s + x, 0) }
}

interface Snapshot {
  at: number
  instances: number
  /** per pid: own ticks of this run's backends and of the server's own processes */
  pg: Map<number, number>
  /** every postgres process's own ticks plus the postmaster's reaped children */
  pgAll: number
  gen: NodeJS.CpuUsage
  machine: { idle: number; total: number }
}

export interface CpuWindow {
  /** wall time of the window, ms */
  wallMs: number
  /** CPU ms of the instances' processes */
  instancesMs: number
  /** CPU ms of this run's backends and PostgreSQL's own processes */
  pgMs: number
  /** CPU ms of every postgres process */
  pgAllMs: number
  /** CPU ms of the load generator (this process) */
  genMs: number
  /** share of the machine's cores idle, 0–1 */
  idle: number
}

/**
 * Measures windows of CPU time. `instancePids()` gives the processes of the instances under load
 * (read at each snapshot); `appName` is the application_name of their PostgreSQL connections.
 */
export function cpuMeter(pgUrl: string, appName: string, instancePids: () => number[]) {
  const client = new pg.Client({ connectionString: pgUrl, application_name: `${appName}_meter` })
  const connected = client.connect()

  async function snapshot(): Promise<Snapshot> {
    await connected
    const { rows } = await client.query<{ pid: number }>(
      `select pid from pg_stat_activity where application_name = $1 or backend_type <> 'client backend'`,
      [appName],
    )
    const all = postgresPids()
    const isPostgres = new Set(all)
    const ours = new Set(rows.map((r) => r.pid))
    const pgTicks = new Map<number, number>()
    let pgAll = 0
    for (const pid of all) {
      const t = ticks(pid)
      if (!t) continue
      pgAll += t.self + t.children // only the postmaster reaps children
      // the postmaster is not in pg_stat_activity: its parent is not a postgres process
      if (ours.has(pid) || !isPostgres.has(t.ppid)) pgTicks.set(pid, t.self)
    }
    let instances = 0
    for (const pid of instancePids()) {
      const t = ticks(pid)
      if (t) instances += t.self + t.children
    }
    return {
      at: performance.now(),
      instances,
      pg: pgTicks,
      pgAll,
      gen: process.cpuUsage(),
      machine: machine(),
    }
  }

  function between(a: Snapshot, b: Snapshot): CpuWindow {
    let pgDelta = 0
    // a backend that started within the window counts from zero; one that exited is lost (rare:
    // the pools keep their connections)
    for (const [pid, t] of b.pg) pgDelta += t - (a.pg.get(pid) ?? 0)
    const gen = b.gen.user - a.gen.user + b.gen.system - a.gen.system
    const total = b.machine.total - a.machine.total
    return {
      wallMs: b.at - a.at,
      instancesMs: (b.instances - a.instances) * TICK_MS,
      pgMs: pgDelta * TICK_MS,
      pgAllMs: (b.pgAll - a.pgAll) * TICK_MS,
      genMs: gen / 1000,
      idle: total > 0 ? (b.machine.idle - a.machine.idle) / total : 0,
    }
  }

  return {
    /** Starts a window; the returned function ends it and gives what was spent. */
    async start(): Promise<() => Promise<CpuWindow>> {
      const a = await snapshot()
      return async () => between(a, await snapshot())
    },
    async close(): Promise<void> {
      await connected
      await client.end()
    },
  }
}

/** The median of some figures (the mean of the middle two of an even count). */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
/** The lowest and highest of some figures, as `a–b`. */
export const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`

/**
 * Prints CPU per request and work per CPU-second by workload and size (bench/scale-out.bench.ts
 * explains how to read them): `rates` and `cpus` by workload, round and size, `control` among them.
 */
export function printCpuScaling(
  sizes: number[],
  rates: Map<string, number[][]>,
  cpus: Map<string, CpuWindow[][]>,
) {
  console.log(
    '\nCPU per request (create+accept: per pair), medians over the rounds: server = instances + PostgreSQL' +
      ' (this run’s backends and the server’s own processes; all = every postgres process);' +
      '\nwork per CPU-second = requests / server CPU-second, its scaling = that at n / that at 1 in the same round',
  )
  console.log(
    `  ${'workload'.padEnd(14)} n   req/s  server ms/req (inst + pg)  pg all  loadgen  idle   work/CPU-s scaling`,
  )
  for (const [name, list] of rates) {
    const windows = cpus.get(name)!
    for (const n of sizes) {
      const at = (round: number, size: number) => {
        const rate = list[round]![size - 1]!
        const c = windows[round]![size - 1]!
        const requests = (rate * c.wallMs) / 1000
        const server = c.instancesMs + c.pgMs
        return {
          rate,
          perReq: (ms: number) => ms / requests,
          server,
          c,
          // requests per second of server CPU
          work: requests / (server / 1000),
        }
      }
      const rounds = list.map((_, k) => at(k, n))
      const med = (f: (x: (typeof rounds)[number]) => number) => median(rounds.map(f))
      const scaling = list.map((_, k) => at(k, n).work / at(k, 1).work)
      const controlRounds = rates.get('control')!
      const controlWork = (k: number, size: number) => {
        const c = cpus.get('control')![k]![size - 1]!
        return controlRounds[k]![size - 1]! / ((c.instancesMs + c.pgMs) / c.wallMs)
      }
      const controlScaling = controlRounds.map((_, k) => controlWork(k, n) / controlWork(k, 1))
      console.log(
        `  ${name.padEnd(14)} ${n} ${med((x) => x.rate)
          .toFixed(0)
          .padStart(7)}  ${med((x) => x.perReq(x.server))
          .toFixed(2)
          .padStart(6)} (${med((x) => x.perReq(x.c.instancesMs)).toFixed(2)} + ${med((x) =>
          x.perReq(x.c.pgMs),
        ).toFixed(2)})`.padEnd(58) +
          `${med((x) => x.perReq(x.c.pgAllMs))
            .toFixed(2)
            .padStart(6)}  ${med((x) => x.perReq(x.c.genMs))
            .toFixed(2)
            .padStart(7)}  ${(med((x) => x.c.idle) * 100).toFixed(0).padStart(3)}%` +
          (n === 1
            ? ''
            : `   ${median(scaling).toFixed(2)} (${spread(scaling)})` +
              (name === 'control' ? '' : `  ratio ${(median(scaling) / median(controlScaling)).toFixed(2)}`)),
      )
    }
  }
}
