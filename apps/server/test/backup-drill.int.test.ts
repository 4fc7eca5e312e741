import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/commands'
import { loadConfig } from '../src/config'
import { openDatabase } from '../src/db/database'
import type { Tables } from '../src/db/tables'
import { applicant, seedCaseFixtures } from '../src/modules/cases/test-fixtures'
import { createTestContext, isDbUnavailable, PG_TEST_URL, testDb } from './support/test-app'

const TABLES: Array<keyof Tables> = [
  'cases',
  'case_events',
  'case_materials',
  'chain_checkpoints',
  'users',
  'sessions',
  'matters',
  'matter_versions',
  'departments',
  'sms_messages',
  'audit_log',
]

async function counts(env: Record<string, string>): Promise<Record<string, number>> {
  const database = await openDatabase(loadConfig({ ...env, SQLITE_CHECKPOINT: 'inline' }).database)
  try {
    const out: Record<string, number> = {}
    for (const t of TABLES) {
      const r = await database.db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      out[t] = Number(r.n)
    }
    return out
  } finally {
    await database.close()
  }
}

const cli = async (argv: string[], env: Record<string, string>) => {
  const lines: string[] = []
  const code = await runCli(argv, { env, say: (l) => lines.push(l), readStdin: async () => '' })
  return { code, lines }
}

