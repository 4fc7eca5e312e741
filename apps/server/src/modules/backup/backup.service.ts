import fs from 'node:fs'
import path from 'node:path'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import type { BackupEngine } from './backup-engine'
import { backupName, backupsToDelete, parseBackupName, type RetentionPolicy } from './backup-retention.rules'
import type { BackupStatus, BackupStatusRepository } from './backup-status.repository'

export interface BackupOptions extends RetentionPolicy {
  dir: string
  timeZone: string
}

export interface BackupOutcome {
  file: string
  bytes: number
  deleted: string[]
}

/**
 * Backups into the backup folder: written under a `.partial` name, verified, then renamed (so a
 * file with a backup's name is a verified backup), recorded, and old ones pruned by the retention
 * policy. A failure is recorded too; the last good backup's age is what monitoring watches.
 */
export class BackupService {
  private inFlight: Promise<BackupOutcome> | null = null

  constructor(
    private readonly engine: BackupEngine,
    private readonly status: BackupStatusRepository,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly options: BackupOptions,
  ) {}

  /**
   * Starts a backup in the background and returns at once (the scheduled job: a copy of a large
   * database takes minutes, and the job runner's other work - seals, sweeps - must not wait for
   * it). One at a time per process; a failure is recorded (and alerted on), not thrown.
   */
  startInBackground(): void {
    if (this.inFlight) return
    this.inFlight = this.backupNow().finally(() => (this.inFlight = null))
    this.inFlight.catch((err: unknown) => this.log.error({ err }, 'backup failed'))
  }

  /** Waits for a background backup to finish (tests; a clean shutdown). */
  async settled(): Promise<void> {
    await this.inFlight?.catch(() => undefined)
  }

  lastStatus(): Promise<BackupStatus> {
    return this.status.get()
  }

  async backupNow(say: (line: string) => void = () => {}): Promise<BackupOutcome> {
    const started = this.clock.now()
    fs.mkdirSync(this.options.dir, { recursive: true })
    const file = path.join(this.options.dir, backupName(started, this.engine.extension))
    const partial = `${file}.partial`
    try {
      await this.writeVerified(partial, say)
      fs.renameSync(partial, file)
    } catch (err) {
      fs.rmSync(partial, { force: true })
      const message = err instanceof Error ? err.message : String(err)
      const previous = await this.status.get()
      const now = this.clock.now().toISOString()
      await this.status.put({ ...previous, lastFailedAt: now, lastError: message.slice(0, 500) }, now)
      throw err
    }
    const bytes = fs.statSync(file).size
    const now = this.clock.now().toISOString()
    const previous = await this.status.get()
    await this.status.put(
      { ...previous, lastGoodAt: started.toISOString(), lastGoodFile: file, lastGoodBytes: bytes },
      now,
    )
    const deleted = this.prune()
    say(`backup ${file} verified; ${deleted.length} old backup(s) deleted`)
    this.log.info({ file, bytes, deleted: deleted.length }, 'backup written and verified')
    return { file, bytes, deleted }
  }

  /** Writes a backup to `target` and verifies it; throws when it is not good (the file stays for a look). */
  async writeVerified(target: string, say: (line: string) => void): Promise<void> {
    await this.engine.write(target, say)
    const problems = await this.engine.verify(target, say)
    if (problems.length > 0)
      throw new Error(`the backup fails verification: ${problems.slice(0, 5).join('; ')}`)
  }

  /** Deletes the backups the retention policy no longer keeps; returns their names. */
  prune(): string[] {
    const files = fs
      .readdirSync(this.options.dir)
      .map((name) => ({ name, at: parseBackupName(name) }))
      .filter((f): f is { name: string; at: Date } => f.at !== null)
    const gone = backupsToDelete(files, this.options, this.options.timeZone)
    for (const name of gone) fs.rmSync(path.join(this.options.dir, name), { force: true })
    return gone
  }
}
