import type { CitizenMe, Principal } from '@yimin/shared'
import { maskIdNumber, maskPhone } from '@yimin/shared'
import type { Db } from '../../db/database'
import { isUniqueViolation } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId, newSecret } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { findLiveSession, sha256 } from '../auth/live-session'
import type { SessionStore } from '../auth/auth.queries'
import type { SmsService } from '../sms/sms.service'
import type { CitizensTable } from './citizens.tables'
import type { CitizensRepository } from './citizens.repository'
import { OTP_MAX_ATTEMPTS, OTP_TTL_MS, canSendOtp, newOtpCode, otpHash, tryOtp } from './otp.rules'

export type CitizenPrincipal = Extract<Principal, { kind: 'citizen' }>

/** The signed-in citizen, or AUTH_REQUIRED. */
export function citizenOf(principal: Principal): CitizenPrincipal {
  if (principal.kind !== 'citizen') throw new AppError('AUTH_REQUIRED', 'sign in with your phone first')
  return principal
}

/**
 * Citizen sign-in (PRODUCT.md 2.7): phone + one-time SMS code, sessions in the same table and
 * cookie as staff sessions (kind 'citizen'), an optional resident ID bound once.
 */
export class CitizensService {
  constructor(
    private readonly db: Db,
    private readonly repo: CitizensRepository,
    private readonly sessions: SessionStore,
    private readonly sms: SmsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly options: { sessionIdleMinutes: number },
  ) {}

  /** Sends a code (essential SMS, through the outbox). Older codes of the phone stop working. */
  async requestCode(
    phone: string,
    ip: string | null,
  ): Promise<{ phoneMasked: string; expiresAt: string; resendAfterSeconds: number }> {
    const now = this.clock.now()
    const expiresAt = new Date(now.getTime() + OTP_TTL_MS).toISOString()
    await this.db.transaction().execute(async (tx) => {
      const recent = await this.repo.recentOtps(
        phone,
        ip,
        new Date(now.getTime() - 3_600_000).toISOString(),
        tx,
      )
      const decision = canSendOtp(now, recent.phone, recent.ip)
      if (!decision.ok) {
        throw new AppError(
          decision.scope === 'phone' ? 'CITIZEN_OTP_PHONE_RATE_LIMITED' : 'CITIZEN_OTP_IP_RATE_LIMITED',
          'too many codes asked for; try again later',
          {
            retryAfterSeconds: decision.retryAfterSeconds,
          },
        )
      }
      const code = newOtpCode()
      const id = newId()
      await this.repo.spendOtps(phone, tx)
      await this.repo.insertOtp(
        {
          id,
          phone,
          code_hash: otpHash(phone, code),
          ip,
          attempts: 0,
          is_spent: 0,
          expires_at: expiresAt,
          created_at: now.toISOString(),
        },
        tx,
      )
      // the essential template auth.otp (ignores opt-outs)
      await this.sms.queueTemplate(tx, {
        causeKey: `otp:${id}`,
        recipient: phone,
        template: 'auth.otp',
        vars: { code, minutes: OTP_TTL_MS / 60_000 },
      })
    })
    return { phoneMasked: maskPhone(phone), expiresAt, resendAfterSeconds: 60 }
  }