/** A fresh place to restore into: a new SQLite data dir, or a new PostgreSQL database (same schema name). */
async function freshTarget(source: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-drill-'))
  if (testDb === 'sqlite') {
    return {
      env: { ...source, DATA_DIR: dir, DATABASE_URL: path.join(dir, 'yimin.db') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  const name = `drill_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_TEST_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(PG_TEST_URL)
  url.pathname = `/${name}`
  return {
    env: { ...source, DATA_DIR: dir, DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_TEST_URL })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

// each drill runs pg_dump / the SQLite backup and restores into a fresh database: 120 s each, as
// the integration tier's 30 s is not enough on a busy machine
describe.skipIf(isDbUnavailable())('restore drill', () => {
  it('backs up a busy center, restores it into a fresh place, and the history verifies with the same rows', async () => {
    const ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    const targets: Array<{ drop: () => Promise<void> }> = []
    try {
      const f = await seedCaseFixtures(ctx)
      const newCase = async () => {
        const r = await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/cases',
          headers: { cookie: f.clerk },
          payload: { matterCode: 'GA-CRJ-001', applicant: applicant(), submittedMaterials: [0, 1] },
        })
        expect(r.statusCode).toBe(200)
        await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/cases/${r.json().id}/accept`,
          headers: { cookie: f.clerk },
          payload: {},
        })
      }
      for (let i = 0; i < 30; i++) await newCase()
      expect(await ctx.container.cases.chain.seal()).toBe(30)

      // the scheduled kind of backup (into BACKUP_DIR) while clerks keep creating cases
      const before = await counts(ctx.env)
      let busy = true
      const writer = (async () => {
        let n = 0
        while (busy) {
          await newCase()
          n++
        }
        return n
      })()
      const backup = await cli(['backup'], ctx.env)
      busy = false
      const written = await writer
      expect(backup.code, backup.lines.join('\n')).toBe(0)
      expect(written).toBeGreaterThan(0)
      expect(backup.lines.join('\n')).toMatch(/verified/)
      const status = await ctx.container.backups.lastStatus()
      expect(status.lastGoodFile).toMatch(testDb === 'sqlite' ? /yimin-\d{8}T\d{6}Z\.db$/ : /\.dump$/)
      expect(fs.existsSync(status.lastGoodFile!)).toBe(true)
      expect(path.dirname(status.lastGoodFile!)).toBe(path.join(ctx.env.DATA_DIR!, 'backups'))

      const busyTarget = await freshTarget(ctx.env)
      targets.push(busyTarget)
      const restored = await cli(['restore', status.lastGoodFile!], busyTarget.env)
      expect(restored.code, restored.lines.join('\n')).toBe(0)
      const verified = await cli(['verify'], busyTarget.env)
      expect(verified.code, verified.lines.join('\n')).toBe(0)
      const busyCounts = await counts(busyTarget.env)
      const after = await counts(ctx.env)
      // a consistent moment between the start and the end of the backup
      expect(busyCounts.cases).toBeGreaterThanOrEqual(before.cases!)
      expect(busyCounts.cases).toBeLessThanOrEqual(after.cases!)
      // each case: submitted, accepted (the copy may fall between the two of the last one)
      expect(busyCounts.case_events).toBeGreaterThanOrEqual(busyCounts.cases! * 2 - 1)
      expect(busyCounts.case_events).toBeLessThanOrEqual(busyCounts.cases! * 2)
      expect(busyCounts.users).toBe(after.users)
      expect(busyCounts.chain_checkpoints).toBe(after.chain_checkpoints)

      // once the writing stopped: a backup to a named file restores every row
      const file = path.join(ctx.env.DATA_DIR!, `drill.${testDb === 'sqlite' ? 'db' : 'dump'}`)
      const named = await cli(['backup', file], ctx.env)
      expect(named.code, named.lines.join('\n')).toBe(0)
      const quietTarget = await freshTarget(ctx.env)
      targets.push(quietTarget)
      expect((await cli(['restore', file], quietTarget.env)).code).toBe(0)
      expect((await cli(['verify'], quietTarget.env)).code).toBe(0)
      expect(await counts(quietTarget.env)).toEqual(await counts(ctx.env))
    } finally {
      await ctx.close()
      for (const t of targets) await t.drop()
    }
  }, 120_000)

  it('takes one backup a day at BACKUP_AT, verified and recorded, and keeps only what the retention says', async () => {
    // 2026-03-02T02:00Z is 10:00 in Shanghai
    const ctx = await createTestContext({
      env: { BACKUP_AT: '03:00', BACKUP_KEEP_DAILY: '2', BACKUP_KEEP_WEEKLY: '0' },
    })
    try {
      const dir = path.join(ctx.env.DATA_DIR!, 'backups')
      const files = () => fs.readdirSync(dir).sort()
      expect((await ctx.container.backups.lastStatus()).lastGoodAt).toBeNull()
      for (let day = 0; day < 4; day++) {
        await ctx.container.jobs.runner.runOnce()
        await ctx.container.backups.settled()
        await ctx.container.jobs.runner.runOnce() // the same slot: no second backup that day
        await ctx.container.backups.settled()
        expect(files()).toHaveLength(Math.min(day + 1, 2))
        ctx.clock.advance(24 * 3600_000)
      }
      expect(files()).toEqual([
        `yimin-20260304T020000Z.${testDb === 'sqlite' ? 'db' : 'dump'}`,
        `yimin-20260305T020000Z.${testDb === 'sqlite' ? 'db' : 'dump'}`,
      ])
      const status = await ctx.container.backups.lastStatus()
      expect(status.lastGoodAt).toBe('2026-03-05T02:00:00.000Z')
      expect(status.lastError).toBeNull()
    } finally {
      await ctx.close()
    }
  }, 120_000)

  it('keeps no backup whose case history does not verify, and records the failure', async () => {
    const ctx = await createTestContext()
    try {
      const f = await seedCaseFixtures(ctx)
      const created = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: { cookie: f.clerk },
        payload: { matterCode: 'GA-CRJ-001', applicant: applicant(), submittedMaterials: [0, 1] },
      })
      expect(created.statusCode).toBe(200)
      expect((await cli(['backup'], ctx.env)).code).toBe(0)
      // an edit of the history behind the application's back: the next backup must not pass
      await ctx.container.database.db
        .updateTable('case_events')
        .set({ reason: '事后补录' })
        .where('case_id', '=', created.json().id)
        .execute()
      ctx.clock.advance(60_000)
      const r = await cli(['backup'], ctx.env)
      expect(r.code).toBe(1)
      expect(r.lines.join('\n')).toMatch(/event-edited/)
      const dir = path.join(ctx.env.DATA_DIR!, 'backups')
      expect(fs.readdirSync(dir)).toHaveLength(1) // the good one; the bad copy is gone
      const status = await ctx.container.backups.lastStatus()
      expect(status.lastFailedAt! > status.lastGoodAt!).toBe(true)
      expect(status.lastError).toMatch(/fails verification/)
    } finally {
      await ctx.close()
    }
  }, 120_000)

  it('refuses to restore a damaged backup and changes nothing', async () => {
    const ctx = await createTestContext()
    try {
      const file = path.join(ctx.env.DATA_DIR!, `b.${testDb === 'sqlite' ? 'db' : 'dump'}`)
      expect((await cli(['backup', file], ctx.env)).code).toBe(0)
      const bytes = fs.readFileSync(file)
      fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
      const before = await counts(ctx.env)
      const r = await cli(['restore', file], ctx.env)
      expect(r.code).toBe(1)
      expect(r.lines.join('\n')).toMatch(/nothing was restored|fails/)
      expect(await counts(ctx.env)).toEqual(before)
    } finally {
      await ctx.close()
    }
  }, 120_000)
})
