import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { Config } from '../config'

/**
 * SQLite: an online backup (the server may keep running), a consistent and compacted copy. PostgreSQL: use
 * pg_dump / pg_restore (README.md shows the commands); the CLI says so rather than guessing.
 */
export async function runBackup(config: Config, args: string[], say: (m: string) => void): Promise<number> {
  const target = args[0]
  if (!target) {
    say('usage: backup <file>')
    return 2
  }
  if (config.database.kind !== 'sqlite') {
    say('PostgreSQL: run `pg_dump --format=custom --file=<file> "$DATABASE_URL"` (see README.md)')
    return 2
  }
  if (fs.existsSync(target)) {
    say(`${target} exists; choose a new file`)
    return 2
  }
  const db = new BetterSqlite3(config.database.file, { fileMustExist: true })
  try {
    // one read transaction, so one consistent copy however much the server writes meanwhile
    // (SQLite's online backup API starts over whenever another connection writes: under a busy
    // server it never finished)
    say('copying…')
    db.prepare('vacuum into ?').run(path.resolve(target))
  } finally {
    db.close()
  }
  say(`backup written to ${target}`)
  return 0
}

export async function runRestore(config: Config, args: string[], say: (m: string) => void): Promise<number> {
  const source = args[0]
  if (!source || !fs.existsSync(source)) {
    say('usage: restore <existing backup file>')
    return 2
  }
  if (config.database.kind !== 'sqlite') {
    say('PostgreSQL: run `pg_restore --clean --dbname="$DATABASE_URL" <file>` (see README.md)')
    return 2
  }
  const check = new BetterSqlite3(source, { readonly: true, fileMustExist: true })
  try {
    const r = check.pragma('integrity_check', { simple: true })
    if (r !== 'ok') {
      say(`the backup fails its integrity check: ${String(r)}`)
      return 1
    }
  } finally {
    check.close()
  }
  const target = config.database.file
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const tmp = `${target}.restoring`
  fs.copyFileSync(source, tmp)
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true })
  fs.renameSync(tmp, target)
  say(`restored ${source} into ${target}`)
  return 0
}
