import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import type { Clock } from '../../platform/clock'
import type { HashAlgorithm } from '../cases/event-chain'
import { mb, type BackupEngine } from './backup-engine'
import { verifyDumpHistory } from './pg-dump-history'

/** Runs a PostgreSQL client tool; its --verbose lines (stderr) become progress. Rejects on a non-zero exit. */
function run(tool: string, args: string[], onLine: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let rest = ''
    const tail: string[] = []
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => {
      const lines = (rest + d.toString()).split('\n')
      rest = lines.pop() ?? ''
      for (const l of lines) {
        tail.push(l)
        if (tail.length > 20) tail.shift()
        onLine(l)
      }
    })
    child.on('error', (err) => reject(new Error(`${tool} could not start: ${err.message}`)))
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${tool} exited with ${code}: ${tail.join(' | ')}`)),
    )
  })
}

/** Whether a PostgreSQL client tool is installed (on the PATH). */
export function hasPgTool(tool: 'pg_dump' | 'pg_restore'): boolean {
  return spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0
}

/** The tables whose data a backup must hold: without them it restores no history. */
const REQUIRED_TABLES = ['cases', 'case_events', 'chain_checkpoints', 'users']

/**
 * PostgreSQL: `pg_dump --format=custom` of the configured schema (or the whole database), checked
 * with `pg_restore --list` (the archive reads to its end and holds the data of the history tables)
 * and by verifying the case history it holds (pg-dump-history.ts);
 * restore with `pg_restore --clean --single-transaction` (all or nothing).
 */
export class PgDumpBackupEngine implements BackupEngine {
  readonly extension = 'dump' as const

  constructor(
    private readonly url: string,
    private readonly schema: string | null,
    private readonly clock: Clock,
    private readonly algorithm: HashAlgorithm,
  ) {}

  private requireTools(): void {
    for (const tool of ['pg_dump', 'pg_restore'] as const)
      if (!hasPgTool(tool))
        throw new Error(`${tool} is not installed (Debian: apt-get install postgresql-client)`)
  }

  async write(target: string, say: (line: string) => void): Promise<void> {
    this.requireTools()
    say(`pg_dump ${this.schema ? `schema ${this.schema}` : 'the database'}…`)
    let tables = 0
    await run(
      'pg_dump',
      [
        '--format=custom',
        '--verbose',
        '--no-owner',
        `--file=${target}`,
        ...(this.schema ? [`--schema=${this.schema}`] : []),
        `--dbname=${this.url}`,
      ],
      (line) => {
        const m = /dumping contents of table "([^"]+)"/.exec(line)
        if (m) {
          tables++
          if (tables % 10 === 0) say(`  ${tables} tables dumped (${m[1]})`)
        }
      },
    )
    say(`  ${tables} tables dumped (${mb(fs.statSync(target).size)})`)
  }

  async verify(file: string, say: (line: string) => void): Promise<string[]> {
    this.requireTools()
    say(`checking ${file}: pg_restore --list…`)
    let toc: string
    try {
      toc = await run('pg_restore', ['--list', file], () => {})
    } catch (err) {
      return [err instanceof Error ? err.message : String(err)]
    }
    const data = new Set(
      toc
        .split('\n')
        .map((l) => / TABLE DATA (\S+) (\S+) /.exec(l)?.[2])
        .filter((t): t is string => t !== undefined),
    )
    say(`  ${data.size} tables with data in the archive`)
    const missing = REQUIRED_TABLES.filter((t) => !data.has(t)).map(
      (t) => `the archive holds no data of table ${t}`,
    )
    if (missing.length > 0) return missing
    say('  verifying the case history in the archive…')
    return verifyDumpHistory(file, this.clock, this.algorithm, say)
  }

  async restore(file: string, say: (line: string) => void): Promise<void> {
    this.requireTools()
    say(`pg_restore ${file} (one transaction: all or nothing)…`)
    let tables = 0
    await run(
      'pg_restore',
      [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--exit-on-error',
        '--single-transaction',
        '--verbose',
        `--dbname=${this.url}`,
        file,
      ],
      (line) => {
        if (/processing data for table/.test(line) && ++tables % 10 === 0) say(`  ${tables} tables restored`)
      },
    )
    say(`  ${tables} tables restored`)
  }
}
