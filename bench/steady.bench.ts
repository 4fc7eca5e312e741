// Steady latency under load (issue 20, point 6, and point 4 over HTTP): ONE server process on
// SQLite (bench/support/steady-server.ts: the real configuration, the demo center, background
// work on, the clock moved to CLOCK), CLIENTS concurrent keep-alive clients for DURATION seconds,
// each repeatedly picking a request from a mix:
//   create a case (MATTERS in turn)  20%      accept a case created earlier  20%
//   issue a ticket (kiosk; the demo hall's categories, each as often as the hall has windows for
//   it)  25%     call-next + finish at a free window (by a clerk with a center-wide grant)  25%
//   the floor route (a validated route writing one row; bench/support/floor-route.ts)  10%
// The waiting line stays bounded: over LINE waiting tickets a client calls instead of issuing,
// with none waiting it issues instead of calling. Three runs of DURATION s, each printing per kind
// count, rate, p50/p95/p99, errors, p99 / the floor's p99 of the same run, and the server's CPU:
//   1. saturating: every client sends its next request when the last is answered (point 6; at
//      saturation a request's latency is mostly its wait behind the others: p99/floor ≈ 1);
//   2. the same with the supervisor back to back (below);
//   3. paced at RATE requests/s in all (default: half of run 1's rate; nearly Poisson arrivals),
//      with the supervisor pausing SUP_EVERY ms between requests.
// Supervision (point 4): one more client (the demo `supervisor`) requests the overview and the
// departments and windows tables in a loop; their p50/p95/p99 quiet (before the load; with the
// server's CPU per request: on SQLite, time its one event loop serves nobody else) and in runs 2
// and 3 side by side. SUP_KEEP=<dir>: the server runs on a COPY of <dir>/<SUP_SIZE>/ (data kept
// by bench/supervision.bench.ts; the original is only read), else on a fresh demo center.
// Logging (point 6): two more servers on fresh demo centers, LOG_LEVEL=info and silent, the same
// saturating mix in AB_ROUNDS interleaved rounds of AB_DURATION s: the rates and each server
// process's CPU time per request side by side, the info server's log lines per request and
// whether any line carries a request body.
// Run: npx tsx bench/steady.bench.ts [steady|log]   (DURATION=10 CLIENTS=50 LINE=200 QUIET=60
//      SUP_EVERY=250 RATE=… AB_ROUNDS=6 AB_DURATION=4 CLOCK=2026-06-16T03:00:00.000Z)
//      SUP_KEEP=/tmp/supkeep SUP_SIZE=1000000 npx tsx bench/steady.bench.ts steady
import path from 'node:path'
import { Latencies, loadLine, processCpuMs, waitIdle } from './support/http-load'
import {
  LogCount,
  prepare,
  runMix,
  startSteadyServer,
  superviseOnce,
  SUP_ROUTES,
  type MixOptions,
  type World,
} from './support/steady-mix'

const DURATION = Number(process.env.DURATION ?? 10)
const CLIENTS = Number(process.env.CLIENTS ?? 50)
const LINE = Number(process.env.LINE ?? 200)
const QUIET = Number(process.env.QUIET ?? 60)
const SUP_EVERY = Number(process.env.SUP_EVERY ?? 250)
const AB_ROUNDS = Number(process.env.AB_ROUNDS ?? 6)
const AB_DURATION = Number(process.env.AB_DURATION ?? 4)
const CLOCK = process.env.CLOCK ?? '2026-06-16T03:00:00.000Z' // what the supervision data was generated for
const MATTERS = (process.env.MATTERS ?? 'SCJ-004,ZJ-001').split(',')
const o: MixOptions = { clients: CLIENTS, line: LINE, clock: CLOCK, matters: MATTERS }

const ms = (x: number) => x.toFixed(1).padStart(7)

function printKinds(lat: Latencies, seconds: number, kinds: string[]) {
  const floor = lat.stats('floor').p99
  console.log(`  ${'kind'.padEnd(24)}  count  rate/s      p50      p95      p99  errors  p99/floor`)
  for (const kind of kinds) {
    const s = lat.stats(kind)
    console.log(
      `  ${kind.padEnd(24)} ${String(s.count).padStart(6)} ${(s.count / seconds).toFixed(0).padStart(7)} ${ms(s.p50)}  ${ms(s.p95)}  ${ms(s.p99)} ${String(s.errors).padStart(7)} ${(s.p99 / floor).toFixed(2).padStart(10)}`,
    )
  }
  for (const kind of kinds) {
    const s = lat.stats(kind)
    if (s.firstError) console.log(`    ${kind}: first failure ${s.firstError}`)
  }
}

