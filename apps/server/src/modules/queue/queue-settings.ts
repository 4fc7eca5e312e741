import type { QueuePolicy } from '@yimin/shared'
import type { Executor } from '../../db/database'
import { defaultPolicy } from './calling-policy'

const KEY = 'queue.policy'

export const defaultQueuePolicy: QueuePolicy = {
  groupBonusMinutes: { ...defaultPolicy.groupBonusMinutes },
  elderlyAge: defaultPolicy.elderlyAge,
  nearlyTurnAhead: 3,
  checkInBeforeMinutes: 30,
  checkInAfterMinutes: 15,
}

/** The calling policy and queue-wide settings, kept in system_settings (read before a transaction). */
export class QueueSettings {
  constructor(private readonly db: Executor) {}

  async get(tx: Executor = this.db): Promise<QueuePolicy> {
    const row = await tx
      .selectFrom('system_settings')
      .select('value')
      .where('key', '=', KEY)
      .executeTakeFirst()
    if (!row) return defaultQueuePolicy
    const stored = JSON.parse(row.value) as Partial<QueuePolicy>
    return {
      ...defaultQueuePolicy,
      ...stored,
      groupBonusMinutes: { normal: 0, ...(stored.groupBonusMinutes ?? defaultQueuePolicy.groupBonusMinutes) },
    }
  }

  async save(policy: QueuePolicy, at: string, tx: Executor): Promise<void> {
    const value = JSON.stringify(policy)
    await tx
      .insertInto('system_settings')
      .values({ key: KEY, value, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
      .execute()
  }
}
