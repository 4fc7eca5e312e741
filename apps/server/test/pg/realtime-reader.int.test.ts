import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientEvent } from '@yimin/shared'
import { createTestContext, isDbUnavailable, type TestContext } from '../support/test-app'
import { waitUntil } from '../support/server-process'

/**
 * Issue 20, point 3: an instance's event reader does not wait for a pooled connection. Under
 * load requests hold every pooled connection, and a read queued behind them held the event a
 * call on another instance sent to the displays until some request's transaction ended.
 */
describe.skipIf(isDbUnavailable())('the event reader of an instance whose pool is busy', () => {
  let a: TestContext
  let b: TestContext

  beforeAll(async () => {
    a = await createTestContext({ start: true })
    b = await createTestContext({ shareWith: a, start: true, env: { PG_POOL_SIZE: '3' } })
  })

  afterAll(async () => {
    await b?.close()
    await a?.close()
  })

  it('delivers events from another instance while requests hold every pooled connection', async () => {
    const received: ClientEvent[] = []
    const unsubscribe = b.container.bus.subscribe(['staff'], null, (e) => received.push(e))
    const pool = b.container.database.pgPool!
    // the LISTEN connection is one of the pool's; "requests" take all the others
    const held: pg.PoolClient[] = []
    try {
      while (pool.totalCount < pool.options.max! || pool.idleCount > 0) held.push(await pool.connect())
      expect(pool.idleCount).toBe(0)
      for (const at of ['first', 'second'])
        await a.container.database.db
          .transaction()
          .execute((tx) => a.container.bus.publish(tx, 'staff', 'system.ping', { at }))
      const pings = await waitUntil(
        async () => {
          const list = received.filter((e) => e.type === 'system.ping')
          return list.length >= 2 && list
        },
        5000,
        'the events on b',
      )
      expect(pings.map((e) => (e.payload as { at: string }).at)).toEqual(['first', 'second'])
      expect(pings[0]!.seq).toBeLessThan(pings[1]!.seq)
    } finally {
      for (const c of held) c.release()
      unsubscribe()
    }
  })
})