const MIX_KINDS = ['create', 'accept', 'issue', 'call-next', 'finish', 'floor']

/** The mix for DURATION s with the supervisor's loop: its table, and the run's figures. */
async function measured(
  w: World,
  pid: number,
  title: string,
  rate: number | null,
  supervise: number | null,
  quietCpu: Map<string, number>,
) {
  const lat = new Latencies()
  const cpu0 = process.cpuUsage()
  const server0 = processCpuMs(pid)
  const { seconds, empty } = await runMix(o, w, DURATION, lat, supervise, rate)
  const serverMs = processCpuMs(pid) - server0
  const cpu = process.cpuUsage(cpu0)
  const mixRate = lat.total(MIX_KINDS) / seconds
  console.log(`\n== ${title}: ${mixRate.toFixed(0)} requests/s (${loadLine()})`)
  printKinds(lat, seconds, [...MIX_KINDS, 'call-next, none waiting'])
  // what the supervisor's requests took of the server (at their quiet CPU cost each)
  const supMs = SUP_ROUTES.reduce((t, r) => t + lat.total([`supervision ${r}`]) * quietCpu.get(r)!, 0)
  if (supervise !== null)
    console.log(
      `  the supervisor's ${lat.total(SUP_ROUTES.map((r) => `supervision ${r}`))} requests: about ${((supMs / 1000 / seconds) * 100).toFixed(0)}% of a core, ${((supMs / serverMs) * 100).toFixed(0)}% of the server's CPU`,
    )
  // the server's CPU: a server short of a whole core while saturated waited for the machine
  const mixRequests = lat.total([...MIX_KINDS, 'call-next, none waiting'])
  console.log(
    `  server CPU ${((serverMs - supMs) / mixRequests).toFixed(2)} ms per request of the mix, ${((serverMs / 1000 / seconds) * 100).toFixed(0)}% of a core in all; load generator ${(((cpu.user + cpu.system) / 1e6 / seconds) * 100).toFixed(0)}% of a core; ${empty} call-next found nobody waiting for its window`,
  )
  return { lat, mixRate }
}

async function steady() {
  const keep = process.env.SUP_KEEP
    ? path.join(process.env.SUP_KEEP, process.env.SUP_SIZE ?? '1000000')
    : null
  const log = new LogCount()
  console.log(keep ? `on a copy of ${keep}` : 'on a fresh demo center')
  const server = await startSteadyServer(o, process.env.LOG_LEVEL ?? 'info', keep, log)
  try {
    const w = await prepare(o, server.port)
    console.log(
      `${CLIENTS} clients, ${DURATION} s per run, line bounded at ${LINE}; ${w.windowIds.length} windows, ${w.mix.length} categories, matters ${MATTERS.join(', ')}; clock ${CLOCK}`,
    )
    const pid = server.proc.pid!
    console.log(`server idle ${(await waitIdle(pid)).toFixed(0)} s after the sessions were opened`)
    // quiet: the supervisor alone (after a few requests to warm up), one route after the other;
    // on SQLite its CPU time is time the event loop serves nobody else
    const quiet = new Latencies()
    const quietCpu = new Map<string, number>()
    for (const route of SUP_ROUTES) {
      for (let i = 0; i < 3; i++) await superviseOnce(w, new Latencies(), route)
      const cpu0 = processCpuMs(pid)
      for (let i = 0; i < QUIET; i++) await superviseOnce(w, quiet, route)
      quietCpu.set(route, (processCpuMs(pid) - cpu0) / QUIET)
    }
    await runMix(o, w, Math.min(3, DURATION), new Latencies()) // warm-up: the hot paths compiled, a line formed
    const alone = await measured(w, pid, `saturating: ${CLIENTS} clients back to back`, null, null, quietCpu)
    const saturated = await measured(
      w,
      pid,
      `saturating, with the supervisor back to back`,
      null,
      0,
      quietCpu,
    )
    const rate = Number(process.env.RATE ?? Math.round(alone.mixRate / 2))
    const paced = await measured(
      w,
      pid,
      `paced at ${rate} requests/s in all (RATE), with the supervisor pausing ${SUP_EVERY} ms (SUP_EVERY)`,
      rate,
      SUP_EVERY,
      quietCpu,
    )
    console.log(`\n== supervision over HTTP (the demo supervisor, one request at a time), ms`)
    console.log(
      `  ${''.padEnd(12)}${['quiet', 'saturating', 'paced'].map((h) => `| ${h.padEnd(11)}p50     p95     p99   `).join('')}| quiet server CPU ms/request`,
    )
    for (const route of SUP_ROUTES) {
      const cells = [quiet, saturated.lat, paced.lat].map((l) => {
        const x = l.stats(`supervision ${route}`)
        return `| ${String(x.count).padStart(4)}${ms(x.p50).padStart(10)} ${ms(x.p95)} ${ms(x.p99)}  `
      })
      console.log(`  ${route.padEnd(12)}${cells.join('')}| ${quietCpu.get(route)!.toFixed(1).padStart(6)}`)
    }
    for (const [name, l] of [
      ['saturating', saturated.lat],
      ['paced', paced.lat],
    ] as const) {
      const f = l.stats('floor')
      console.log(
        `  the floor route, ${name.padEnd(10)}: p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  p99 ${ms(f.p99)}`,
      )
    }
    w.client.close()
    await server.stop() // its log read to the end
    console.log(
      `  server log at ${process.env.LOG_LEVEL ?? 'info'}: ${log.lines} lines, ${log.requests} request lines for ${w.client.sent()} requests sent, ${log.withBody} with a body`,
    )
  } finally {
    await server.stop()
  }
}

