import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import { inject } from 'vitest'
import { buildApp } from '../../src/app'
import { loadConfig, type Config } from '../../src/config'
import { createContainer, type Container } from '../../src/container'
import { ManualClock } from '../../src/platform/clock'
import { createLogger } from '../../src/platform/logger'
import type { Logger } from '../../src/platform/logger'
import type { SmsProvider } from '../../src/modules/sms/providers/sms-provider'

export const PG_TEST_URL = process.env.YIMIN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** Which database this test run uses (the vitest project sets it). */
export const testDb = (process.env.YIMIN_TEST_DB ?? 'sqlite') as 'sqlite' | 'postgres'

/** true when this project's database cannot be reached outside CI (the suite is skipped). */
export function isDbUnavailable(): boolean {
  return testDb === 'postgres' && !inject('isPgAvailable')
}

export interface TestContext {
  app: FastifyInstance
  container: Container
  clock: ManualClock
  config: Config
  /** environment that opens the same database (for a second container or process) */
  env: Record<string, string>
  pgSchema: string | null
  close(): Promise<void>
}

export interface TestContextOptions {
  env?: Record<string, string>
  clock?: ManualClock
  smsProvider?: SmsProvider
  /** the log to write to (silent by default) */
  log?: Logger
  /** start the bus (and, with workers, the job runner and dispatcher) */
  start?: boolean
  /** reuse the database of an earlier context (same env, no cleanup of it by this one) */
  shareWith?: TestContext
}

/**
 * A server on a fresh database: a temporary SQLite file, or a fresh PostgreSQL schema, per
 * context. Background workers are off by default; tests drive them (runOnce, drain).
 */
export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const shared = options.shareWith
  const dir = shared ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-test-'))
  const pgSchema = shared
    ? shared.pgSchema
    : testDb === 'postgres'
      ? `t_${randomBytes(6).toString('hex')}`
      : null
  const env: Record<string, string> = shared
    ? { ...shared.env }
    : {
        DATA_DIR: dir!,
        DATABASE_URL: testDb === 'postgres' ? PG_TEST_URL : path.join(dir!, 'test.db'),
        LOG_LEVEL: 'silent',
        WORKERS: 'false',
        ...(pgSchema ? { PG_SCHEMA: pgSchema } : {}),
      }
  Object.assign(env, options.env ?? {})
  const config = loadConfig(env)
  const clock = options.clock ?? new ManualClock('2026-03-02T02:00:00.000Z')
  const container = await createContainer({
    config,
    clock,
    log: options.log ?? createLogger('silent'),
    ...(options.smsProvider ? { smsProvider: options.smsProvider } : {}),
  })
  const app = await buildApp(container, { serveWeb: false })
  await app.ready()
  if (options.start) await container.start()
  return {
    app,
    container,
    clock,
    config,
    env,
    pgSchema,
    async close() {
      await app.close()
      await container.close()
      if (shared) return
      if (pgSchema) {
        const client = new pg.Client({ connectionString: PG_TEST_URL })
        await client.connect()
        await client.query(`drop schema if exists ${pgSchema} cascade`)
        await client.end()
      }
      if (dir) fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Signs in through the API and returns the cookie header to send. */
let signInCount = 0
export async function signIn(app: FastifyInstance, username: string, password: string): Promise<string> {
  // each helper sign-in comes from its own address so tests of other things never meet the rate limit
  signInCount++
  const remoteAddress = `10.200.${Math.floor(signInCount / 250) % 250}.${(signInCount % 250) + 1}`
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress,
  })
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`)
  const cookie = res.cookies.find((c) => c.name === 'yimin_session')
  if (!cookie) throw new Error('no session cookie')
  return `yimin_session=${cookie.value}`
}

export const TEST_PASSWORD = 'correct-horse-battery'

/** Creates a staff account directly and signs it in. */
export async function staffSession(
  ctx: TestContext,
  username: string,
  grants: Array<{
    role: 'admin' | 'clerk' | 'handler' | 'reviewer' | 'approver' | 'supervisor'
    departmentId: string | null
  }>,
): Promise<string> {
  await ctx.container.auth.createUser('system', {
    username,
    displayName: username,
    password: TEST_PASSWORD,
    grants,
  })
  return signIn(ctx.app, username, TEST_PASSWORD)
}
