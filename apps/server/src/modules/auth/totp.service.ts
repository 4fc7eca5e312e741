import QRCode from 'qrcode'
import type { Principal, RoleGrant } from '@yimin/shared'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { SecretBox } from '../../platform/secret-box'
import type { AuditService } from '../audit/audit.service'
import { assertCan, requireStaff } from './permissions'
import {
  base32Encode,
  hashRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  recoveryCodeMatches,
} from './totp'
import type { TotpRepository } from './totp.repository'
import type { SessionsRepository } from './sessions.repository'

export interface TotpStatus {
  enabled: boolean
  /** an enrolment waits for its first code */
  pending: boolean
  enabledAt: string | null
  recoveryCodesLeft: number
  /** production mode requires it of administrators and supervisors */
  required: boolean
}

/** Roles whose accounts must have a second factor in production (MLPS level 3). */
const TOTP_ROLES: ReadonlySet<string> = new Set(['admin', 'supervisor'])

/**
 * The staff TOTP second factor (issue 17.5): enrolment confirmed by a first valid code, ten
 * one-time recovery codes, disabling by the holder with a valid code or by an administrator for
 * another account. Secrets are sealed at rest; every change and every recovery code used is audited.
 */
export class TotpService {
  constructor(
    private readonly db: Db,
    private readonly repo: TotpRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly box: SecretBox,
    private readonly options: { mode: 'demo' | 'production'; issuer: string },
  ) {}

  /** Whether an account holding these grants must sign in with TOTP (production only). */
  isRequiredFor(grants: readonly RoleGrant[]): boolean {
    return this.options.mode === 'production' && grants.some((g) => TOTP_ROLES.has(g.role))
  }

  async isEnabled(userId: string): Promise<boolean> {
    return (await this.repo.find(userId))?.enabled_at != null
  }

  async enabledAmong(userIds: readonly string[]): Promise<Set<string>> {
    return this.repo.enabledAmong(userIds)
  }

  async status(actor: Principal): Promise<TotpStatus> {
    const staff = requireStaff(actor)
    const row = await this.repo.find(staff.userId)
    return {
      enabled: row?.enabled_at != null,
      pending: row !== undefined && row.enabled_at === null,
      enabledAt: row?.enabled_at ?? null,
      recoveryCodesLeft: row ? recoveryCodesLeft(row.recovery_codes) : 0,
      required: this.isRequiredFor(staff.grants),
    }
  }

  /** A new secret for the caller, shown as text, otpauth URI and QR code; not active until confirmed. */
  async beginEnrolment(actor: Principal): Promise<{ secret: string; uri: string; qrSvg: string }> {
    const staff = requireStaff(actor)
    if (await this.isEnabled(staff.userId))
      throw new AppError('TOTP_ALREADY_ENABLED', 'TOTP is already on for this account; turn it off first')
    const secret = newTotpSecret()
    const now = this.clock.now().toISOString()
    await this.repo.upsertPending({
      user_id: staff.userId,
      secret: this.box.seal(secret),
      enabled_at: null,
      last_step: 0,
      recovery_codes: '[]',
      created_at: now,
      updated_at: now,
    })
    const uri = otpauthUri(this.options.issuer, staff.username, secret)
    const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
    return { secret: base32Encode(secret), uri, qrSvg }
  }

  /** Switches TOTP on with a first valid code; returns the ten recovery codes (shown this once). */
  async confirmEnrolment(actor: Principal, code: string): Promise<{ recoveryCodes: string[] }> {
    const staff = requireStaff(actor)
    const row = await this.repo.find(staff.userId)
    if (!row || row.enabled_at !== null)
      throw new AppError('TOTP_NOT_PENDING', 'start an enrolment first (or TOTP is already on)')
    const now = this.clock.now()
    const step = matchTotp(this.box.open(row.secret), code.trim(), now.getTime(), row.last_step)
    if (step === null) throw new AppError('TOTP_INVALID_CODE', 'the code is not valid now')
    const recoveryCodes = newRecoveryCodes()
    await this.db.transaction().execute(async (tx) => {
      await this.repo.update(
        staff.userId,
        {
          enabled_at: now.toISOString(),
          last_step: step,
          recovery_codes: JSON.stringify(recoveryCodes.map(hashRecoveryCode)),
          updated_at: now.toISOString(),
        },
        tx,
      )
      await this.audit.record({ actor, action: 'auth.totp-enrol', subject: `user:${staff.userId}` }, tx)
    })
    return { recoveryCodes }
  }

  /** The holder turns TOTP off with a valid code or a recovery code. */
  async disableOwn(actor: Principal, code: string): Promise<void> {
    const staff = requireStaff(actor)
    if (!(await this.isEnabled(staff.userId)))
      throw new AppError('TOTP_NOT_ENABLED', 'TOTP is not on for this account')
    if ((await this.check(staff.userId, code)) === null)
      throw new AppError('TOTP_INVALID_CODE', 'the code is not valid now')
    await this.db.transaction().execute(async (tx) => {
      await this.repo.delete(staff.userId, tx)
      await this.audit.record({ actor, action: 'auth.totp-disable', subject: `user:${staff.userId}` }, tx)
    })
  }

  /** An administrator removes another account's TOTP (a lost phone); its sessions end. */
  async resetFor(actor: Principal, userId: string, userExists: boolean): Promise<void> {
    assertCan(actor, 'user.manage')
    if (!userExists) throw new AppError('USER_NOT_FOUND', 'no such user')
    if (actor.kind === 'staff' && actor.userId === userId)
      throw new AppError('TOTP_RESET_OWN_ACCOUNT', 'turn off your own TOTP on the security page, with a code')
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.delete(userId, tx)))
        throw new AppError('TOTP_NOT_ENABLED', 'this account has no TOTP')
      await this.sessions.deleteBySubject('staff', userId, tx)
      await this.audit.record({ actor, action: 'user.totp-reset', subject: `user:${userId}` }, tx)
    })
  }

  /**
   * Checks a sign-in second factor: a TOTP code (±1 step, never the same step twice) or an unused
   * recovery code (then used up, audited). Returns which one it was, or null.
   */
  async check(userId: string, code: string): Promise<'totp' | 'recovery' | null> {
    const row = await this.repo.find(userId)
    if (!row || row.enabled_at === null) return null
    const now = this.clock.now()
    const typed = code.trim()
    if (/^\d{6}$/.test(typed)) {
      const step = matchTotp(this.box.open(row.secret), typed, now.getTime(), row.last_step)
      // a concurrent sign-in with the same code: only one moves the step
      if (step === null || !(await this.repo.advanceStep(userId, step, now.toISOString()))) return null
      return 'totp'
    }
    const stored = JSON.parse(row.recovery_codes) as Array<string | null>
    const at = stored.findIndex((h) => h !== null && recoveryCodeMatches(typed, h))
    if (at < 0) return null
    const after = stored.map((h, i) => (i === at ? null : h))
    const used = await this.db.transaction().execute(async (tx) => {
      if (
        !(await this.repo.swapRecoveryCodes(
          userId,
          row.recovery_codes,
          JSON.stringify(after),
          now.toISOString(),
          tx,
        ))
      )
        return false
      await this.audit.record(
        {
          actor: `staff:${userId}`,
          action: 'auth.totp-recovery-used',
          subject: `user:${userId}`,
          details: { left: after.filter((h) => h !== null).length },
        },
        tx,
      )
      return true
    })
    return used ? 'recovery' : null
  }
}

function recoveryCodesLeft(json: string): number {
  return (JSON.parse(json) as Array<string | null>).filter((h) => h !== null).length
}
