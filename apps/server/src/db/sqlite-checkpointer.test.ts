import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
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

  it('asks the main connection to restart a WAL that grew past the limit', async () => {
    const { db, file } = database()
    let asked = 0
    const restart = async () => {
      asked++
      db.pragma('wal_checkpoint(RESTART)')
    }
    const cp = startCheckpointer(db, file, restart, { intervalMs: 20, restartFrames: 50 })
    open.push({ db, cp })
    // a writer that never pauses: the WAL cannot restart by itself
    write(db, 400)
    await until(() => asked > 0)
    // after the restart the next commit writes from the start of the WAL again
    write(db, 1)
    const [r] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number }>
    expect(r!.log).toBeLessThan(50)
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
