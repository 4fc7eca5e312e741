import type { Db } from '../../db/database'
import type { IdempotencyKeysTable } from './idempotency.tables'

/** Stored first answers of idempotent requests (idempotency_keys). */
export class IdempotencyRepository {
  constructor(private readonly db: Db) {}

  async find(id: string): Promise<IdempotencyKeysTable | undefined> {
    return this.db.selectFrom('idempotency_keys').selectAll().where('id', '=', id).executeTakeFirst()
  }

  /** Claims a key for a first request; false when another request holds it already. */
  async claim(row: IdempotencyKeysTable, now: string): Promise<boolean> {
    // an expired record no longer counts
    await this.db
      .deleteFrom('idempotency_keys')
      .where('id', '=', row.id)
      .where('expires_at', '<=', now)
      .execute()
    const r = await this.db
      .insertInto('idempotency_keys')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
  }

  async complete(id: string, status: number, response: string): Promise<void> {
    await this.db.updateTable('idempotency_keys').set({ status, response }).where('id', '=', id).execute()
  }

  async release(id: string): Promise<void> {
    await this.db.deleteFrom('idempotency_keys').where('id', '=', id).where('status', 'is', null).execute()
  }

  async prune(now: string): Promise<number> {
    const r = await this.db.deleteFrom('idempotency_keys').where('expires_at', '<=', now).executeTakeFirst()
    return Number(r.numDeletedRows)
  }
}
