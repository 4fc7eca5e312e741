import type { Db, Executor } from '../../../db/database'
import type { SmsTemplatesTable } from './templates.tables'

export class SmsTemplatesRepository {
  constructor(private readonly db: Db) {}

  async all(tx: Executor = this.db): Promise<SmsTemplatesTable[]> {
    return tx.selectFrom('sms_templates').selectAll().execute()
  }

  async upsert(row: SmsTemplatesTable, tx: Executor = this.db): Promise<void> {
    await tx
      .insertInto('sms_templates')
      .values(row)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          text_zh: row.text_zh,
          text_ug: row.text_ug,
          updated_at: row.updated_at,
          updated_by: row.updated_by,
        }),
      )
      .execute()
  }

  async remove(key: string, tx: Executor = this.db): Promise<void> {
    await tx.deleteFrom('sms_templates').where('key', '=', key).execute()
  }
}
