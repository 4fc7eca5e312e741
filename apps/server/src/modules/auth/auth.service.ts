import { maskPhone, type Principal, type RoleGrant } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import type { SessionsTable } from './auth.tables'
import { fromFlag, toFlag } from '../../db/convert'
import { isUniqueViolation } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId, newSecret } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { staffedWindows } from '../org/halls.queries'
import { findLiveSession, sha256 } from './live-session'
import { hashPassword, verifyPassword } from './passwords'
import { assertCan } from './permissions'
import type { LoginBackoff } from './login-backoff'
import type { SessionsRepository } from './sessions.repository'
import type { TotpService } from './totp.service'
import type { UserRow, UsersRepository } from './users.repository'

export interface StaffedWindow {
  id: string
  number: number
  name: string
  hallId: string
  hallName: string
}

export { sha256 } from './live-session'

export interface StaffUser {
  id: string
  username: string
  displayName: string
  isDisabled: boolean
  grants: RoleGrant[]
  phoneMasked: string | null
  /** the account signs in with a TOTP code after its password */
  totpEnabled: boolean
  staffNumber: string | null
  createdAt: string
}

export type LoginResult =
  | { kind: 'signed-in'; token: string; user: StaffUser }
  | { kind: 'totp-required'; pendingToken: string; expiresAt: string }

/** How long the TOTP step of a sign-in may take after the password. */
const TOTP_PENDING_MS = 5 * 60_000

export type GrantsValidator = (grants: RoleGrant[], tx: Executor) => Promise<void>

export class AuthService {
  private validateGrants: GrantsValidator = async () => {}

  constructor(
    private readonly db: Db,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly totp: TotpService,
    private readonly options: { sessionIdleMinutes: number; loginBackoff?: LoginBackoff },
  ) {}

  /** The organisation module checks that granted departments exist. */
  validateGrantsWith(validator: GrantsValidator): void {
    this.validateGrants = validator
  }

  /**
   * Signs a staff member in. Unknown user and wrong password get the same answer and timing. An
   * account with TOTP gets a short-lived pending token instead of a session: the code comes next
   * (`loginWithCode`), and the password alone does not restart the account's failure count.
   */
  async login(
    username: string,
    password: string,
    meta: { ip: string | null; userAgent: string | null },
  ): Promise<LoginResult> {
    const backoff = this.options.loginBackoff
    const ticket = backoff ? await backoff.before(username) : null
    const user = await this.users.findByUsername(username)
    const ok = await verifyPassword(user?.password_hash ?? null, password)
    if (!user || !ok) {
      if (ticket && backoff) await backoff.after(ticket, true)
      await this.audit.record({
        actor: 'anonymous',
        action: 'auth.login-failed',
        subject: username.slice(0, 64),
        ip: meta.ip,
      })
      throw new AppError('AUTH_INVALID_CREDENTIALS', 'wrong username or password')
    }
    if (fromFlag(user.is_disabled)) {
      throw new AppError('AUTH_ACCOUNT_DISABLED', 'this account is disabled')
    }
    if (await this.totp.isEnabled(user.id)) {
      const pendingToken = newSecret()
      const now = this.clock.now()
      const expiresAt = new Date(now.getTime() + TOTP_PENDING_MS).toISOString()
      await this.sessions.insert(sessionRow(pendingToken, 'staff-totp', user.id, now, expiresAt, meta))
      return { kind: 'totp-required', pendingToken, expiresAt }
    }
    if (ticket && backoff) await backoff.after(ticket, false)
    return { kind: 'signed-in', ...(await this.startSession(user, meta, 'password')) }
  }

  /**
   * The second step of a TOTP sign-in: the pending token and a code (or a recovery code). A wrong
   * code counts toward the account's backoff like a wrong password.
   */
  async loginWithCode(
    pendingToken: string,
    code: string,
    meta: { ip: string | null; userAgent: string | null },
  ): Promise<{ token: string; user: StaffUser }> {
    const pending = await this.sessions.find(sha256(pendingToken))
    const now = this.clock.now().toISOString()
    if (!pending || pending.kind !== 'staff-totp' || pending.expires_at <= now)
      throw new AppError('AUTH_TOTP_PENDING_INVALID', 'sign in with the password again')
    const user = await this.users.findById(pending.subject_id)
    if (!user || fromFlag(user.is_disabled))
      throw new AppError('AUTH_ACCOUNT_DISABLED', 'this account is disabled')
    const backoff = this.options.loginBackoff
    const ticket = backoff ? await backoff.before(user.username) : null
    const used = await this.totp.check(user.id, code)
    if (ticket && backoff) await backoff.after(ticket, used === null)
    if (used === null) {
      await this.audit.record({
        actor: 'anonymous',
        action: 'auth.totp-failed',
        subject: `user:${user.id}`,
        ip: meta.ip,
      })
      throw new AppError('AUTH_TOTP_INVALID', 'the code is wrong or was used already')
    }
    await this.sessions.delete(pending.id)
    return this.startSession(user, meta, used)
  }

