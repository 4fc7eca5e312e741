import type { Executor } from '../../db/database'
import { forUpdateSkipLocked } from '../../db/dialect'
import type { DeviceSessionsTable, DevicesTable } from './devices.tables'

export class DevicesRepository {
  constructor(private readonly db: Executor) {}

  async insert(row: DevicesTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('devices').values(row).execute()
  }

  async findById(id: string, tx: Executor = this.db): Promise<DevicesTable | undefined> {
    return tx.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findByTokenHash(hash: string, tx: Executor = this.db): Promise<DevicesTable | undefined> {
    return tx.selectFrom('devices').selectAll().where('token_hash', '=', hash).executeTakeFirst()
  }

  async list(tx: Executor = this.db): Promise<DevicesTable[]> {
    return tx.selectFrom('devices').selectAll().orderBy('kind').orderBy('name').execute()
  }

  /**
   * Records that a device was seen, unless it was seen since `staleBefore`. Every request of a
   * device that finds its mark stale comes here at once (a kiosk's many connections, on several
   * instances): the one that takes the row writes it, the others pass (SKIP LOCKED), so no
   * request waits behind another's write of the same row.
   */
  async markSeen(id: string, at: string, staleBefore: string, tx: Executor = this.db): Promise<void> {
    await tx
      .updateTable('devices')
      .set({ last_seen_at: at })
      .where(
        'id',
        'in',
        forUpdateSkipLocked(
          tx
            .selectFrom('devices')
            .select('id')
            .where('id', '=', id)
            .where((eb) => eb.or([eb('last_seen_at', 'is', null), eb('last_seen_at', '<', staleBefore)])),
          tx,
        ),
      )
      .execute()
  }

  async update(id: string, patch: Partial<DevicesTable>, tx: Executor = this.db): Promise<void> {
    await tx.updateTable('devices').set(patch).where('id', '=', id).execute()
  }

  async insertSession(row: DeviceSessionsTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('device_sessions').values(row).execute()
  }

  /** A session that has not ended or expired, by the hash of its token. */
  async liveSession(
    hash: string,
    now: string,
    tx: Executor = this.db,
  ): Promise<DeviceSessionsTable | undefined> {
    return tx
      .selectFrom('device_sessions')
      .selectAll()
      .where('id', '=', hash)
      .where('ended_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst()
  }

  /** Shortens a rotated session to its grace period; false when another request rotated it first. */
  async retireSession(hash: string, until: string, tx: Executor = this.db): Promise<boolean> {
    const r = await tx
      .updateTable('device_sessions')
      .set({ expires_at: until })
      .where('id', '=', hash)
      .where('expires_at', '>', until)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) > 0
  }

  async endSession(hash: string, now: string, tx: Executor = this.db): Promise<void> {
    await tx.updateTable('device_sessions').set({ ended_at: now }).where('id', '=', hash).execute()
  }

  /** Ends every live session of a device; returns how many. */
  async endSessionsOf(deviceId: string, now: string, tx: Executor = this.db): Promise<number> {
    const r = await tx
      .updateTable('device_sessions')
      .set({ ended_at: now })
      .where('device_id', '=', deviceId)
      .where('ended_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst()
    return Number(r.numUpdatedRows)
  }

  /** Live sessions per device. */
  async liveSessionCounts(now: string, tx: Executor = this.db): Promise<Map<string, number>> {
    const rows = await tx
      .selectFrom('device_sessions')
      .select(['device_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('ended_at', 'is', null)
      .where('expires_at', '>', now)
      .groupBy('device_id')
      .execute()
    return new Map(rows.map((r) => [r.device_id, Number(r.n)]))
  }
}
