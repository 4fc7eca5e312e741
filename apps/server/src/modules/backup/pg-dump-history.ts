import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { openDatabase } from '../../db/database'
import { migrateToLatest } from '../../db/migrate'
import type { Clock } from '../../platform/clock'
import type { HashAlgorithm } from '../cases/event-chain'
import { verifyHistory } from './history-check'

/** The tables the history check reads. */
const HISTORY_TABLES = ['cases', 'case_events', 'chain_checkpoints']

/** One field of PostgreSQL's COPY text format: `\N` is null, backslash escapes as COPY writes them. */
export function copyField(raw: string): string | null {
  if (raw === '\\N') return null
  if (!raw.includes('\\')) return raw
  return raw.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_m, e: string) => {
    switch (e.charAt(0)) {
      case 'b':
        return '\b'
      case 'f':
        return '\f'
      case 'n':
        return '\n'
      case 'r':
        return '\r'
      case 't':
        return '\t'
      case 'v':
        return '\v'
      case 'x':
        return String.fromCharCode(parseInt(e.slice(1), 16))
      default:
        return /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : e
    }
  })
}

/**
 * Verifies the case history inside a pg_dump archive without a scratch PostgreSQL database: the
 * history tables' data (`pg_restore --data-only`, COPY text) goes into a temporary SQLite file
 * with the same schema, and the chains and checkpoints are verified there as `yimin verify` does.
 */
export async function verifyDumpHistory(
  file: string,
  clock: Clock,
  algorithm: HashAlgorithm,
  say: (line: string) => void,
): Promise<string[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-verify-'))
  const database = await openDatabase({
    kind: 'sqlite',
    file: path.join(tmp, 'history.db'),
    checkpoint: 'inline',
  })
  try {
    await migrateToLatest(database)
    const sqlite = database.sqlite!
    // only the history tables are loaded: the rows they refer to elsewhere are not there
    sqlite.pragma('foreign_keys = OFF')
    sqlite.pragma('synchronous = OFF')
    const child = spawn(
      'pg_restore',
      ['--data-only', ...HISTORY_TABLES.map((t) => `--table=${t}`), '--file=-', file],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    let insert: ((values: Array<string | null>) => void) | null = null
    let batch: Array<Array<string | null>> = []
    let rows = 0
    const flush = () => {
      const run = insert
      if (!run || batch.length === 0) return
      const rowsNow = batch
      sqlite.transaction(() => rowsNow.forEach((r) => run(r)))()
      batch = []
    }
    for await (const line of readline.createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      if (insert === null) {
        const m = /^COPY (?:[\w"]+\.)?"?(\w+)"? \(([^)]*)\) FROM stdin;$/.exec(line)
        if (!m || !HISTORY_TABLES.includes(m[1]!)) continue
        const columns = m[2]!.split(',').map((c) => c.trim().replace(/"/g, ''))
        const statement = sqlite.prepare(
          `insert into ${m[1]} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        )
        insert = (values) => statement.run(values)
        continue
      }
      if (line === '\\.') {
        flush()
        insert = null
        continue
      }
      batch.push(line.split('\t').map(copyField))
      rows++
      if (batch.length >= 1000) flush()
    }
    const code = await exited
    if (code !== 0) return [`pg_restore exited with ${code}: ${stderr.trim().slice(0, 500)}`]
    say(`  ${rows} history rows read from the archive`)
    return await verifyHistory(database.db, clock, algorithm, say)
  } finally {
    await database.close()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}
