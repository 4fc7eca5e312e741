import type { Executor } from '../../db/database'

const KEY = 'backup.status'

/** The outcome of the latest backups, in one system_settings row (every instance reads the same). */
export interface BackupStatus {
  lastGoodAt: string | null
  lastGoodFile: string | null
  lastGoodBytes: number | null
  lastFailedAt: string | null
  lastError: string | null
}

export const NO_BACKUP_YET: BackupStatus = {
  lastGoodAt: null,
  lastGoodFile: null,
  lastGoodBytes: null,
  lastFailedAt: null,
  lastError: null,
}

export class BackupStatusRepository {
  constructor(private readonly db: Executor) {}

  async get(): Promise<BackupStatus> {
    const row = await this.db
      .selectFrom('system_settings')
      .select('value')
      .where('key', '=', KEY)
      .executeTakeFirst()
    return row ? { ...NO_BACKUP_YET, ...(JSON.parse(row.value) as Partial<BackupStatus>) } : NO_BACKUP_YET
  }

  async put(status: BackupStatus, now: string): Promise<void> {
    const value = JSON.stringify(status)
    await this.db
      .insertInto('system_settings')
      .values({ key: KEY, value, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
      .execute()
  }
}
