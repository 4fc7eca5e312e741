import BetterSqlite3 from 'better-sqlite3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/commands'
import { createTestContext, isDbUnavailable, signIn, testDb } from './support/test-app'

const io = (env: Record<string, string>, stdin = '') => {
  const lines: string[] = []
  return { lines, io: { env, say: (l: string) => lines.push(l), readStdin: async () => stdin } }
}

describe.skipIf(isDbUnavailable())('operator CLI', () => {
  it('creates an administrator who can sign in, and refuses bad usage with exit code 2', async () => {
    const ctx = await createTestContext()
    try {
      const ok = io({ ...ctx.env, YIMIN_ADMIN_PASSWORD: 'a-long-admin-password' })
      expect(await runCli(['create-admin', '--username', 'chief', '--display-name', '主任'], ok.io)).toBe(0)
      await signIn(ctx.app, 'chief', 'a-long-admin-password')
      const again = io({ ...ctx.env }, 'a-long-admin-password\n')
      expect(await runCli(['create-admin', '--username', 'chief'], again.io)).toBe(1)
      expect(await runCli(['create-admin'], io(ctx.env).io)).toBe(2)
      expect(await runCli(['create-admin', '--username', 'x2'], io(ctx.env, 'short').io)).toBe(2)
      expect(await runCli(['no-such-command'], io(ctx.env).io)).toBe(2)
      expect(await runCli(['migrate'], io({ ...ctx.env, PORT: 'not-a-port' }).io)).toBe(2)
    } finally {
      await ctx.close()
    }
  })

  it('seeds the demo center once', async () => {
    const ctx = await createTestContext()
    try {
      const first = io(ctx.env)
      expect(await runCli(['seed-demo'], first.io)).toBe(0)
      expect(first.lines.at(-1)).toBe('demo center created')
      const second = io(ctx.env)
      expect(await runCli(['seed-demo'], second.io)).toBe(0)
      expect(second.lines.at(-1)).toBe('demo center already present')
      await signIn(ctx.app, 'clerk', 'yimin-demo-2016')
    } finally {
      await ctx.close()
    }
    // seeding the whole demo center twice on PostgreSQL takes 30 s and more on a loaded machine
  }, 120_000)

  // each database has its own backup story: only the one under test is registered
  const onSqlite = testDb === 'sqlite' ? it : () => {}
  const onPostgres = testDb === 'postgres' ? it : () => {}

  onSqlite('backs up SQLite online and restores it', async () => {
    const ctx = await createTestContext()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-backup-'))
    try {
      await ctx.container.auth.createUser('system', {
        username: 'before',
        displayName: 'b',
        password: 'a-long-password',
        grants: [{ role: 'clerk', departmentId: null }],
      })
      const file = path.join(dir, 'backup.db')
      const b = io(ctx.env)
      expect(await runCli(['backup', file], b.io)).toBe(0) // while the server holds the database open
      expect(await runCli(['backup', file], io(ctx.env).io)).toBe(2) // never overwrites
      await ctx.container.auth.createUser('system', {
        username: 'after',
        displayName: 'a',
        password: 'a-long-password',
        grants: [{ role: 'clerk', departmentId: null }],
      })
      await ctx.app.close()
      await ctx.container.close()
      expect(await runCli(['restore', file], io(ctx.env).io)).toBe(0)
      const reopened = await createTestContext({ shareWith: ctx })
      const names = (
        await reopened.container.database.db.selectFrom('users').select('username').execute()
      ).map((u) => u.username)
      expect(names).toContain('before')
      expect(names).not.toContain('after')
      await reopened.close()
      expect(await runCli(['restore', path.join(dir, 'missing.db')], io(ctx.env).io)).toBe(2)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
      fs.rmSync(ctx.env.DATA_DIR!, { recursive: true, force: true })
    }
  })

  onSqlite(
    'finishes a SQLite backup while the server keeps writing',
    async () => {
      const ctx = await createTestContext()
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-backup-busy-'))
      try {
        const sqlite = ctx.container.database.sqlite!
        sqlite.exec('create table backup_filler (x text)')
        const fill = sqlite.prepare('insert into backup_filler values (?)')
        sqlite.transaction(() => {
          for (let i = 0; i < 3000; i++) fill.run('x'.repeat(1000))
        })()
        // a writer that commits between any two steps of the copy
        let writing = true
        const writer = (async () => {
          let n = 0
          while (writing) {
            fill.run(`w${n++}`)
            await new Promise((r) => setImmediate(r))
          }
          return n
        })()
        const file = path.join(dir, 'backup.db')
        expect(await runCli(['backup', file], io(ctx.env).io)).toBe(0)
        writing = false
        await writer
        const copy = new BetterSqlite3(file, { readonly: true })
        expect(
          (copy.prepare('select count(*) as n from backup_filler').get() as { n: number }).n,
        ).toBeGreaterThanOrEqual(3000)
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
        copy.close()
      } finally {
        await ctx.close()
        fs.rmSync(dir, { recursive: true, force: true })
        fs.rmSync(ctx.env.DATA_DIR!, { recursive: true, force: true })
      }
    },
    30_000,
  )

  onPostgres('backs up PostgreSQL with pg_dump, verified, and never over an existing file', async () => {
    const ctx = await createTestContext()
    try {
      const file = path.join(ctx.env.DATA_DIR!, 'b.dump')
      const r = io(ctx.env)
      expect(await runCli(['backup', file], r.io)).toBe(0)
      expect(r.lines.join('\n')).toContain('verified')
      expect(await runCli(['backup', file], io(ctx.env).io)).toBe(2)
      expect(await runCli(['backup', file, 'extra'], io(ctx.env).io)).toBe(2)
    } finally {
      await ctx.close()
    }
  })
})

describe.skipIf(isDbUnavailable())('production first start', () => {
  it('creates the first administrator only with the setup code, once', async () => {
    const ctx = await createTestContext({ env: { YIMIN_MODE: 'production' } })
    try {
      expect((await ctx.app.inject('/api/v1/setup')).json()).toEqual({ isSetupNeeded: true })
      const code = await ctx.container.setup.issueSetupCode()
      const body = { username: 'first', displayName: '管理员', password: 'first-admin-password' }
      const wrong = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { ...body, setupCode: '0000-0000-0000' },
      })
      expect(wrong.statusCode).toBe(403)
      expect(wrong.json().code).toBe('SETUP_CODE_INVALID')
      const ok = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { ...body, setupCode: code },
      })
      expect(ok.statusCode).toBe(200)
      expect(ok.json().grants).toEqual([{ role: 'admin', departmentId: null }])
      const again = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { ...body, username: 'second', setupCode: code },
      })
      expect(again.statusCode).toBe(409)
      expect(again.json().code).toBe('SETUP_ALREADY_DONE')
      await signIn(ctx.app, 'first', 'first-admin-password')
      // production creates no demo accounts
      const users = await ctx.container.database.db.selectFrom('users').select('username').execute()
      expect(users.map((u) => u.username)).toEqual(['first'])
    } finally {
      await ctx.close()
    }
  })
})
