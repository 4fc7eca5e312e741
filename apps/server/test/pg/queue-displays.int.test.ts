import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../support/test-app'
import { freePort, spawnTs, waitUntil } from '../support/server-process'

const PASSWORD = 'yimin-demo-2016'

/** A full server instance; a generous start-up time (two processes compile at once on a busy machine). */
async function startServer(env: Record<string, string>) {
  const port = await freePort()
  const proc = await spawnTs(
    'apps/server/src/main.ts',
    { LOG_LEVEL: 'info', ...env, PORT: String(port), HOST: '127.0.0.1' },
    (out) => out.includes('Server listening'),
    120_000,
  )
  return { ...proc, url: `http://127.0.0.1:${port}` }
}
type ServerProcess = Awaited<ReturnType<typeof startServer>>

/** One API call to an instance over HTTP: status, JSON body (or null) and the session cookie set. */
async function call(
  base: string,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  const res = await fetch(`${base}/api/v1${url}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return {
    status: res.status,
    body: (await res.json().catch(() => null)) as any,
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!,
  }
}

/** An SSE client holding what it received (the raw stream). */
function listen(url: string, credential: string) {
  const chunks: string[] = []
  const req = http.get(url, { headers: { authorization: `Device ${credential}` } }, (res) => {
    res.setEncoding('utf8')
    res.on('data', (c: string) => chunks.push(c))
  })
  req.on('error', () => {})
  return { text: () => chunks.join(''), close: () => req.destroy() }
}

/**
 * Issue 9: with PostgreSQL and two instances, a call made on one reaches the hall display and
 * the window display connected to the other (each with its own device credential, no staff token).
 */
describe.skipIf(isDbUnavailable())('queue displays across two instances on one PostgreSQL', () => {
  let ctx: TestContext
  let a: ServerProcess
  let b: ServerProcess
  let env: Record<string, string>

  beforeAll(async () => {
    ctx = await createTestContext()
    env = {
      DATABASE_URL: ctx.env.DATABASE_URL!,
      PG_SCHEMA: ctx.pgSchema!,
      DATA_DIR: ctx.env.DATA_DIR!,
      YIMIN_MODE: 'demo',
      WORKERS: 'false',
    }
    // the first seeds the demo center; the second joins it
    a = await startServer(env)
    b = await startServer(env)
  }, 300_000)

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await ctx.close()
  }, 120_000)

  it('a call on A reaches the hall display and the window display on B', async () => {
    const signIn = async (username: string) => {
      const r = await call(a.url, 'POST', '/auth/login', {}, { username, password: PASSWORD })
      expect(r.status).toBe(200)
      return { cookie: r.cookie }
    }
    const admin = await signIn('admin')
    const clerk = await signIn('clerk')
    // the test runs at the real time: category A takes tickets whatever the hour and the day
    const categories = (await call(a.url, 'GET', '/queue/categories', admin)).body as Array<{
      id: string
      prefix: string
    }>
    const categoryA = categories.find((c) => c.prefix === 'A')!
    expect(
      (
        await call(a.url, 'PATCH', `/queue/categories/${categoryA.id}`, admin, {
          queueHours: null,
          isOpen: true,
        })
      ).status,
    ).toBe(200)
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())
    const availability = (await call(a.url, 'GET', '/queue/availability', admin)).body as Array<{
      prefix: string
      closedReason: string | null
    }>
    if (availability.find((x) => x.prefix === 'A')?.closedReason === 'not_working_day') {
      expect(
        (
          await call(a.url, 'PUT', `/calendar/days/${today}`, admin, {
            kind: 'workday',
            name: 'two instances',
          })
        ).status,
      ).toBe(200)
    }

    const hallMe = (await call(b.url, 'GET', '/me', { authorization: 'Device demo-hall-display-credential' }))
      .body as { hallId: string }
    const windowMe = (
      await call(b.url, 'GET', '/me', { authorization: 'Device demo-window-5-display-credential' })
    ).body as { hallId: string; windowId: string }
    expect(windowMe.windowId).toBeTruthy()
    expect(windowMe.hallId).toBe(hallMe.hallId)
    const hall = listen(
      `${b.url}/api/v1/events?channels=hall:${hallMe.hallId}`,
      'demo-hall-display-credential',
    )
    const window = listen(
      `${b.url}/api/v1/events?channels=window:${windowMe.windowId}`,
      'demo-window-5-display-credential',
    )
    try {
      await waitUntil(
        async () => hall.text().includes('system.hello') && window.text().includes('system.hello'),
        10_000,
        'both displays connected to B',
      )
      // the window display reads its window's state with its own credential, no staff session
      const state = await call(b.url, 'GET', `/queue/halls/${hallMe.hallId}/state`, {
        authorization: 'Device demo-window-5-display-credential',
      })
      expect(state.status).toBe(200)

      const ticket = await call(
        a.url,
        'POST',
        '/queue/tickets',
        { authorization: 'Device demo-kiosk-0001-credential' },
        { categoryId: categoryA.id },
      )
      expect(ticket.status, JSON.stringify(ticket.body)).toBe(200)
      const number = ticket.body.number as string
      // window 5 may serve other categories too: call until this ticket comes up
      let called = ''
      for (let i = 0; i < 20 && called !== number; i++) {
        const r = await call(a.url, 'POST', `/queue/windows/${windowMe.windowId}/call-next`, clerk, {})
        expect(r.status, JSON.stringify(r.body)).toBe(200)
        called = r.body.current.number as string
        if (called !== number)
          expect(
            (
              await call(a.url, 'POST', `/queue/windows/${windowMe.windowId}/finish`, clerk, {
                ticketId: r.body.current.id,
              })
            ).status,
          ).toBe(200)
      }
      expect(called).toBe(number)

      const hallText = await waitUntil(
        async () => (hall.text().includes(`"ticketNumber":"${number}"`) ? hall.text() : null),
        10_000,
        'the call on the hall display of B',
      )
      expect(hallText).toContain('event: queue.called')
      const windowText = await waitUntil(
        async () =>
          /event: queue\.window\n[^\n]*"ticketNumber":"\w+"/.test(window.text()) &&
          window.text().includes(`"ticketNumber":"${number}"`)
            ? window.text()
            : null,
        10_000,
        'the number on the window display of B',
      )
      expect(windowText).toContain('event: queue.window')
      // numbers and window names only: no phone, no ID on a display
      // (ids are random hex: a run of their digits can look like a phone number, so they go first)
      const shown = (hallText + windowText).replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, '')
      expect(shown).not.toMatch(/(?<![\d.])1[3-9]\d{9}(?![\d.])/)
    } finally {
      hall.close()
      window.close()
    }
  })

  /**
   * Issue 20 point 3: B is killed while calls go on at A; its hall display reconnects (to B
   * restarted) with Last-Event-ID and receives every event of its hall, in order, none twice.
   */
  it('a hall display on B killed and restarted mid-stream misses no call made on A', async () => {
    const clerk = {
      cookie: (await call(a.url, 'POST', '/auth/login', {}, { username: 'clerk', password: PASSWORD }))
        .cookie,
    }
    const display = { authorization: 'Device demo-hall-display-credential' }
    const hallId = ((await call(a.url, 'GET', '/me', display)).body as { hallId: string }).hallId
    const windowId = (
      (await call(a.url, 'GET', '/me', { authorization: 'Device demo-window-5-display-credential' }))
        .body as {
        windowId: string
      }
    ).windowId
    const categories = (await call(a.url, 'GET', '/queue/categories', clerk)).body as Array<{
      id: string
      prefix: string
    }>
    const categoryA = categories.find((c) => c.prefix === 'A')!
    // the first test opened category A for today (real time)

    // a display that behaves like EventSource: on a broken stream it connects again to B,
    // wherever B listens now, with the last id it received
    let bUrl = b.url
    const ids: number[] = []
    let lastId: string | null = null
    let connects = 0
    let stopped = false
    let req: http.ClientRequest | null = null
    const connect = () => {
      if (stopped) return
      connects++
      let buffer = ''
      let ended = false
      const again = () => {
        if (ended) return
        ended = true
        if (!stopped) setTimeout(connect, 200)
      }
      const headers: Record<string, string> = { authorization: display.authorization }
      if (lastId !== null) headers['last-event-id'] = lastId
      req = http.get(`${bUrl}/api/v1/events?channels=hall:${hallId}`, { headers }, (res) => {
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          buffer += chunk
          let i: number
          while ((i = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, i)
            buffer = buffer.slice(i + 2)
            const id = /^id: (\d+)$/m.exec(block)?.[1]
            if (id && /^event: queue\./m.test(block)) {
              lastId = id
              ids.push(Number(id))
            }
          }
        })
        res.on('close', again)
        res.on('error', again)
      })
      req.on('error', again)
    }
    connect()
    await waitUntil(async () => connects > 0 && lastId === null, 10_000, 'display connected')
    await new Promise((r) => setTimeout(r, 500))

    // the first test may have left a ticket at window 5
    const state = await call(a.url, 'GET', `/queue/windows/${windowId}`, clerk)
    if (state.body?.current)
      await call(a.url, 'POST', `/queue/windows/${windowId}/finish`, clerk, {
        ticketId: state.body.current.id,
      })

    // calls on A, one after another, until told to stop
    let calls = 0
    let stop = false
    const caller = (async () => {
      while (!stop) {
        const t = await call(
          a.url,
          'POST',
          '/queue/tickets',
          { authorization: 'Device demo-kiosk-0001-credential' },
          {
            categoryId: categoryA.id,
          },
        )
        expect(t.status, JSON.stringify(t.body)).toBe(200)
        const r = await call(a.url, 'POST', `/queue/windows/${windowId}/call-next`, clerk, {})
        expect(r.status, JSON.stringify(r.body)).toBe(200)
        const done = await call(a.url, 'POST', `/queue/windows/${windowId}/finish`, clerk, {
          ticketId: r.body.current.id,
        })
        expect(done.status).toBe(200)
        calls++
      }
    })()
    try {
      await waitUntil(async () => calls >= 3 && ids.length > 0, 60_000, 'calls seen before the kill')
      await b.stop('SIGKILL')
      const before = calls
      b = await startServer(env)
      bUrl = b.url
      await waitUntil(async () => calls >= before + 3, 60_000, 'calls while B restarted')
      await waitUntil(async () => connects > 1, 30_000, 'the display resumes on B')
      await new Promise((r) => setTimeout(r, 1000))
    } finally {
      stop = true
      await caller
    }
    const committed = (
      await ctx.container.database.db
        .selectFrom('realtime_events')
        .select('seq')
        .where('channel', '=', `hall:${hallId}`)
        .where('type', 'like', 'queue.%')
        .where('seq', '>=', ids[0] ?? 0)
        .orderBy('seq')
        .execute()
    ).map((r) => Number(r.seq))
    await waitUntil(async () => ids.length >= committed.length, 30_000, 'the display catches up')
    stopped = true
    ;(req as http.ClientRequest | null)?.destroy()
    // every event of the hall since the display's first, in order, none twice, across the restart
    expect(ids).toEqual(committed)
    expect(committed.length).toBeGreaterThan(6 * 3)
  }, 400_000)
})
