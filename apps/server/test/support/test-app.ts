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
import { createLogger, type Logger } from '../../src/platform/logger'
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
        // production contexts need a master key (config.ts); demo ones use it the same way
        SECRET_KEY: randomBytes(24).toString('base64url'),
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

// sign-in helpers have no test-runner imports (bench/ uses the case fixtures built on them)
export { enrolTotp, signIn, staffSession, TEST_PASSWORD } from './sign-in'
