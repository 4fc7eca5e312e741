import pg from 'pg'
import type { TestProject } from 'vitest/node'

export const PG_TEST_URL = process.env.YIMIN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

declare module 'vitest' {
  export interface ProvidedContext {
    isPgAvailable: boolean
  }
}

/**
 * PostgreSQL tests run whenever PostgreSQL is reachable; in CI an unreachable server fails
 * the run instead of skipping silently.
 */
export default async function setup(project: TestProject): Promise<void> {
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 3000 })
  let isPgAvailable = false
  try {
    await client.connect()
    await client.query('select 1')
    isPgAvailable = true
  } catch (err) {
    if (process.env.CI)
      throw new Error(`PostgreSQL is required in CI and is not reachable at ${PG_TEST_URL}: ${String(err)}`)
    console.warn(`PostgreSQL not reachable at ${PG_TEST_URL}: PostgreSQL tests are skipped on this machine`)
  } finally {
    await client.end().catch(() => {})
  }
  project.provide('isPgAvailable', isPgAvailable)
}
