import { z } from 'zod'
import type { Config } from '../../config'
import type { Executor } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import type { JobRegistry } from '../jobs/job-registry'
import type { BackupEngine } from './backup-engine'
import { BackupService } from './backup.service'
import { BackupStatusRepository } from './backup-status.repository'
import { PgDumpBackupEngine } from './pg-backup'
import { SqliteBackupEngine } from './sqlite-backup'

/** The backup tool of the configured database. */
export function backupEngine(config: Config, clock: Clock): BackupEngine {
  return config.database.kind === 'sqlite'
    ? new SqliteBackupEngine(config.database.file, clock, config.eventHash)
    : new PgDumpBackupEngine(config.database.url, config.database.schema, clock, config.eventHash)
}

export function createBackups(deps: {
  db: Executor
  config: Config
  clock: Clock
  log: Logger
  jobs: JobRegistry
}): BackupService {
  const { config } = deps
  const service = new BackupService(
    backupEngine(config, deps.clock),
    new BackupStatusRepository(deps.db),
    deps.clock,
    deps.log,
    { ...config.backup, timeZone: config.timeZone },
  )
  deps.jobs.define({
    type: 'platform.backup',
    payload: z.object({}),
    // the job only starts the backup: its outcome is recorded in the backup status (and alerted on)
    handle: () => {
      service.startInBackground()
      return Promise.resolve()
    },
  })
  if (config.backup.scheduleAt !== null)
    deps.jobs.schedule({
      name: 'platform.backup',
      type: 'platform.backup',
      payload: {},
      dailyAt: config.backup.scheduleAt,
    })
  return service
}
