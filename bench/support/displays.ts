// Hall displays on SSE for the queue benchmarks: CLIENTS displays connected to one instance, calls
// made on another (or the same) one by one, and when each display received each call. Times are
// measured from the call-next request being sent (t0):
//   - answer: the call-next response is back (the call's transaction committed);
//   - published: the event's `at` (the clock read inside the call's transaction, on the same
//     machine), so "after publish" is commit, NOTIFY, the listening instance's read and the SSE
//     writes;
//   - first / last display: the first and the last of the CLIENTS displays received the event.
import http from 'node:http'
import os from 'node:os'
import { median } from './cpu-meter'

export interface DisplayFigures {
  /** per call: ms from t0 */
  answer: number[]
  published: number[]
  first: number[]
  last: number[]
  /** every delivery, ms from t0 */
  perDelivery: number[]
  /** calls some display did not receive within 5 s */
  missed: number
}

export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN
}

/** POST with a JSON body to the API on a port; the body comes back parsed (null if none). */
export async function postJson(
  port: number,
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; body: any }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}

/**
 * Connects `clients` displays (device credential `display`) to `listenPort`, then makes `calls`
 * calls (call-next and finish, windows in turn) on `callPort` and times their delivery.
 */
export async function displaysRun(opts: {
  callPort: number
  listenPort: number
  cookie: string
  windowIds: string[]
  hallId: string
  display: string
  clients: number
  calls: number
}): Promise<DisplayFigures> {
  const { callPort, listenPort, cookie, windowIds, hallId, display, clients, calls } = opts
  const received = new Map<string, number[]>() // ticket number → receive times
  const publishedAt = new Map<string, number>() // ticket number → the event's `at` on the perf clock
  let hellos = 0
  const reqs: http.ClientRequest[] = []
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients + 10 })
  for (let i = 0; i < clients; i++) {
    const req = http.get(
      `http://127.0.0.1:${listenPort}/api/v1/events?channels=hall:${hallId}`,
      { agent, headers: { authorization: `Device ${display}` } },
      (res) => {
        let buf = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          const now = performance.now()
          buf += chunk
          let k: number
          while ((k = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, k)
            buf = buf.slice(k + 2)
            if (block.includes('event: system.hello')) hellos++
            if (block.includes('event: queue.called')) {
              const m = /"ticketNumber":"(\w+)"/.exec(block)
              if (m) {
                const list = received.get(m[1]!) ?? []
                list.push(now)
                received.set(m[1]!, list)
                if (!publishedAt.has(m[1]!)) {
                  const at = /"at":"([^"]+)"/.exec(block)
                  if (at) publishedAt.set(m[1]!, Date.parse(at[1]!) - performance.timeOrigin)
                }
              }
            }
          }
        })
      },
    )
    req.on('error', () => {})
    reqs.push(req)
  }
  while (hellos < clients) await new Promise((r) => setTimeout(r, 20))
  const figures: DisplayFigures = {
    answer: [],
    published: [],
    first: [],
    last: [],
    perDelivery: [],
    missed: 0,
  }
  try {
    for (let c = 0; c < calls; c++) {
      const windowId = windowIds[c % windowIds.length]!
      const t0 = performance.now()
      const r = await postJson(callPort, `/queue/windows/${windowId}/call-next`, { cookie }, {})
      figures.answer.push(performance.now() - t0)
      if (r.status !== 200 || !r.body?.current)
        throw new Error(`call-next: ${r.status} ${JSON.stringify(r.body)}`)
      const number = r.body.current.number as string
      const until = Date.now() + 5000
      while ((received.get(number)?.length ?? 0) < clients && Date.now() < until)
        await new Promise((res) => setImmediate(res))
      const times = received.get(number) ?? []
      for (const t of times) figures.perDelivery.push(t - t0)
      figures.first.push(Math.min(...times) - t0)
      figures.last.push(Math.max(...times) - t0)
      figures.published.push((publishedAt.get(number) ?? Number.NaN) - t0)
      if (times.length < clients) {
        figures.missed++
        console.log(`  call ${number}: only ${times.length}/${clients} displays received it`)
      }
      await postJson(
        callPort,
        `/queue/windows/${windowId}/finish`,
        { cookie },
        { ticketId: r.body.current.id },
      )
    }
  } finally {
    for (const r of reqs) r.destroy()
    agent.destroy()
  }
  return figures
}

