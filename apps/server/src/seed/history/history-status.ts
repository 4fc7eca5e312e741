import { demoHistoryStatus, type DemoHistoryStatus } from '@yimin/shared'
import type { Db } from '../../db/database'

/**
 * Whether the demo history exists (a row in system_settings, key `demo.history`): a restart
 * does not build it again; while it builds, staff screens show a banner with the progress.
 */
const KEY = 'demo.history'

export const historyStatusSchema = demoHistoryStatus
export type HistoryStatus = DemoHistoryStatus

export const historyOff: HistoryStatus = {
  state: 'off',
  done: 0,
  days: 0,
  from: null,
  to: null,
  seed: 0,
  startedAt: null,
  finishedAt: null,
}

export class HistoryStatusStore {
  constructor(private readonly db: Db) {}

  async read(): Promise<HistoryStatus> {
    const row = await this.db
      .selectFrom('system_settings')
      .select('value')
      .where('key', '=', KEY)
      .executeTakeFirst()
    if (!row) return historyOff
    const parsed = historyStatusSchema.safeParse(JSON.parse(row.value))
    return parsed.success ? parsed.data : historyOff
  }

  async write(status: HistoryStatus, at: string): Promise<void> {
    const value = JSON.stringify(status)
    await this.db
      .insertInto('system_settings')
      .values({ key: KEY, value, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
      .execute()
  }
}
