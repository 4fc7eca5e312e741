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
function ticks(pid: number): { self: number; system: number; children: number; ppid: number } | null {
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
    system: Number(f[12]),
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

/** voluntary + involuntary context switches of every thread of a process; 0 if it is gone */
function switches(pid: number): number {
  let n = 0
  let tasks: string[]
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`)
  } catch {
    return 0
  }
  for (const task of tasks) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/task/${task}/status`, 'utf8')
      for (const m of status.matchAll(/^(?:non)?voluntary_ctxt_switches:\s+(\d+)/gm)) n += Number(m[1])
    } catch {
      // the thread ended meanwhile
    }
  }
  return n
}

/** read-like and write-like system calls of a process (every thread), from /proc/<pid>/io; 0 if gone */
function syscalls(pid: number): number {
  try {
    const io = fs.readFileSync(`/proc/${pid}/io`, 'utf8')
    return Number(/^syscr:\s+(\d+)/m.exec(io)?.[1] ?? 0) + Number(/^syscw:\s+(\d+)/m.exec(io)?.[1] ?? 0)
  } catch {
    return 0
  }
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
  /** per instance, in the order instancePids() gives them */
  instancesEach: number[]
  /** per pid: own ticks of this run's backends and of the server's own processes */
  pg: Map<number, number>
  /** every postgres process's own ticks plus the postmaster's reaped children */
  pgAll: number
  gen: NodeJS.CpuUsage
  machine: { idle: number; total: number }
  /** this run's backends (pids) */
  backends: Set<number>
  /** context switches of the instances' threads and of this run's backends */
  instanceSwitches: number
  pgSwitches: Map<number, number>
  /** system (kernel) ticks of the instances and of this run's backends */
  instanceSystem: number
  pgSystem: Map<number, number>
  /** read/write system calls of the instances and of this run's backends */
  instanceSyscalls: number
  pgSyscalls: Map<number, number>
  /** WAL position, bytes */
  walLsn: number
}

export interface CpuWindow {
  /** wall time of the window, ms */
  wallMs: number
  /** CPU ms of the instances' processes */
  instancesMs: number
  /** the same per instance */
  instanceMsEach: number[]
  /** CPU ms of this run's backends and PostgreSQL's own processes */
  pgMs: number
  /** CPU ms of every postgres process */
  pgAllMs: number
  /** CPU ms of the load generator (this process) */
  genMs: number
  /** share of the machine's cores idle, 0–1 */
  idle: number
  /** this run's backends that started / ended within the window (a pool opening or closing) */
  backendsStarted: number
  backendsEnded: number
  /** context switches (voluntary + involuntary, every thread) of the instances and the backends */
  instanceSwitches: number
  pgSwitches: number
  /** of the CPU above, ms in the kernel (system time): the instances', this run's backends' */
  instanceSystemMs: number
  pgSystemMs: number
  /** read/write system calls (reads, writes, sends, receives) of the instances and the backends */
  instanceSyscalls: number
  pgSyscalls: number
  /** WAL written in the window, bytes (the whole server's) */
  walBytes: number
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
    const { rows } = await client.query<{ pid: number; mine: boolean }>(
      `select pid, application_name = $1 as mine from pg_stat_activity
       where application_name = $1 or backend_type <> 'client backend'`,
      [appName],
    )
    const lsn = await client.query<{ lsn: string }>(
      `select (pg_current_wal_lsn() - '0/0'::pg_lsn)::text as lsn`,
    )
    const backends = new Set(rows.filter((r) => r.mine).map((r) => r.pid))
    const pgSwitches = new Map([...backends].map((pid) => [pid, switches(pid)]))
    const pgSyscalls = new Map([...backends].map((pid) => [pid, syscalls(pid)]))
    const pgSystem = new Map([...backends].map((pid) => [pid, ticks(pid)?.system ?? 0]))
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
    const instancesEach: number[] = []
    let instanceSwitches = 0
    let instanceSystem = 0
    let instanceSyscalls = 0
    for (const pid of instancePids()) {
      const t = ticks(pid)
      if (t) instances += t.self + t.children
      instancesEach.push(t ? t.self + t.children : 0)
      if (t) instanceSystem += t.system
      instanceSwitches += switches(pid)
      instanceSyscalls += syscalls(pid)
    }
    return {
      instancesEach,
      instanceSystem,
      instanceSyscalls,
      pgSystem,
      pgSyscalls,
      backends,
      instanceSwitches,
      pgSwitches,
      walLsn: Number(lsn.rows[0]!.lsn),
      at: performance.now(),
      instances,
      pg: pgTicks,
      pgAll,
      gen: process.cpuUsage(),
      machine: machine(),
    }
  }

  /** a count's growth summed over the backends alive at the end (one that started counts from 0) */
  const perBackend = (a: Map<number, number>, b: Map<number, number>) =>
    [...b].reduce((sum, [pid, n]) => sum + n - (a.get(pid) ?? 0), 0)

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
      instanceMsEach: b.instancesEach.map((t, i) => (t - (a.instancesEach[i] ?? 0)) * TICK_MS),
      pgMs: pgDelta * TICK_MS,
      pgAllMs: (b.pgAll - a.pgAll) * TICK_MS,
      genMs: gen / 1000,
      idle: total > 0 ? (b.machine.idle - a.machine.idle) / total : 0,
      backendsStarted: [...b.backends].filter((pid) => !a.backends.has(pid)).length,
      backendsEnded: [...a.backends].filter((pid) => !b.backends.has(pid)).length,
      instanceSwitches: b.instanceSwitches - a.instanceSwitches,
      // a backend that ended within the window is lost, one that started counts from zero
      pgSwitches: perBackend(a.pgSwitches, b.pgSwitches),
      instanceSystemMs: (b.instanceSystem - a.instanceSystem) * TICK_MS,
      pgSystemMs: perBackend(a.pgSystem, b.pgSystem) * TICK_MS,
      instanceSyscalls: b.instanceSyscalls - a.instanceSyscalls,
      pgSyscalls: perBackend(a.pgSyscalls, b.pgSyscalls),
      walBytes: b.walLsn - a.walLsn,
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