/** p50 and p99 of a list, "p50 12.3 p99 45.6" */
export const p50p99 = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)}  p99 ${pct(xs, 99).toFixed(1)}`

/** The lines the queue bench prints for one run. */
export function printDisplays(label: string, f: DisplayFigures, clients: number, loadavg: number[]) {
  const afterPublish = f.last.map((l, k) => l - f.published[k]!)
  console.log(`${label}: ${clients} displays, ${f.last.length} calls`)
  console.log(`  per delivery  ${p50p99(f.perDelivery)} ms`)
  console.log(`  last display  ${p50p99(f.last)} ms`)
  console.log(`  of which the call-next answer ${p50p99(f.answer)} ms`)
  console.log(
    `  publish → last display ${p50p99(afterPublish)} ms   (load average ${loadavg[0]!.toFixed(1)})`,
  )
}

/**
 * The displays mode of bench/scale-out.bench.ts (issue 20 point 3): `clients` displays on instance
 * B, `calls` calls on instance A, in `rounds` rounds each quiet and then under `load` (on both
 * instances while the calls run); prints the last-display p99 quiet and under load side by side,
 * and where the time goes. `prepare` readies the line before each run (before the load starts).
 */
export async function displaysMode(o: {
  ports: number[]
  cookie: string
  kiosk: string
  hallId: string
  display: string
  windowIds: string[]
  categoryId: string
  rounds: number
  clients: number
  calls: number
  connections: number
  /** seconds of the warm-up load */
  duration: number
  prepare: () => Promise<void>
  load: (until: Promise<unknown>) => Promise<number>
}) {
  const { rounds: ROUNDS, clients: CLIENTS, calls: CALLS, connections: CONNECTIONS, duration: DURATION } = o
  const [a, b] = o.ports as [number, number]
  /** one run of CALLS calls; with `load`, the load runs on both instances meanwhile (pairs/s back) */
  const run = async (underLoad: boolean) => {
    await o.prepare()
    for (let i = 0; i < CALLS; i++) {
      const t = await postJson(
        a,
        '/queue/tickets',
        { authorization: `Device ${o.kiosk}` },
        { categoryId: o.categoryId },
      )
      if (t.status !== 200) throw new Error(`issue: ${t.status} ${JSON.stringify(t.body)}`)
    }
    const measure = () =>
      displaysRun({
        callPort: a,
        listenPort: b,
        cookie: o.cookie,
        windowIds: o.windowIds,
        hallId: o.hallId,
        display: o.display,
        clients: CLIENTS,
        calls: CALLS,
      })
    if (!underLoad) return { figures: await measure(), rate: 0 }
    let done = () => {}
    const finished = new Promise<void>((res) => (done = res))
    const load = o.load(finished)
    await new Promise((res) => setTimeout(res, 500)) // the load is up
    const figures = await measure().finally(done)
    return { figures, rate: (await load) / 2 }
  }
  const all = { quiet: [] as DisplayFigures[], load: [] as DisplayFigures[] }
  const rates: number[] = []
  console.log(
    `${ROUNDS} rounds: ${CLIENTS} displays on B, ${CALLS} calls on A, quiet then under create+accept on A and B (${CONNECTIONS} connections)`,
  )
  await o.load(new Promise((res) => setTimeout(res, DURATION * 1000))) // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    const quiet = (await run(false)).figures
    const { figures: loaded, rate } = await run(true)
    all.quiet.push(quiet)
    all.load.push(loaded)
    rates.push(rate)
    console.log(
      `round ${round + 1}: last display p99 quiet ${pct(quiet.last, 99).toFixed(1)} ms, under load ${pct(loaded.last, 99).toFixed(1)} ms (${rate.toFixed(0)} create+accept pairs/s)   (load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
    )
  }
  const merged = (list: DisplayFigures[], key: keyof DisplayFigures) =>
    list.flatMap((f) => f[key] as number[])
  const rows: Array<[string, (l: DisplayFigures[]) => number[]]> = [
    ['call-next answered', (l) => merged(l, 'answer')],
    ['event published (in the tx)', (l) => merged(l, 'published')],
    ['first display', (l) => merged(l, 'first')],
    ['last display', (l) => merged(l, 'last')],
    ['  answer → last display', (l) => l.flatMap((f) => f.last.map((x, k) => x - f.answer[k]!))],
    ['  publish → first display', (l) => l.flatMap((f) => f.first.map((x, k) => x - f.published[k]!))],
    ['  first → last display', (l) => l.flatMap((f) => f.last.map((x, k) => x - f.first[k]!))],
  ]
  console.log(`\nms from the call-next request sent, all rounds (${ROUNDS * CALLS} calls each)`)
  console.log(`  ${''.padEnd(30)}      quiet p50 / p99     under load p50 / p99`)
  for (const [label, f] of rows) {
    const q = f(all.quiet)
    const l = f(all.load)
    console.log(
      `  ${label.padEnd(30)} ${pct(q, 50).toFixed(1).padStart(8)} / ${pct(q, 99).toFixed(1).padStart(7)}   ${pct(l, 50).toFixed(1).padStart(8)} / ${pct(l, 99).toFixed(1).padStart(7)}`,
    )
  }
  const missed = [...all.quiet, ...all.load].reduce((s, f) => s + f.missed, 0)
  console.log(
    `  target: last display p99 < 100 ms quiet, < 300 ms under load; calls some display missed: ${missed}; load ${median(rates).toFixed(0)} pairs/s median`,
  )
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${os.cpus().length} cores`,
  )
}
