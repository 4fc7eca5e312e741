import { createHmac } from 'node:crypto'
import type { Db } from '../db/database'
import type { Clock } from './clock'
import { newSecret } from './ids'

/**
 * Identity numbers that only need matching are never stored: a keyed hash (HMAC-SHA-256) is
 * enough to count a person's queue tickets or to find one person registered for two bidders.
 * The key is this installation's secret for one purpose (its `settingKey`), made on first use and
 * kept in system_settings (every instance reads the same one), so the hashes of the ~10^9
 * possible ID numbers cannot be precomputed by whoever reads the database. Call it before a
 * transaction.
 */
export class IdHasher {
  private key: string | null = null
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settingKey: string,
  ) {}

  async hash(idNumber: string): Promise<string> {
    this.key ??= await this.loadKey()
    return createHmac('sha256', this.key).update(idNumber.toUpperCase()).digest('hex')
  }

  private async loadKey(): Promise<string> {
    await this.db
      .insertInto('system_settings')
      .values({ key: this.settingKey, value: newSecret(), updated_at: this.clock.now().toISOString() })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute()
    const row = await this.db
      .selectFrom('system_settings')
      .select('value')
      .where('key', '=', this.settingKey)
      .executeTakeFirstOrThrow()
    return row.value
  }
}
