import type { Executor } from '../../db/database'

const SETUP_CODE_KEY = 'setup.code-hash'

/** The one-time setup code's hash, kept in the system settings until the first account exists. */
export class SetupCodeRepository {
  constructor(private readonly db: Executor) {}

  async save(hash: string, now: string): Promise<void> {
    await this.db
      .insertInto('system_settings')
      .values({ key: SETUP_CODE_KEY, value: hash, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: hash, updated_at: now }))
      .execute()
  }

  async find(): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('system_settings')
      .select('value')
      .where('key', '=', SETUP_CODE_KEY)
      .executeTakeFirst()
    return row?.value
  }

  async remove(): Promise<void> {
    await this.db.deleteFrom('system_settings').where('key', '=', SETUP_CODE_KEY).execute()
  }
}
