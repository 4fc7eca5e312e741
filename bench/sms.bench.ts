// SMS dispatch benchmark (issue 10): how fast the dispatcher drains the outbox to an SMSC.
// (a) baseline in the same run: the embedded outbox provider (no network), uncapped
// (b) SMPP to a local SMSC (the `smpp` package's server), window 10, uncapped — target ≥ 1,000 messages/s
// (c) SMPP with a cap (SMS_MAX_PER_SECOND) — the achieved rate should be within 5% of the cap;
//     the busiest one-second window at the SMSC is printed too
// Run: npx tsx bench/sms.bench.ts   (N=5000 CAP=200 CAPPED_N=1200 WINDOW=10; DATABASE_URL=postgres://… for PostgreSQL)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../apps/server/src/config'
import { createContainer, type Container } from '../apps/server/src/container'
import { createLogger } from '../apps/server/src/platform/logger'
import { TestSmsc } from '../apps/server/test/fault/sms-test-smsc'

const N = Number(process.env.N ?? 5000)
const CAP = Number(process.env.CAP ?? 200)
const CAPPED_N = Number(process.env.CAPPED_N ?? CAP * 6)
const WINDOW = Number(process.env.WINDOW ?? 10)

async function container(env: Record<string, string>): Promise<{ c: Container; cleanup: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-sms-bench-'))
  const base: Record<string, string> = process.env.DATABASE_URL?.startsWith('postgres')
    ? {
        DATA_DIR: dir,
        DATABASE_URL: process.env.DATABASE_URL,
        PG_SCHEMA: `bench_sms_${Date.now().toString(36)}`,
      }
    : { DATA_DIR: dir, DATABASE_URL: path.join(dir, 'bench.db') }
  const c = await createContainer({
    config: loadConfig({
      ...base,
      LOG_LEVEL: 'silent',
      WORKERS: 'false',
      SMS_MAX_PER_NUMBER_PER_MINUTE: '0',
      ...env,
    }),
    log: createLogger('silent'),
  })
  return { c, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

async function queueMany(c: Container, n: number, prefix: string): Promise<void> {
  const db = c.database.db
  for (let start = 0; start < n; start += 500) {
    await db.transaction().execute(async (tx) => {
      for (let i = start; i < Math.min(n, start + 500); i++) {
        await c.sms.service.queue(tx, {
          causeKey: `${prefix}:${i}`,
          recipient: `1390${String(i).padStart(7, '0')}`,
          template: 'bench',
          body: `您的申请第${i}号已受理，请留意后续通知。`,
          isEssential: true,
        })
      }
    })
  }
}

/** Drains the outbox with the dispatcher running; returns the seconds until `done()`. */
async function timeDispatch(c: Container, done: () => Promise<boolean>): Promise<number> {
  const t0 = performance.now()
  await c.sms.dispatcher.start()
  while (!(await done())) await new Promise((r) => setTimeout(r, 20))
  const seconds = (performance.now() - t0) / 1000
  await c.sms.dispatcher.stop()
  return seconds
}

const sentCount = async (c: Container) =>
  Number(
    (
      await c.database.db
        .selectFrom('sms_messages')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', 'in', ['sent', 'delivered'])
        .executeTakeFirstOrThrow()
    ).n,
  )

async function baseline(): Promise<number> {
  const { c, cleanup } = await container({ SMS_MAX_PER_SECOND: '10000' })
  try {
    await queueMany(c, N, 'outbox')
    const s = await timeDispatch(c, async () => (await sentCount(c)) >= N)
    return N / s
  } finally {
    await c.close()
    cleanup()
  }
}

async function smppRun(cap: number, n: number): Promise<{ rate: number; busiest: number; smsc: TestSmsc }> {
  const smsc = new TestSmsc({ receipts: false })
  const port = await smsc.start()
  const times: number[] = []
  const original = smsc.submits.push.bind(smsc.submits)
  smsc.submits.push = (...items) => {
    for (let i = 0; i < items.length; i++) times.push(performance.now())
    return original(...items)
  }
  const { c, cleanup } = await container({
    SMS_PROVIDER: 'smpp',
    SMPP_HOST: '127.0.0.1',
    SMPP_PORT: String(port),
    SMPP_SYSTEM_ID: 'yimin',
    SMPP_PASSWORD: 'secret',
    SMPP_SOURCE_ADDR: '10690000',
    SMPP_WINDOW: String(WINDOW),
    SMS_MAX_PER_SECOND: String(cap),
  })
  try {
    await queueMany(c, n, 'smpp')
    await c.sms.provider.start?.()
    while (!c.sms.provider.isReady?.()) await new Promise((r) => setTimeout(r, 10))
    await timeDispatch(c, async () => smsc.submits.length >= n && (await sentCount(c)) >= n)
    // the rate at the SMSC: first to last submit; and the busiest one-second window
    const span = (times.at(-1)! - times[0]!) / 1000
    let busiest = 0
    for (let i = 0, j = 0; i < times.length; i++) {
      while (times[i]! - times[j]! >= 1000) j++
      busiest = Math.max(busiest, i - j + 1)
    }
    return { rate: (n - 1) / span, busiest, smsc }
  } finally {
    await c.close()
    cleanup()
    await smsc.stop()
  }
}

const fmt = (x: number) => x.toFixed(0).padStart(7)
const base = await baseline()
console.log(`[a] outbox provider (baseline, no network), ${N} messages: ${fmt(base)} messages/s`)
const fast = await smppRun(10_000, N)
console.log(
  `[b] SMPP to a local SMSC, window ${WINDOW}, no cap, ${N} messages: ${fmt(fast.rate)} messages/s (${(fast.rate / base).toFixed(2)}× the baseline; target ≥ 1000) ${fast.rate >= 1000 ? 'OK' : 'BELOW TARGET'}`,
)
const capped = await smppRun(CAP, CAPPED_N)
const off = (x: number) => `${(((x - CAP) / CAP) * 100).toFixed(1)}%`
console.log(
  `[c] SMPP with a cap of ${CAP}/s, ${CAPPED_N} messages: ${fmt(capped.rate)} messages/s overall (${off(capped.rate)}), busiest second ${capped.busiest} (${off(capped.busiest)}); ` +
    `overall ${Math.abs(capped.rate - CAP) / CAP <= 0.05 ? 'within 5%' : 'NOT within 5%'} (the busiest second, counted at the SMSC, includes delivery jitter)`,
)
process.exit(0)
