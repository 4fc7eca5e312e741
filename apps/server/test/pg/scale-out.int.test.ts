import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedCatalogFixtures } from '../../src/modules/catalog/test-fixtures'
import { applicant, foodLicenceDoc } from '../../src/modules/cases/test-fixtures'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  TEST_PASSWORD,
  type TestContext,
} from '../support/test-app'
import { freePort, spawnTs, waitUntil } from '../support/server-process'

/** A full server instance; a generous start-up time (processes compile at once on a busy machine). */
async function startServer(env: Record<string, string>) {
  const port = await freePort()
  const proc = await spawnTs(
    'apps/server/src/main.ts',
    { LOG_LEVEL: 'info', ...env, PORT: String(port), HOST: '127.0.0.1' },
    (out) => out.includes('Server listening'),
    180_000,
  )
  return { ...proc, url: `http://127.0.0.1:${port}` }
}
type ServerProcess = Awaited<ReturnType<typeof startServer>>

/**
 * An SSE client that behaves like the browser's EventSource: when its stream ends it connects
 * again (to wherever `url()` points now) with Last-Event-ID, and keeps the ids it received.
 */
function resumingClient(url: () => string, cookie: string) {
  const ids: number[] = []
  let lastId: string | null = null
  let req: http.ClientRequest | null = null
  let stopped = false
  let connects = 0
  const connect = () => {
    if (stopped) return
    connects++
    const headers: Record<string, string> = { cookie }
    if (lastId !== null) headers['last-event-id'] = lastId
    let buffer = ''
    let ended = false
    const again = () => {
      if (ended) return
      ended = true
      if (!stopped) setTimeout(connect, 200)
    }
    req = http.get(url(), { headers }, (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        let i: number
        while ((i = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, i)
          buffer = buffer.slice(i + 2)
          const id = /^id: (\d+)$/m.exec(block)?.[1]
          if (id && block.includes('event: system.ping')) {
            lastId = id
            ids.push(Number(id))
          }
        }
      })
      // the stream ends, or breaks when the instance dies
      res.on('close', again)
      res.on('error', again)
    })
    req.on('error', again)
  }
  connect()
  return {
    ids,
    connects: () => connects,
    close() {
      stopped = true
      req?.destroy()
    },
  }
}

/**
 * Issue 20: instances share one PostgreSQL database without serialising on a global lock.
 * Case numbers taken on two instances at once stay distinct and every case's chain intact;
 * events published concurrently (committing out of order, some rolled back) reach the clients
 * of another instance in one order with no gaps, across that instance being killed and
 * restarted (its clients resume with Last-Event-ID).
 */
