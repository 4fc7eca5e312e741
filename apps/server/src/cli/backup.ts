import fs from 'node:fs'
import type { Config } from '../config'
import { systemClock } from '../platform/clock'
import { backupEngine } from '../modules/backup/backup.module'

/**
 * `backup FILE`: a verified backup to that file (SQLite: a consistent copy while the server runs;
 * PostgreSQL: pg_dump custom format). Without FILE the command takes the scheduled kind of backup
 * (commands.ts). `restore FILE`: verifies the backup, then replaces the database with it.
 */
export async function runBackup(config: Config, args: string[], say: (m: string) => void): Promise<number> {
  const target = args[0]
  if (!target || args.length > 1) {
    say('usage: backup [<file>]')
    return 2
  }
  if (fs.existsSync(target)) {
    say(`${target} exists; choose a new file`)
    return 2
  }
  const engine = backupEngine(config, systemClock)
  await engine.write(target, say)
  const problems = await engine.verify(target, say)
  for (const p of problems) say(`  ${p}`)
  if (problems.length > 0) {
    say(`${target} fails verification`)
    return 1
  }
  say(`backup written to ${target} and verified`)
  return 0
}

export async function runRestore(config: Config, args: string[], say: (m: string) => void): Promise<number> {
  const source = args[0]
  if (!source || !fs.existsSync(source)) {
    say('usage: restore <existing backup file>')
    return 2
  }
  const engine = backupEngine(config, systemClock)
  const problems = await engine.verify(source, say)
  if (problems.length > 0) {
    for (const p of problems) say(`  ${p}`)
    say('the backup fails verification; nothing was restored')
    return 1
  }
  await engine.restore(source, say)
  say(`restored ${source}; check it with \`yimin verify\``)
  return 0
}
