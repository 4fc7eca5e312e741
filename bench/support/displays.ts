// Hall displays on SSE for the queue benchmarks: CLIENTS displays connected to one instance, calls
// made on another (or the same) one by one, and when each display received each call. Times are
// measured from the call-next request being sent (t0):
//   - answer: the call-next response is back (the call's transaction committed);
//   - published: the event's `at` (the clock read inside the call's transaction, on the same
//     machine), so "after publish" is commit, NOTIFY, the listening instance's read and the SSE
//     writes;
//   - first / last display: the first and the last of the CLIENTS displays received the event.
import http from 'node:http'

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
