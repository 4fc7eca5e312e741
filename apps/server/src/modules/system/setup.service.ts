import { randomInt, timingSafeEqual } from 'node:crypto'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { AuthService, StaffUser } from '../auth/auth.service'
import { sha256 } from '../auth/auth.service'
import { SetupCodeRepository } from './setup-code.repository'

/**
 * First start in production: no accounts exist, so the first administrator is created either
 * with the CLI or on the one-time setup page with a code printed in the server log (a person
 * on the LAN cannot claim the center by being first).
 */
export class SetupService {
  private readonly codes: SetupCodeRepository

  constructor(
    db: Db,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {
    this.codes = new SetupCodeRepository(db)
  }

  async isSetupNeeded(): Promise<boolean> {
    return (await this.auth.userCount()) === 0
  }

  /** Creates (or replaces) the setup code and returns it for the log. */
  async issueSetupCode(): Promise<string> {
    const code = Array.from({ length: 3 }, () => String(randomInt(0, 10_000)).padStart(4, '0')).join('-')
    const now = this.clock.now().toISOString()
    await this.codes.save(sha256(code), now)
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
    const stored = await this.codes.find()
    const given = Buffer.from(sha256(input.setupCode.trim()))
    if (!stored || !timingSafeEqual(Buffer.from(stored), given))
      throw new AppError('SETUP_CODE_INVALID', 'wrong setup code')
    const user = await this.auth.createUser('system', {
      username: input.username,
      displayName: input.displayName,
      password: input.password,
      grants: [{ role: 'admin', departmentId: null }],
    })
    await this.codes.remove()
    return user
  }
}