  private async startSession(
    user: UserRow,
    meta: { ip: string | null; userAgent: string | null },
    factor: 'password' | 'totp' | 'recovery',
  ): Promise<{ token: string; user: StaffUser }> {
    const token = newSecret()
    const now = this.clock.now()
    await this.db.transaction().execute(async (tx) => {
      await this.sessions.insert(sessionRow(token, 'staff', user.id, now, this.expiry(now), meta), tx)
      await this.audit.record(
        {
          actor: `staff:${user.id}`,
          action: 'auth.login',
          ip: meta.ip,
          ...(factor === 'password' ? {} : { details: { secondFactor: factor } }),
        },
        tx,
      )
    })
    return { token, user: await this.present(user) }
  }

  async logout(token: string): Promise<void> {
    await this.sessions.delete(sha256(token))
  }

  /** The principal behind a session cookie, or null when the session is gone or expired. */
  async resolveSession(token: string): Promise<Principal | null> {
    const session = await findLiveSession(this.sessions, this.clock, token, 'staff', (now) =>
      this.expiry(now),
    )
    if (!session) return null
    const user = await this.users.findById(session.subject_id)
    if (!user || fromFlag(user.is_disabled)) return null
    const grants = (await this.users.grantsOf([user.id])).get(user.id) ?? []
    const mustEnrol = this.totp.isRequiredFor(grants) && !(await this.totp.isEnabled(user.id))
    return {
      kind: 'staff',
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      grants,
      ...(mustEnrol ? { totpEnrolmentRequired: true } : {}),
    }
  }

  async listUsers(actor: Principal): Promise<StaffUser[]> {
    assertCan(actor, 'user.read')
    const rows = await this.users.list()
    const grants = await this.users.grantsOf(rows.map((r) => r.id))
    const withTotp = await this.totp.enabledAmong(rows.map((r) => r.id))
    return rows.map((r) => toStaffUser(r, grants.get(r.id) ?? [], withTotp.has(r.id)))
  }

  /** The usernames and display names of accounts (for a module listing its own members). */
  async namesOf(userIds: string[]): Promise<Map<string, { username: string; displayName: string }>> {
    const rows = await this.users.findByIds(userIds)
    return new Map(rows.map((r) => [r.id, { username: r.username, displayName: r.display_name }]))
  }

  async createUser(
    actor: Principal | 'system',
    input: {
      username: string
      displayName: string
      password: string
      grants: RoleGrant[]
      phone?: string | null | undefined
      staffNumber?: string | null | undefined
    },
  ): Promise<StaffUser> {
    if (actor !== 'system') assertCan(actor, 'user.manage')
    const now = this.clock.now().toISOString()
    const row: UserRow = {
      id: newId(),
      username: input.username,
      display_name: input.displayName,
      password_hash: await hashPassword(input.password),
      is_disabled: toFlag(false),
      phone: input.phone ?? null,
      staff_number: input.staffNumber ?? null,
      created_at: now,
      updated_at: now,
    }
    const grants = dedupeGrants(input.grants)
    await this.db.transaction().execute(async (tx) => {
      if (await this.users.findByUsername(input.username, tx)) {
        throw new AppError('USER_USERNAME_TAKEN', 'this username is taken')
      }
      await this.validateGrants(grants, tx)
      try {
        await this.users.insert(row, grants, tx)
      } catch (err) {
        // two requests for one name at once: the unique index decides
        if (isUniqueViolation(err)) throw new AppError('USER_USERNAME_TAKEN', 'this username is taken')
        throw err
      }
      await this.audit.record(
        { actor: actor === 'system' ? 'system' : actor, action: 'user.create', subject: `user:${row.id}` },
        tx,
      )
    })
    return toStaffUser(row, grants)
  }