  /** Checks the code; a citizen account is created at first sign-in. Returns the session token. */
  async verify(
    input: { phone: string; code: string; idNumber?: string | undefined },
    meta: { ip: string | null; userAgent: string | null },
  ): Promise<{ token: string; me: CitizenMe }> {
    const now = this.clock.now()
    const otp = await this.repo.latestOtp(input.phone)
    const result = tryOtp(otp, otpHash(input.phone, input.code), now)
    if (result !== 'ok' || !otp) {
      if (otp && (result === 'wrong' || result === 'burned'))
        await this.repo.countWrongTry(otp.id, otp.attempts, OTP_MAX_ATTEMPTS)
      await this.audit.record({
        actor: 'anonymous',
        action: 'citizen.sign-in-failed',
        subject: `phone:${maskPhone(input.phone)}`,
        ip: meta.ip,
      })
      throw new AppError('CITIZEN_OTP_INVALID', 'the code is wrong, expired or already used', {
        isBurned: result !== 'wrong',
      })
    }
    const token = newSecret()
    const citizen = await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.spendOtp(otp.id, tx)))
        throw new AppError('CITIZEN_OTP_INVALID', 'the code is wrong, expired or already used', {
          isBurned: true,
        })
      let row = await this.repo.findByPhone(input.phone, tx)
      if (!row) {
        row = {
          id: newId(),
          phone: input.phone,
          id_number: input.idNumber ?? null,
          name: null,
          created_at: now.toISOString(),
          last_sign_in_at: now.toISOString(),
        }
        try {
          await this.repo.insert(row, tx)
        } catch (err) {
          if (isUniqueViolation(err))
            throw new AppError('CITIZEN_OTP_INVALID', 'the code is wrong, expired or already used', {
              isBurned: true,
            })
          throw err
        }
      } else {
        if (input.idNumber && row.id_number && row.id_number !== input.idNumber)
          throw new AppError('CITIZEN_ID_MISMATCH', 'another ID number is bound to this phone')
        const idNumber = row.id_number ?? input.idNumber ?? null
        await this.repo.update(row.id, { last_sign_in_at: now.toISOString(), id_number: idNumber }, tx)
        row = { ...row, id_number: idNumber }
      }
      await this.sessions.insert(
        {
          id: sha256(token),
          kind: 'citizen',
          subject_id: row.id,
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          expires_at: this.expiry(now),
          ip: meta.ip,
          user_agent: meta.userAgent?.slice(0, 256) ?? null,
        },
        tx,
      )
      await this.audit.record({ actor: `citizen:${row.id}`, action: 'citizen.sign-in', ip: meta.ip }, tx)
      return row
    })
    return { token, me: present(citizen) }
  }

  /** The citizen behind a session cookie, or null (staff sessions are resolved by auth). */
  async resolveSession(token: string): Promise<CitizenPrincipal | null> {
    const session = await findLiveSession(this.sessions, this.clock, token, 'citizen', (now) =>
      this.expiry(now),
    )
    if (!session) return null
    const citizen = await this.repo.findById(session.subject_id)
    if (!citizen) return null
    return { kind: 'citizen', citizenId: citizen.id, phone: citizen.phone }
  }

  async signOut(token: string): Promise<void> {
    await this.sessions.delete(sha256(token))
  }

  async me(principal: Principal): Promise<CitizenMe> {
    return present(await this.require(principal))
  }

  /** The full citizen row (the online module prefills applications from it). */
  async require(principal: Principal): Promise<CitizensTable> {
    const row = await this.repo.findById(citizenOf(principal).citizenId)
    if (!row) throw new AppError('AUTH_REQUIRED', 'sign in with your phone first')
    return row
  }

  /** Name may change; the resident ID is bound once. */
  async updateProfile(
    principal: Principal,
    input: { name?: string | undefined; idNumber?: string | undefined },
  ): Promise<CitizenMe> {
    const row = await this.require(principal)
    if (input.idNumber && row.id_number && row.id_number !== input.idNumber)
      throw new AppError('CITIZEN_ID_MISMATCH', 'another ID number is bound to this account')
    const patch = { name: input.name ?? row.name, id_number: row.id_number ?? input.idNumber ?? null }
    await this.repo.update(row.id, patch)
    return present({ ...row, ...patch })
  }

  private expiry(now: Date): string {
    return new Date(now.getTime() + this.options.sessionIdleMinutes * 60_000).toISOString()
  }
}

function present(row: CitizensTable): CitizenMe {
  return {
    citizenId: row.id,
    phoneMasked: maskPhone(row.phone),
    idNumberMasked: row.id_number ? maskIdNumber(row.id_number) : null,
    name: row.name,
  }
}
