import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'
import { loadConfig } from '../../src/config'
import { createContainer, type Container } from '../../src/container'
import { createLogger } from '../../src/platform/logger'
import { PG_TEST_URL } from '../support/test-app'
import { freePort, spawnTs, waitUntil } from '../support/server-process'
import { TestSmsc } from './sms-test-smsc'

/**
 * The SMS delivery policy against a real SMPP peer: an SMSC outage while notices keep being
 * produced (60 s on SQLite, 300 s on PostgreSQL) ends with every message delivered exactly once;
 * a server killed with SIGKILL mid-dispatch and restarted loses nothing, and anything the phone
 * got twice is marked uncertain.
 */
type Kind = 'sqlite' | 'postgres'
const SIGNATURE = '【乌鲁木齐市政务服务中心】'

function databaseEnv(kind: Kind) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-sms-fault-'))
  const schema = `f_${randomBytes(5).toString('hex')}`
  const env: Record<string, string> =
    kind === 'sqlite'
      ? { DATA_DIR: dir, DATABASE_URL: path.join(dir, 'yimin.db') }
      : { DATA_DIR: dir, DATABASE_URL: PG_TEST_URL, PG_SCHEMA: schema }
  const cleanup = async () => {
    fs.rmSync(dir, { recursive: true, force: true })
    if (kind === 'postgres') {
      const client = new pg.Client({ connectionString: PG_TEST_URL })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade`)
      await client.end()
    }
  }
  return { env, cleanup }
}

const smppEnv = (port: number): Record<string, string> => ({
  SMS_PROVIDER: 'smpp',
  SMPP_HOST: '127.0.0.1',
  SMPP_PORT: String(port),
  SMPP_SYSTEM_ID: 'yimin',
  SMPP_PASSWORD: 'secret',
  SMPP_SOURCE_ADDR: '10690000',
  SMPP_WINDOW: '10',
  SMPP_ENQUIRE_LINK_SECONDS: '5',
  SMS_MAX_PER_NUMBER_PER_MINUTE: '0',
  SMS_LEASE_SECONDS: '5',
})

/** A real server process; a generous start time (the machine may be busy compiling TypeScript). */
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

const phoneOf = (i: number) => `1390${String(i % 100_000).padStart(7, '0')}`

async function queueNotice(c: Container, i: number, prefix: string): Promise<void> {
  await c.database.db.transaction().execute((tx) =>
    c.sms.service.queue(tx, {
      causeKey: `${prefix}:${i}`,
      recipient: phoneOf(i),
      template: 'fault',
      body: `${prefix} 第${i}号通知：您的证件已可领取。`,
      isEssential: true,
    }),
  )
}

async function outage(kind: Kind, downSeconds: number) {
  const smsc = new TestSmsc()
  const port = await smsc.start()
  const { env, cleanup } = databaseEnv(kind)
  const config = loadConfig({
    ...env,
    ...smppEnv(port),
    LOG_LEVEL: 'silent',
    WORKERS: 'true',
    SMS_MAX_PER_SECOND: '200',
  })
  const c = await createContainer({ config, log: createLogger('silent') })
  try {
    await c.start()
    let produced = 0
    let producing = true
    const producer = (async () => {
      while (producing) {
        await queueNotice(c, produced, `outage${downSeconds}`)
        produced++
        await new Promise((r) => setTimeout(r, 100))
      }
    })()
    await new Promise((r) => setTimeout(r, 3000))
    await smsc.down()
    const atDown = produced
    await new Promise((r) => setTimeout(r, downSeconds * 1000))
    await smsc.up()
    const atUp = produced
    await new Promise((r) => setTimeout(r, 3000))
    producing = false
    await producer
    // notices kept coming all through the outage (about 8 a second)
    expect(atUp - atDown).toBeGreaterThan(downSeconds * 4)

    const settled = await waitUntil(
      async () => {
        const rows = await c.database.db
          .selectFrom('sms_messages')
          .select(['body', 'status', 'is_uncertain'])
          .execute()
        return rows.length === produced && rows.every((r) => r.status === 'delivered') ? rows : null
      },
      120_000,
      'every message to be delivered',
    ).catch(async (err: unknown) => {
      const byStatus = await c.database.db
        .selectFrom('sms_messages')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('status')
        .execute()
      throw new Error(
        `${String(err)}; produced ${produced}, at the SMSC ${smsc.messages.length}, by status ${JSON.stringify(byStatus)}`,
      )
    })
    expect(settled).toHaveLength(produced)
    const counts = smsc.countByText()
    const missing = settled.filter((r) => counts.get(r.body) === undefined)
    const twice = settled.filter((r) => (counts.get(r.body) ?? 0) > 1)
    expect(missing).toEqual([])
    expect(twice).toEqual([])
    expect(smsc.messages).toHaveLength(produced)
    expect(smsc.binds).toBeGreaterThanOrEqual(2)
  } finally {
    await c.close()
    await smsc.stop()
    await cleanup()
  }
}

async function killMidDispatch(kind: Kind) {
  const smsc = new TestSmsc({ respondAfterMs: 5 })
  const port = await smsc.start()
  const { env, cleanup } = databaseEnv(kind)
  const serverEnv = { ...env, ...smppEnv(port), SMS_MAX_PER_SECOND: '100' }
  const total = 600
  try {
    // queue the notices (committed) with a container that does not dispatch
    const producer = await createContainer({
      config: loadConfig({ ...serverEnv, LOG_LEVEL: 'silent', WORKERS: 'false' }),
      log: createLogger('silent'),
    })
    for (let i = 0; i < total; i++) await queueNotice(producer, i, 'k9')
    await producer.close()

    const server = await startServer(serverEnv)
    await waitUntil(
      async () => (smsc.submits.length >= 150 ? true : null),
      60_000,
      '150 submits before the kill',
    )
    await server.stop('SIGKILL')
    const atKill = smsc.submits.length
    expect(atKill).toBeLessThan(total)

    const restarted = await startServer(serverEnv)
    try {
      const c = await createContainer({
        config: loadConfig({ ...serverEnv, LOG_LEVEL: 'silent', WORKERS: 'false' }),
        log: createLogger('silent'),
      })
      try {
        const rows = await waitUntil(
          async () => {
            // the notices of this test (the demo center sends its own too: the bidders' codes)
            const r = await c.database.db
              .selectFrom('sms_messages')
              .select(['body', 'status', 'is_uncertain'])
              .where('template', '=', 'fault')
              .execute()
            return r.every((m) => m.status === 'delivered') ? r : null
          },
          90_000,
          'every message to be delivered after the restart',
        )
        expect(rows).toHaveLength(total)
        const counts = smsc.countByText()
        const lost = rows.filter((r) => !counts.has(r.body))
        expect(lost).toEqual([])
        const duplicated = rows.filter((r) => (counts.get(r.body) ?? 0) > 1)
        expect(duplicated.filter((r) => r.is_uncertain !== 1)).toEqual([])
        for (const r of rows) expect(r.body.startsWith(SIGNATURE)).toBe(true)
        // what was uncertain is counted and visible
        const metrics = await (await fetch(`${restarted.url}/metrics`)).text()
        const uncertain = rows.filter((r) => r.is_uncertain === 1).length
        expect(metrics).toContain(`yimin_sms_uncertain_total ${uncertain}`)
        console.log(
          `[sms kill -9 on ${kind}] ${total} notices, ${atKill} submits before the kill, ${uncertain} uncertain, ${duplicated.length} reached the phone twice`,
        )
      } finally {
        await c.close()
      }
    } finally {
      await restarted.stop()
    }
  } finally {
    await smsc.stop()
    await cleanup()
  }
}

const pgUnavailable = () => !inject('isPgAvailable')

describe('SMSC outages and crashes (SMPP)', () => {
  it(
    'SMSC down 60 s while notices are produced (SQLite): every message delivered exactly once',
    () => outage('sqlite', 60),
    200_000,
  )
  it.skipIf(pgUnavailable())(
    'SMSC down 300 s while notices are produced (PostgreSQL): every message delivered exactly once',
    () => outage('postgres', 300),
    480_000,
  )
  it(
    'server killed with SIGKILL mid-dispatch and restarted (SQLite): none lost, duplicates only among uncertain',
    () => killMidDispatch('sqlite'),
    420_000,
  )
  it.skipIf(pgUnavailable())(
    'server killed with SIGKILL mid-dispatch and restarted (PostgreSQL): none lost, duplicates only among uncertain',
    () => killMidDispatch('postgres'),
    420_000,
  )
})