/**
 * Prints, by workload and size, what may explain a change in CPU per request: of the server CPU
 * per request the part spent in the kernel (instances, this run's backends); read/write system
 * calls (/proc/<pid>/io: Node reads and writes its sockets with these, PostgreSQL uses recv/send,
 * which do not count, so its figure is file I/O only) and context switches per request (the
 * instances' every thread, the backends); WAL bytes per
 * request (the whole server's, so other work on it counts); and how many of this run's backends
 * started and ended within the measured windows, summed over the rounds (a pool that opens a
 * connection pays a backend's start-up, its catalog caches and its prepared statements again).
 */
export function printCpuDetail(
  sizes: number[],
  rates: Map<string, number[][]>,
  cpus: Map<string, CpuWindow[][]>,
) {
  console.log(
    '\nper request, medians over the rounds: kernel CPU ms, read/write syscalls and context switches' +
      ' (instances / backends), WAL bytes; backends started / ended in the windows, summed over the rounds',
  )
  console.log(`  ${'workload'.padEnd(14)} n  kernel ms     syscalls      switches      WAL B  backends +/-`)
  const cell = (a: number, b: number, digits: number) =>
    `${a.toFixed(digits)} / ${b.toFixed(digits)}`.padStart(13)
  for (const [name, list] of rates) {
    const windows = cpus.get(name)!
    for (const n of sizes) {
      const per = (f: (c: CpuWindow) => number) =>
        median(list.map((r, k) => f(windows[k]![n - 1]!) / ((r[n - 1]! * windows[k]![n - 1]!.wallMs) / 1000)))
      const sum = (f: (c: CpuWindow) => number) => windows.reduce((s, w) => s + f(w[n - 1]!), 0)
      if (median(list.map((r) => r[n - 1]!)) === 0) continue
      console.log(
        `  ${name.padEnd(14)} ${n} ${cell(
          per((c) => c.instanceSystemMs),
          per((c) => c.pgSystemMs),
          2,
        )}` +
          ` ${cell(
            per((c) => c.instanceSyscalls),
            per((c) => c.pgSyscalls),
            1,
          )}` +
          ` ${cell(
            per((c) => c.instanceSwitches),
            per((c) => c.pgSwitches),
            1,
          )}` +
          ` ${per((c) => c.walBytes)
            .toFixed(0)
            .padStart(10)}  ${sum((c) => c.backendsStarted)} / ${sum((c) => c.backendsEnded)}`,
      )
    }
  }
}

/**
 * Prints what a second busy process alone costs: create+accept on instance A alone (×1), on A
 * while B serves the control route (no database work, nothing shared with A), and on A and B
 * (×2); CPU per pair of A, of B and of PostgreSQL, medians over the rounds. If A and PostgreSQL
 * cost as much more beside a busy B that shares nothing with them as they do at ×2, the rise at
 * ×2 is the cores being shared by more busy processes, not work the instances make for each other.
 */
export function printInterference(
  rates: number[][],
  cpus: CpuWindow[][],
  beside: Array<{ rate: number; cpu: CpuWindow }>,
) {
  const row = (label: string, list: Array<{ rate: number; cpu: CpuWindow }>, bIsLoad: boolean) => {
    const per = (f: (c: CpuWindow) => number) =>
      median(list.map(({ rate, cpu }) => f(cpu) / ((rate * cpu.wallMs) / 1000)))
    const a = per((c) => c.instanceMsEach[0] ?? 0)
    const b = per((c) => c.instanceMsEach[1] ?? 0)
    const pgMs = per((c) => c.pgMs)
    const rate = median(list.map((x) => x.rate)).toFixed(0)
    const bCell = `B ${b.toFixed(2)}${bIsLoad ? ' (its own load)' : ''}`.padEnd(22)
    const server = bIsLoad
      ? `A + PostgreSQL ${(a + pgMs).toFixed(2)}`
      : `A + B + PostgreSQL ${(a + b + pgMs).toFixed(2)}`
    console.log(
      `  ${label.padEnd(40)} ${rate.padStart(5)}/s   A ${a.toFixed(2)}  ${bCell}  PostgreSQL ${pgMs.toFixed(2)}  ${server}`,
    )
  }
  console.log(
    '\ninterference: create+accept, server CPU ms per pair by process, medians over the rounds (B idle at ×1 counts its background)',
  )
  row(
    '×1 (A alone)',
    rates.map((r, k) => ({ rate: r[0]!, cpu: cpus[k]![0]! })),
    false,
  )
  row('×1 beside B busy on the control route', beside, true)
  row(
    '×2 (A and B)',
    rates.map((r, k) => ({ rate: r[1]!, cpu: cpus[k]![1]! })),
    false,
  )
}
