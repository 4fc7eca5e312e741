// The steady benchmark's load (bench/steady.bench.ts): its server (steady-server.ts) on a fresh
// demo center or a copy of kept supervision data, what the clients need from it, and the mix of
// requests CLIENTS keep-alive clients send — see the bench's header for the mix.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { windows as hallWindows } from '../../apps/server/src/seed/demo/hall'
import { DEMO_PASSWORD } from '../../apps/server/src/seed/demo/staff'
import { answer, person } from '../../apps/server/src/seed/history/actors/case-actor'
import { PASSWORD } from './bench-hall'
import { httpClient, spawnServer, type Answer, type Latencies } from './http-load'

export interface MixOptions {
  clients: number
  /** waiting tickets over which a client calls instead of issuing */
  line: number
  /** the instant the server's clock starts at (it then ticks) */
  clock: string
  /** codes of the demo matters cases are created for, in turn */
  matters: string[]
}

const KIOSK = 'demo-kiosk-0001-credential'
export const SUP_ROUTES = ['overview', 'departments', 'windows']

/**
 * A steady server on a fresh data directory (removed when it stops), or on a copy of kept
 * supervision data (`keep`: the original is only read).
 */
export async function startSteadyServer(o: MixOptions, logLevel: string, keep: string | null, log: LogCount) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-steady-'))
  if (keep) fs.cpSync(keep, dir, { recursive: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dir,
    LOG_LEVEL: logLevel,
    YIMIN_CLOCK_START: o.clock,
  }
  delete env.DATABASE_URL // SQLite in DATA_DIR
  const server = await spawnServer(
    'bench/support/steady-server.ts',
    { YIMIN_DEMO_HISTORY: '0', ...env },
    { onStdout: log.feed },
  )
  return {
    ...server,
    stop: async () => {
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Counts a server's log lines (stdout), its request lines, and lines carrying a request body. */
export class LogCount {
  lines = 0
  bytes = 0
  requests = 0
  withBody = 0
  private rest = ''
  feed = (b: Buffer) => {
    const parts = (this.rest + b.toString()).split('\n')
    this.rest = parts.pop()!
    for (const line of parts) {
      this.lines++
      this.bytes += Buffer.byteLength(line) + 1
      if (line.includes('"msg":"request"')) this.requests++
      if (/idNumber|applicant|matterCode|submittedMaterials|categoryId|password/.test(line)) this.withBody++
    }
  }
}

/** Everything the mix needs from one server: sessions, the kiosk, categories, windows, matters. */
export async function prepare(o: MixOptions, port: number) {
  const client = httpClient(port, o.clients + 1)
  const get = async <T>(url: string, headers: Record<string, string> = {}) => {
    const r = await client.request('GET', url, headers)
    if (r.status !== 200) throw new Error(`GET ${url}: ${r.status} ${r.text.slice(0, 200)}`)
    return JSON.parse(r.text) as T
  }
  const cookie = await client.login('bench-clerk', PASSWORD)
  const supervisor = await client.login('supervisor', DEMO_PASSWORD)
  const kiosk = { authorization: `Device ${KIOSK}` }
  const me = await get<{ hallId: string }>('/me', kiosk)
  const categories = await get<Array<{ id: string; code: string }>>('/queue/categories', kiosk)
  // the hall mix: a category's share is the demo hall's windows for it
  const share = new Map<string, number>()
  for (const w of hallWindows)
    for (const code of w.categories) share.set(code, (share.get(code) ?? 0) + 1 / w.categories.length)
  const mix = categories.flatMap((c) => (share.has(c.code) ? [{ id: c.id, weight: share.get(c.code)! }] : []))
  const serving = new Set(hallWindows.filter((w) => w.categories.length > 0).map((w) => w.number))
  const state = await get<{ windows: Array<{ windowId: string; windowNumber: number }> }>(
    `/queue/halls/${me.hallId}/state`,
    { cookie },
  )
  const windowIds = state.windows.filter((w) => serving.has(w.windowNumber)).map((w) => w.windowId)
  const matters = []
  for (const code of o.matters) {
    const g = await get<{ document: { materials: unknown[]; formFields?: Parameters<typeof answer>[0][] } }>(
      `/catalog/matters/${code}`,
    )
    const formData = Object.fromEntries(
      (g.document.formFields ?? [])
        .filter((f) => f.isRequired)
        .map((f) => [f.key, answer(f, o.clock.slice(0, 10))]),
    )
    matters.push({ code, submittedMaterials: g.document.materials.map((_m, i) => i), formData })
  }
  // the tickets issued and not called yet, as far as the clients know (kept from run to run)
  const line = { waiting: 0 }
  return { client, cookie, supervisor, kiosk, mix, windowIds, matters, line }
}
export type World = Awaited<ReturnType<typeof prepare>>

/**
 * CLIENTS clients running the mix for `seconds`, back to back (`rate` null: saturating), or paced
 * to `rate` requests/s in all (each client starts its next request an exponential time after the
 * start of its last: nearly Poisson arrivals); and the supervisor's loop when asked.
 */
export async function runMix(
  o: MixOptions,
  w: World,
  seconds: number,
  lat: Latencies,
  /** the supervisor's pause (ms) between two requests (0: back to back; null: no supervisor) */
  supervise: number | null = null,
  rate: number | null = null,
) {
  const { client, cookie } = w
  const staff = { cookie }
  const pending: string[] = [] // created, not yet accepted
  const free = [...w.windowIds]
  let serial = Math.floor(Math.random() * 1e6)
  let empty = 0
  const total = w.mix.reduce((s, c) => s + c.weight, 0)
  const pickCategory = () => {
    let r = Math.random() * total
    for (const c of w.mix) if ((r -= c.weight) < 0) return c.id
    return w.mix[w.mix.length - 1]!.id
  }
  const record = (kind: string, a: Answer) => (lat.add(kind, a), a)
  const end = performance.now() + seconds * 1000
  /** one request of the mix (a call: call-next and, when it called someone, finish); how many it sent */
  const step = async (): Promise<number> => {
    const r = Math.random()
    let kind = r < 0.2 ? 'create' : r < 0.4 ? 'accept' : r < 0.65 ? 'issue' : r < 0.9 ? 'call' : 'floor'
    if (kind === 'accept' && !pending.length) kind = 'create'
    if (kind === 'issue' && w.line.waiting >= o.line) kind = 'call'
    if (kind === 'call' && (w.line.waiting <= 0 || !free.length)) kind = 'issue'
    if (kind === 'create') {
      const m = w.matters[serial % w.matters.length]!
      const p = person(serial++)
      const a = record(
        'create',
        await client.request('POST', '/cases', staff, {
          matterCode: m.code,
          applicant: { kind: 'person', ...p },
          submittedMaterials: m.submittedMaterials,
          formData: m.formData,
        }),
      )
      if (a.status === 200) pending.push((JSON.parse(a.text) as { id: string }).id)
    } else if (kind === 'accept') {
      record('accept', await client.request('POST', `/cases/${pending.shift()!}/accept`, staff, {}))
    } else if (kind === 'issue') {
      const a = record(
        'issue',
        await client.request('POST', '/queue/tickets', w.kiosk, { categoryId: pickCategory() }),
      )
      if (a.status === 200) w.line.waiting++
    } else if (kind === 'call') {
      const windowId = free.shift()!
      w.line.waiting--
      const a = await client.request('POST', `/queue/windows/${windowId}/call-next`, staff, {})
      // nobody waiting for this window's categories: a valid answer, timed apart
      if (a.text.includes('QUEUE_NO_TICKET_WAITING')) lat.add('call-next, none waiting', a, true)
      else record('call-next', a)
      const current =
        a.status === 200 ? (JSON.parse(a.text) as { current: { id: string } | null }).current : null
      if (current)
        record(
          'finish',
          await client.request('POST', `/queue/windows/${windowId}/finish`, staff, { ticketId: current.id }),
        )
      else if (a.status === 200 || a.text.includes('QUEUE_NO_TICKET_WAITING')) empty++
      free.push(windowId)
      if (current) return 2
    } else {
      record(
        'floor',
        await client.request('POST', '/bench/notes', staff, {
          subject: `s${serial++}`,
          note: '受理回执已打印',
        }),
      )
    }
    return 1
  }
  const loop = async () => {
    let next = performance.now()
    let sent = 1
    while (performance.now() < end) {
      if (rate !== null) {
        for (let k = 0; k < sent; k++) next += (-Math.log(1 - Math.random()) * 1000 * o.clients) / rate
        const wait = Math.min(next, end) - performance.now()
        if (wait > 0) await new Promise((res) => setTimeout(res, wait))
        if (performance.now() >= end) break
      }
      sent = await step()
    }
  }
  const supervisorLoop = async () => {
    for (let k = 0; performance.now() < end; k++) {
      await superviseOnce(w, lat, SUP_ROUTES[k % SUP_ROUTES.length]!)
      const wait = Math.min(supervise!, end - performance.now())
      if (wait > 0) await new Promise((res) => setTimeout(res, wait))
    }
  }
  const t0 = performance.now()
  await Promise.all([
    ...Array.from({ length: o.clients }, loop),
    ...(supervise === null ? [] : [supervisorLoop()]),
  ])
  return { seconds: (performance.now() - t0) / 1000, empty }
}

export const superviseOnce = async (w: World, lat: Latencies, route: string) =>
  lat.add(
    `supervision ${route}`,
    await w.client.request('GET', `/supervision/${route}`, { cookie: w.supervisor }),
  )