describe.skipIf(isDbUnavailable())('scale-out on one PostgreSQL', () => {
  let ctx: TestContext
  let a: ServerProcess
  let b: ServerProcess
  let env: Record<string, string>
  let cookie: string

  beforeAll(async () => {
    ctx = await createTestContext({ start: true })
    const f = await seedCatalogFixtures(ctx.container.database.db)
    const m = await ctx.container.catalog.matters.create('system', foodLicenceDoc(f))
    await ctx.container.catalog.matters.publish('system', m.id)
    await staffSession(ctx, 'scale-clerk', [{ role: 'clerk', departmentId: null }])
    env = {
      DATABASE_URL: ctx.env.DATABASE_URL!,
      PG_SCHEMA: ctx.pgSchema!,
      DATA_DIR: ctx.env.DATA_DIR!,
      SECRET_KEY: ctx.env.SECRET_KEY!,
      YIMIN_MODE: 'production',
      WORKERS: 'false',
    }
    ;[a, b] = await Promise.all([startServer(env), startServer(env)])
    // signed in on an instance: its session carries the instances' clock (the test's is fixed)
    const login = await fetch(`${a.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'scale-clerk', password: TEST_PASSWORD }),
    })
    expect(login.status).toBe(200)
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  }, 400_000)

  afterAll(async () => {
    // throwaway instances: a clean shutdown is not what this file tests
    await Promise.all([a?.stop('SIGKILL'), b?.stop('SIGKILL')])
    await ctx?.close()
  }, 120_000)

  it('gives cases created at once on two instances distinct numbers and intact chains', async () => {
    const create = async (base: string) => {
      const res = await fetch(`${base}/api/v1/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          matterCode: 'SCJG-SPJY-001',
          applicant: applicant(),
          submittedMaterials: [0, 1, 2],
        }),
      })
      expect(res.status).toBe(200)
      const body = (await res.json()) as { id: string; number: string }
      const accepted = await fetch(`${base}/api/v1/cases/${body.id}/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: '{}',
      })
      expect(accepted.status).toBe(200)
      return body
    }
    const made = await Promise.all(Array.from({ length: 40 }, (_, i) => create(i % 2 ? a.url : b.url)))
    const numbers = made.map((c) => c.number)
    expect(new Set(numbers).size).toBe(40)
    // one day's numbers of one center: the same prefix, five digits, none used twice
    expect(new Set(numbers.map((n) => n.slice(0, -5))).size).toBe(1)
    const report = await ctx.container.cases.chain.verify()
    expect(report.problems.filter((p) => p.kind !== 'unsealed')).toEqual([])
    expect(report.casesChecked).toBe(40)
    // created and accepted: two events each
    expect(report.eventsChecked).toBe(80)
  }, 120_000)

  it('delivers events in one order with no gaps to clients of an instance killed and restarted', async () => {
    const bus = ctx.container.bus
    let bUrl = b.url
    const clients = Array.from({ length: 5 }, () =>
      resumingClient(() => `${bUrl}/api/v1/events?channels=staff`, cookie),
    )
    let published = 0
    let stop = false
    // four publishers at once; some hold their transaction open after publishing (their event
    // commits after later ones), some roll back
    const publisher = async (p: number) => {
      for (let k = 0; !stop; k++) {
        const n = published++
        await ctx.container.database.db
          .transaction()
          .execute(async (tx) => {
            await bus.publish(tx, 'staff', 'system.ping', { at: `p${p}-${k}` })
            if (n % 3 === 0) await new Promise((r) => setTimeout(r, 30 + (n % 7) * 20))
            if (n % 10 === 7) throw new Error('rolled back')
          })
          .catch((err: unknown) => {
            if (!(err instanceof Error && err.message === 'rolled back')) throw err
          })
        await new Promise((r) => setTimeout(r, 5))
      }
    }
    await waitUntil(async () => clients.every((c) => c.connects() > 0), 10_000, 'clients connect')
    await new Promise((r) => setTimeout(r, 500))
    const running = [0, 1, 2, 3].map(publisher)
    try {
      await waitUntil(async () => clients.every((c) => c.ids.length >= 20), 30_000, 'events before the kill')
      await b.stop('SIGKILL')
      const before = published
      b = await startServer(env)
      bUrl = b.url
      await waitUntil(async () => published > before + 20, 30_000, 'events while b was down')
      await waitUntil(async () => clients.every((c) => c.connects() > 1), 30_000, 'clients resume on b')
      await new Promise((r) => setTimeout(r, 1000))
    } finally {
      stop = true
      await Promise.all(running)
    }
    const committed = (
      await ctx.container.database.db
        .selectFrom('realtime_events')
        .select('seq')
        .where('channel', '=', 'staff')
        .where('type', '=', 'system.ping')
        .orderBy('seq')
        .execute()
    ).map((r) => Number(r.seq))
    expect(committed.length).toBeGreaterThan(40)
    const until = Date.now() + 30_000
    while (Date.now() < until && !clients.every((c) => c.ids.length >= committed.length))
      await new Promise((r) => setTimeout(r, 50))
    for (const c of clients) {
      c.close()
      // exactly the committed events, in number order: none missed, none twice, none rolled back
      expect(c.ids).toEqual(committed)
    }
  }, 400_000)
})
