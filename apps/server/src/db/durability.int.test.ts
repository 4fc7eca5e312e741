import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { isDbUnavailable, PG_TEST_URL, testDb } from '../../test/support/test-app'
import { loadConfig } from '../config'
import { openDatabase } from './database'
import { durabilityWarning } from './dialect'
import type { Tables } from './tables'

describe.skipIf(testDb !== 'sqlite')('SQLite durability setting', () => {
  it('fsyncs every commit in production (synchronous FULL = 2) and not in demo mode (NORMAL = 1)', async () => {
    for (const [mode, expected] of [
      ['production', 2],
      ['demo', 1],
    ] as const) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-sync-'))
      const d = await openDatabase(
        loadConfig({ DATA_DIR: dir, YIMIN_MODE: mode, SECRET_KEY: 'k'.repeat(32) }).database,
      )
      expect(d.sqlite!.pragma('synchronous', { simple: true }), mode).toBe(expected)
      expect(d.sqlite!.pragma('journal_mode', { simple: true })).toBe('wal')
      await d.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe.skipIf(testDb !== 'postgres' || isDbUnavailable())('PostgreSQL durability check', () => {
  const withSetting = async (options: string | undefined) => {
    const pool = new pg.Pool({ connectionString: PG_TEST_URL, max: 1, ...(options ? { options } : {}) })
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) })
    try {
      return await durabilityWarning(db)
    } finally {
      await db.destroy()
    }
  }

  it('says nothing while commits are durable and warns when synchronous_commit is off', async () => {
    expect(await withSetting(undefined)).toBeNull()
    expect(await withSetting('-c synchronous_commit=local')).toBeNull()
    expect(await withSetting('-c synchronous_commit=off')).toMatch(/synchronous_commit is off/)
  })
})
