import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientEvent } from '@yimin/shared'
import { createTestContext, isDbUnavailable, staffSession, type TestContext } from './support/test-app'

/** Reads an SSE stream over real HTTP, collecting events until told to stop. */
function openStream(url: string, headers: Record<string, string> = {}) {
  const events: Array<{ id?: string; event: string; data: unknown }> = []
  let status = 0
  const req = http.get(url, { headers }, (res) => {
    status = res.statusCode ?? 0
    let buffer = ''
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      buffer += chunk
      let i: number
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, i)
        buffer = buffer.slice(i + 2)
        const fields: Record<string, string> = {}
        for (const line of block.split('\n')) {
          const m = /^([a-z]+): ?(.*)$/.exec(line)
          if (m) fields[m[1]!] = m[2]!
        }
        if (fields.event)
          events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data ?? 'null') })
      }
    })
  })
  req.on('error', () => {})
  return {
    events,
    status: () => status,
    close: () => req.destroy(),
    async waitFor(predicate: () => boolean, ms = 5000) {
      const until = Date.now() + ms
      while (!predicate()) {
        if (Date.now() > until) throw new Error(`timed out; got ${JSON.stringify(events)}`)
        await new Promise((r) => setTimeout(r, 20))
      }
    },
  }
}

describe.skipIf(isDbUnavailable())('real-time bus and server-sent events', () => {
  let ctx: TestContext
  let base: string
  let staff: string

  beforeAll(async () => {
    ctx = await createTestContext({ start: true })
    staff = await staffSession(ctx, 'watcher', [{ role: 'clerk', departmentId: null }])
    await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`
  })
  afterAll(() => ctx.close())

  const publish = (channel: string, n: number) =>
    ctx.container.database.db
      .transaction()
      .execute((tx) => ctx.container.bus.publish(tx, channel, 'system.ping', { at: `n${n}` }))

  it('delivers committed events and never rolled-back ones', async () => {
    const seen: ClientEvent[] = []
    const off = ctx.container.bus.subscribe(['staff'], null, (e) => seen.push(e))
    await expect(
      ctx.container.database.db.transaction().execute(async (tx) => {
        await ctx.container.bus.publish(tx, 'staff', 'system.ping', { at: 'rolled-back' })
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    await publish('staff', 1)
    await ctx.container.bus.flush()
    await new Promise((r) => setTimeout(r, 50))
    await ctx.container.bus.flush()
    off()
    expect(seen.map((e) => (e.payload as { at: string }).at)).toEqual(['n1'])
  })

  it('writes a batch of events in the order published, with their own numbers, and none when it fails', async () => {
    const seen: ClientEvent[] = []
    const off = ctx.container.bus.subscribe(['staff', 'hall:batch'], null, (e) => seen.push(e))
    const bus = ctx.container.bus
    const db = ctx.container.database.db
    await expect(
      db.transaction().execute((tx) =>
        bus.batched(tx, async () => {
          await bus.publish(tx, 'staff', 'system.ping', { at: 'failed-1' })
          await bus.publish(tx, 'staff', 'system.ping', { at: 'failed-2' })
          throw new Error('abort')
        }),
      ),
    ).rejects.toThrow('abort')
    await db.transaction().execute((tx) =>
      bus.batched(tx, async () => {
        await bus.publish(tx, 'staff', 'system.ping', { at: 'b1' })
        // nothing is written until the batch ends
        expect(
          await tx.selectFrom('realtime_events').select('seq').where('payload', 'like', '%"b1"%').execute(),
        ).toEqual([])
        await bus.publish(tx, 'hall:batch', 'system.ping', { at: 'b2 \'quoted\' {braces}, "commas"' })
        await bus.publish(tx, 'staff', 'system.ping', { at: 'b3' })
      }),
    )
    await publish('staff', 4)
    await bus.flush()
    off()
    expect(seen.map((e) => [e.channel, (e.payload as { at: string }).at])).toEqual([
      ['staff', 'b1'],
      ['hall:batch', 'b2 \'quoted\' {braces}, "commas"'],
      ['staff', 'b3'],
      ['staff', 'n4'],
    ])
    const seqs = seen.map((e) => e.seq)
    expect(new Set(seqs).size).toBe(4)
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
  })

  it('streams to an SSE client and catches up after a reconnect', async () => {
    const first = openStream(`${base}/api/v1/events?channels=staff`, { cookie: staff })
    await first.waitFor(() => first.events.some((e) => e.event === 'system.hello'))
    await publish('staff', 10)
    await first.waitFor(() => first.events.some((e) => e.event === 'system.ping'))
    const lastId = first.events.filter((e) => e.id).at(-1)!.id!
    first.close()

    // while disconnected
    await publish('staff', 11)
    await publish('hall:h1', 12)
    await publish('staff', 13)

    const second = openStream(`${base}/api/v1/events?channels=staff`, {
      cookie: staff,
      'last-event-id': lastId,
    })
    await second.waitFor(() => second.events.filter((e) => e.event === 'system.ping').length >= 2)
    await publish('staff', 14)
    await second.waitFor(() => second.events.filter((e) => e.event === 'system.ping').length >= 3)
    second.close()
    const notes = second.events
      .filter((e) => e.event === 'system.ping')
      .map((e) => (e.data as { payload: { at: string } }).payload.at)
    expect(notes).toEqual(['n11', 'n13', 'n14'])
  })

  it('refuses channels the caller may not hear', async () => {
    const anonymous = await ctx.app.inject({ url: '/api/v1/events?channels=staff' })
    expect(anonymous.statusCode).toBe(403)
    expect(anonymous.json().code).toBe('REALTIME_CHANNEL_FORBIDDEN')
    const bad = await ctx.app.inject({ url: '/api/v1/events?channels=../../etc', headers: { cookie: staff } })
    expect(bad.statusCode).toBe(400)
  })

  it('closes a device stream when the device is revoked', async () => {
    const { device, credential } = await ctx.container.devices.register('system', {
      kind: 'hall_display',
      name: 'd',
      windowId: null,
      areaId: null,
    })
    const stream = openStream(`${base}/api/v1/events?channels=device:${device.id}`, {
      authorization: `Device ${credential}`,
    })
    await stream.waitFor(() => stream.events.some((e) => e.event === 'system.hello'))
    await ctx.container.devices.revoke(
      {
        kind: 'staff',
        userId: 'u',
        username: 'u',
        displayName: 'u',
        grants: [{ role: 'admin', departmentId: null }],
      },
      device.id,
    )
    await stream.waitFor(() => stream.events.some((e) => e.event === 'device.revoked'))
    stream.close()
  })
})
