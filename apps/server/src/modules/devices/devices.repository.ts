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

  async list(tx: Executor = this.db): Promise<DevicesTable[]> {
    return tx.selectFrom('devices').selectAll().orderBy('kind').orderBy('name').execute()
  }

  async update(id: string, patch: Partial<DevicesTable>, tx: Executor = this.db): Promise<void> {
    await tx.updateTable('devices').set(patch).where('id', '=', id).execute()
  }
}
