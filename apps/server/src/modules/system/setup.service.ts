import { randomInt, timingSafeEqual } from 'node:crypto'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { AuthService, StaffUser } from '../auth/auth.service'
import { sha256 } from '../auth/auth.service'

const SETUP_CODE_KEY = 'setup.code-hash'

/**
 * First start in production: no accounts exist, so the first administrator is created either
 * with the CLI or on the one-time setup page with a code printed in the server log (a person
 * on the LAN cannot claim the center by being first).
 */
export class SetupService {
  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  async isSetupNeeded(): Promise<boolean> {
    return (await this.auth.userCount()) === 0
  }

  /** Creates (or replaces) the setup code and returns it for the log. */
  async issueSetupCode(): Promise<string> {
    const code = Array.from({ length: 3 }, () => String(randomInt(0, 10_000)).padStart(4, '0')).join('-')
    const now = this.clock.now().toISOString()
    await this.db
      .insertInto('system_settings')
      .values({ key: SETUP_CODE_KEY, value: sha256(code), updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: sha256(code), updated_at: now }))
      .execute()
    return code
  }

  async complete(input: {
    setupCode: string
    username: string
    displayName: string
    password: string
  }): Promise<StaffUser> {
    if (!(await this.isSetupNeeded()))
      throw new AppError('SETUP_ALREADY_DONE', 'the center already has accounts')
    const row = await this.db
      .selectFrom('system_settings')
      .select('value')
      .where('key', '=', SETUP_CODE_KEY)
      .executeTakeFirst()
    const given = Buffer.from(sha256(input.setupCode.trim()))
    if (!row || !timingSafeEqual(Buffer.from(row.value), given))
      throw new AppError('SETUP_CODE_INVALID', 'wrong setup code')
    const user = await this.auth.createUser('system', {
      username: input.username,
      displayName: input.displayName,
      password: input.password,
      grants: [{ role: 'admin', departmentId: null }],
    })
    await this.db.deleteFrom('system_settings').where('key', '=', SETUP_CODE_KEY).execute()
    return user
  }
}
