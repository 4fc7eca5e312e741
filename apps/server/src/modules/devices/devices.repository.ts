import type { Executor } from '../../db/database'
import type { DevicesTable } from '../../db/tables'

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

  /** The hall a device's window or area belongs to. */
  async hallOf(
    device: Pick<DevicesTable, 'window_id' | 'area_id'>,
    tx: Executor = this.db,
  ): Promise<string | null> {
    if (device.window_id) {
      const w = await tx
        .selectFrom('hall_windows')
        .select('hall_id')
        .where('id', '=', device.window_id)
        .executeTakeFirst()
      if (w) return w.hall_id
    }
    if (device.area_id) {
      const a = await tx
        .selectFrom('hall_areas')
        .select('hall_id')
        .where('id', '=', device.area_id)
        .executeTakeFirst()
      if (a) return a.hall_id
    }
    return null
  }

  async list(tx: Executor = this.db): Promise<DevicesTable[]> {
    return tx.selectFrom('devices').selectAll().orderBy('kind').orderBy('name').execute()
  }

  async update(id: string, patch: Partial<DevicesTable>, tx: Executor = this.db): Promise<void> {
    await tx.updateTable('devices').set(patch).where('id', '=', id).execute()
  }
}