/** Point 6's logging claim: the same mix on a server at LOG_LEVEL=info and one at silent. */
async function logAB() {
  const logs = { info: new LogCount(), silent: new LogCount() }
  const servers = {
    info: await startSteadyServer(o, 'info', null, logs.info),
    silent: await startSteadyServer(o, 'silent', null, logs.silent),
  }
  try {
    const worlds = {
      info: await prepare(o, servers.info.port),
      silent: await prepare(o, servers.silent.port),
    }
    for (const server of Object.values(servers)) await waitIdle(server.proc.pid!)
    for (const level of ['info', 'silent'] as const) await runMix(o, worlds[level], 2, new Latencies())
    // each round runs both (the order alternating); its ratios compare the two of one round
    const rates = { info: [] as number[], silent: [] as number[] }
    const cpu = { info: [] as number[], silent: [] as number[] }
    for (let round = 0; round < AB_ROUNDS; round++) {
      for (const level of round % 2 ? (['silent', 'info'] as const) : (['info', 'silent'] as const)) {
        const lat = new Latencies()
        const cpu0 = processCpuMs(servers[level].proc.pid!)
        const { seconds } = await runMix(o, worlds[level], AB_DURATION, lat)
        rates[level].push(lat.total() / seconds)
        cpu[level].push((processCpuMs(servers[level].proc.pid!) - cpu0) / lat.total())
      }
    }
    const median = (xs: number[]) => {
      const v = [...xs].sort((a, b) => a - b)
      return v.length % 2 ? v[v.length >> 1]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2
    }
    const ratios = (xs: number[], ys: number[]) => xs.map((x, k) => x / ys[k]!)
    const spread = (xs: number[]) => `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}`
    console.log(
      `\n== request logging: the saturating mix at LOG_LEVEL=info vs silent, ${AB_ROUNDS} rounds × ${AB_DURATION} s (${loadLine()})`,
    )
    for (const level of ['info', 'silent'] as const)
      console.log(
        `  ${level.padEnd(7)} ${rates[level].map((r) => r.toFixed(0).padStart(5)).join(' ')} requests/s   server CPU ${cpu[level].map((c) => c.toFixed(3)).join(' ')} ms/request`,
      )
    const rate = ratios(rates.info, rates.silent)
    const cost = ratios(cpu.info, cpu.silent)
    console.log(
      `  rate info / silent: median ${median(rate).toFixed(3)} (${spread(rate)});  server CPU per request info / silent: median ${median(cost).toFixed(3)} (${spread(cost)})`,
    )
    for (const w of Object.values(worlds)) w.client.close()
    await Promise.all(Object.values(servers).map((s) => s.stop())) // their logs read to the end
    console.log(
      `  info server: ${logs.info.requests} request lines (${logs.info.lines} lines in all, ${(logs.info.bytes / logs.info.lines).toFixed(0)} bytes a line) for ${worlds.info.client.sent()} requests sent, ${logs.info.withBody} lines with a body; silent server: ${logs.silent.lines} lines`,
    )
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()))
  }
}

const only = process.argv[2]
if (!only || only === 'steady') await steady()
if (!only || only === 'log') await logAB()
process.exit(0)
