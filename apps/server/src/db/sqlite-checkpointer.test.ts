import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, restartWal } from './database'
import { startCheckpointer, type Checkpointer } from './sqlite-checkpointer'

const dirs: string[] = []
const open: Array<{ db: BetterSqlite3.Database; cp: Checkpointer }> = []

function database() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-ckpt-'))
  dirs.push(dir)
  const file = path.join(dir, 'test.db')
  const db = new BetterSqlite3(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec('create table t (id integer primary key, body text not null)')
  return { db, file }
}

/** Commits `n` transactions of about one page each. */
function write(db: BetterSqlite3.Database, n: number) {
  const insert = db.prepare('insert into t (body) values (?)')
  for (let i = 0; i < n; i++) insert.run('x'.repeat(3000))
}

/** The main database file's size in pages: grows only when a checkpoint copies the WAL into it. */
const filePages = (file: string) => fs.statSync(file).size / 4096

const until = async (what: () => boolean, ms = 5000) => {
  const end = Date.now() + ms
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

afterEach(async () => {
  for (const { db, cp } of open.splice(0)) {
    await cp.stop()
    db.close()
  }
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

describe('background WAL checkpoints', () => {
  it('turns the automatic checkpoint off and copies the WAL into the database file from the worker', async () => {
    const { db, file } = database()
    const cp = startCheckpointer(db, file, async () => {}, { intervalMs: 20 })
    open.push({ db, cp })
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    const before = filePages(file)
    // 1500 commits of a page each: inline, SQLite would have checkpointed in one of them
    write(db, 1500)
    // the worker copies the pages in without the main connection doing anything
    await until(() => filePages(file) > before + 1000)
    expect(db.prepare('select count(*) as n from t').get()).toEqual({ n: 1500 })
  })

  it('asks the main connection to restart a WAL that grew past the limit, once per size', async () => {
    const { db, file } = database()
    const results: Array<{ busy: number; log: number; checkpointed: number }> = []
    const restart = async () => {
      results.push(...(db.pragma('wal_checkpoint(RESTART)') as typeof results))
    }
    const cp = startCheckpointer(db, file, restart, { intervalMs: 20, restartFrames: 50 })
    open.push({ db, cp })
    // a writer that never pauses: the WAL cannot restart by itself
    write(db, 400)
    await until(() => results.length > 0)
    // the restart copied everything and nobody stood in its way
    expect(results[0]!.busy).toBe(0)
    expect(results[0]!.checkpointed).toBe(results[0]!.log)
    // the WAL stays as it is until the next write: it is not asked for again and again
    const asked = results.length
    await new Promise((r) => setTimeout(r, 300))
    expect(results.length).toBe(asked)
  })

  it('lets a process that opened the database through it exit normally after closing (a CLI command)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-ckpt-cli-'))
    dirs.push(dir)
    const script = path.join(dir, 'open-close.mts')
    fs.writeFileSync(
      script,
      `import { openDatabase } from ${JSON.stringify(path.resolve(import.meta.dirname, 'database.ts'))}
const d = await openDatabase({ kind: 'sqlite', file: ${JSON.stringify(path.join(dir, 'x.db'))}, checkpoint: 'background' })
d.sqlite.exec('create table t (x)')
await d.close()
console.log('closed')
`,
    )
    // a process that does not exit is killed at 60 s and fails the test (status null)
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: path.resolve(import.meta.dirname, '../../../..'),
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(r.stdout.trim(), r.stderr).toBe('closed')
    expect(r.status).toBe(0)
    expect(fs.existsSync(path.join(dir, 'x.db-wal'))).toBe(false)
    // starting a TypeScript child takes seconds on a busy machine: past the unit tier's 5 s
  }, 90_000)

  it('restarts the WAL from the main connection without waiting on another process', async () => {
    const { db: raw, file } = database()
    raw.close()
    const d = await openDatabase({ kind: 'sqlite', file, checkpoint: 'inline' })
    write(d.sqlite!, 200)
    // another process's reader holds a snapshot inside the WAL: a RESTART cannot finish
    const reader = new BetterSqlite3(file)
    reader.exec('begin')
    reader.prepare('select count(*) from t').get()
    const t0 = performance.now()
    const r = await restartWal(d.db)
    // it gave up at once (the busy timeout is 5 s) and the connection waits as before afterwards
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(r.busy).toBe(1)
    expect(d.sqlite!.pragma('busy_timeout', { simple: true })).toBe(5000)
    reader.exec('commit')
    reader.close()
    expect(await restartWal(d.db)).toMatchObject({ busy: 0 })
    await d.close()
  })

  it('stops: the worker closes its connection, and the last connection to close removes the WAL', async () => {
    const { db, file } = database()
    const cp = startCheckpointer(db, file, async () => {}, { intervalMs: 20 })
    write(db, 10)
    await cp.stop()
    await cp.stop() // twice is harmless
    db.close()
    expect(fs.existsSync(`${file}-wal`)).toBe(false)
    const again = new BetterSqlite3(file)
    expect(again.prepare('select count(*) as n from t').get()).toEqual({ n: 10 })
    again.close()
  })

  it('gives the main connection its automatic checkpoint back when the worker fails', async () => {
    const { db, file } = database()
    // the worker cannot open a file that is not there
    const cp = startCheckpointer(db, `${file}.missing`, async () => {}, { intervalMs: 20 })
    open.push({ db, cp })
    await until(() => db.pragma('wal_autocheckpoint', { simple: true }) === 1000)
  })
})
