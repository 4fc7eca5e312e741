import type { Executor } from '../../db/database'
import type { AuditLogTable } from './audit.tables'

export class AuditRepository {
  constructor(private readonly db: Executor) {}

  async insert(row: AuditLogTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('audit_log').values(row).execute()
  }

  async recent(limit: number, tx: Executor = this.db): Promise<AuditLogTable[]> {
    return tx
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute()
  }
}
