import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Tables } from '../../db/tables'
import type { Clock } from '../../platform/clock'
import type { HashAlgorithm } from '../cases/event-chain'
import { verifyHistory } from './history-check'
import { mb, type BackupEngine } from './backup-engine'

// The copy and its integrity check run on a worker thread (CommonJS: workers started from a string
// are), so a server taking its nightly backup keeps answering meanwhile.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
try {
  if (workerData.source) {
    const db = new Database(workerData.source, { fileMustExist: true })
    db.pragma('busy_timeout = 5000')
    // one read transaction: one consistent copy however much the server writes meanwhile (the
    // online backup API starts over whenever another connection writes)
    try { db.prepare('vacuum into ?').run(workerData.target) } finally { db.close() }
    parentPort.postMessage({ step: 'copied' })
  }
  const copy = new Database(workerData.target, { readonly: true, fileMustExist: true })
  try {
    const result = copy.pragma('integrity_check', { simple: true })
    parentPort.postMessage({ step: 'checked', integrity: String(result) })
  } finally { copy.close() }
} catch (err) {
  parentPort.postMessage({ step: 'error', message: String(err && err.message || err) })
}
`

function inWorker(
  data: { source: string | null; target: string },
  say: (line: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...data, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
    })
    let integrity: string | null = null
    worker.on('message', (m: { step: string; integrity?: string; message?: string }) => {
      if (m.step === 'copied') say(`  copied (${mb(fs.statSync(data.target).size)}); checking integrity…`)
      if (m.step === 'checked') integrity = m.integrity ?? null
      if (m.step === 'error') reject(new Error(m.message))
    })
    worker.on('error', reject)
    worker.on('exit', () =>
      integrity === null ? reject(new Error('backup worker stopped')) : resolve(integrity),
    )
  })
}

/** SQLite: `VACUUM INTO` (a consistent, compacted copy while the server runs); restore replaces the file. */
export class SqliteBackupEngine implements BackupEngine {
  readonly extension = 'db' as const

  constructor(
    private readonly file: string,
    private readonly clock: Clock,
    private readonly algorithm: HashAlgorithm,
  ) {}

  async write(target: string, say: (line: string) => void): Promise<void> {
    say(`copying ${this.file} (${mb(fs.statSync(this.file).size)})…`)
    const integrity = await inWorker({ source: this.file, target: path.resolve(target) }, say)
    if (integrity !== 'ok') throw new Error(`the copy fails its integrity check: ${integrity}`)
  }

  async verify(file: string, say: (line: string) => void): Promise<string[]> {
    say(`checking ${file}: integrity…`)
    let integrity: string
    try {
      integrity = await inWorker({ source: null, target: path.resolve(file) }, say)
    } catch (err) {
      return [`not a readable SQLite database: ${err instanceof Error ? err.message : String(err)}`]
    }
    if (integrity !== 'ok') return [`integrity check: ${integrity}`]
    const db = new Kysely<Tables>({
      dialect: new SqliteDialect({
        database: new BetterSqlite3(file, { readonly: true, fileMustExist: true }),
      }),
    })
    try {
      return await verifyHistory(db, this.clock, this.algorithm, say)
    } finally {
      await db.destroy()
    }
  }

  async restore(file: string, say: (line: string) => void): Promise<void> {
    const target = this.file
    fs.mkdirSync(path.dirname(target), { recursive: true })
    const tmp = `${target}.restoring`
    say(`copying ${file} (${mb(fs.statSync(file).size)}) to ${target}…`)
    fs.copyFileSync(file, tmp)
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true })
    fs.renameSync(tmp, target)
  }
}