  async setDisabled(actor: Principal, userId: string, isDisabled: boolean): Promise<StaffUser> {
    assertCan(actor, 'user.manage')
    const user = await this.requireUser(userId)
    await this.db.transaction().execute(async (tx) => {
      await this.users.update(
        userId,
        { is_disabled: toFlag(isDisabled), updated_at: this.clock.now().toISOString() },
        tx,
      )
      if (isDisabled) await this.sessions.deleteBySubject('staff', userId, tx)
      await this.audit.record(
        { actor, action: isDisabled ? 'user.disable' : 'user.enable', subject: `user:${userId}` },
        tx,
      )
    })
    return this.present({ ...user, is_disabled: toFlag(isDisabled) })
  }

  /** Replaces a staff member's roles and department scopes. */
  async setGrants(actor: Principal, userId: string, grants: RoleGrant[]): Promise<StaffUser> {
    assertCan(actor, 'user.manage')
    const user = await this.requireUser(userId)
    const unique = dedupeGrants(grants)
    await this.db.transaction().execute(async (tx) => {
      await this.validateGrants(unique, tx)
      await this.users.replaceGrants(userId, unique, tx)
      await this.audit.record(
        { actor, action: 'user.set-grants', subject: `user:${userId}`, details: unique },
        tx,
      )
    })
    return toStaffUser(user, unique, await this.totp.isEnabled(userId))
  }

  /** Sets or clears a staff member's mobile number (for supervision alerts by SMS). */
  async setPhone(actor: Principal, userId: string, phone: string | null): Promise<StaffUser> {
    assertCan(actor, 'user.manage')
    const user = await this.requireUser(userId)
    await this.db.transaction().execute(async (tx) => {
      await this.users.update(userId, { phone, updated_at: this.clock.now().toISOString() }, tx)
      await this.audit.record(
        {
          actor,
          action: 'user.set-phone',
          subject: `user:${userId}`,
          details: { phone: phone === null ? null : maskPhone(phone) },
        },
        tx,
      )
    })
    return this.present({ ...user, phone })
  }

  async resetPassword(actor: Principal, userId: string, password: string): Promise<void> {
    assertCan(actor, 'user.manage')
    await this.requireUser(userId)
    const hash = await hashPassword(password)
    await this.db.transaction().execute(async (tx) => {
      await this.users.update(userId, { password_hash: hash, updated_at: this.clock.now().toISOString() }, tx)
      await this.sessions.deleteBySubject('staff', userId, tx)
      await this.audit.record({ actor, action: 'user.reset-password', subject: `user:${userId}` }, tx)
    })
  }

  /** The windows a staff member staffs, so the counter knows its window (and hall). */
  async staffedWindows(userId: string): Promise<StaffedWindow[]> {
    return (await staffedWindows(this.db, userId)).map((w) => ({
      id: w.id,
      number: w.number,
      name: w.name,
      hallId: w.hall_id,
      hallName: w.hall_name,
    }))
  }

  async userCount(): Promise<number> {
    return this.users.count()
  }

  private async requireUser(id: string): Promise<UserRow> {
    const user = await this.users.findById(id)
    if (!user) throw new AppError('USER_NOT_FOUND', 'no such user')
    return user
  }

  /** An administrator removes another account's TOTP (a lost phone). */
  async resetTotp(actor: Principal, userId: string): Promise<void> {
    await this.totp.resetFor(actor, userId, (await this.users.findById(userId)) !== undefined)
  }

  private async present(user: UserRow): Promise<StaffUser> {
    const grants = (await this.users.grantsOf([user.id])).get(user.id) ?? []
    return toStaffUser(user, grants, await this.totp.isEnabled(user.id))
  }

  private expiry(now: Date): string {
    return new Date(now.getTime() + this.options.sessionIdleMinutes * 60_000).toISOString()
  }
}

/** A sessions row, stored by the hash of its token. */
function sessionRow(
  token: string,
  kind: SessionsTable['kind'],
  userId: string,
  now: Date,
  expiresAt: string,
  meta: { ip: string | null; userAgent: string | null },
): SessionsTable {
  return {
    id: sha256(token),
    kind,
    subject_id: userId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: expiresAt,
    ip: meta.ip,
    user_agent: meta.userAgent?.slice(0, 256) ?? null,
  }
}

function toStaffUser(r: UserRow, grants: RoleGrant[], totpEnabled = false): StaffUser {
  return {
    totpEnabled,
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    isDisabled: fromFlag(r.is_disabled),
    grants,
    phoneMasked: r.phone === null ? null : maskPhone(r.phone),
    staffNumber: r.staff_number,
    createdAt: r.created_at,
  }
}

function dedupeGrants(grants: RoleGrant[]): RoleGrant[] {
  const seen = new Set<string>()
  return grants.filter((g) => {
    const k = `${g.role}|${g.departmentId ?? '*'}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
