import { maskPhone, type Principal, type RoleGrant } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { fromFlag, toFlag } from '../../db/convert'
import { isUniqueViolation } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId, newSecret } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { findLiveSession, sha256 } from './live-session'
import { hashPassword, verifyPassword } from './passwords'
import { assertCan } from './permissions'
import type { LoginBackoff } from './login-backoff'
import type { SessionsRepository } from './sessions.repository'
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
  staffNumber: string | null
  createdAt: string
}

export type GrantsValidator = (grants: RoleGrant[], tx: Executor) => Promise<void>

export class AuthService {
  private validateGrants: GrantsValidator = async () => {}

  constructor(
    private readonly db: Db,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly options: { sessionIdleMinutes: number; loginBackoff?: LoginBackoff },
  ) {}

  /** The organisation module checks that granted departments exist. */
  validateGrantsWith(validator: GrantsValidator): void {
    this.validateGrants = validator
  }

  /** Signs a staff member in. Unknown user and wrong password get the same answer and timing. */
  async login(
    username: string,
    password: string,
    meta: { ip: string | null; userAgent: string | null },
  ): Promise<{ token: string; user: StaffUser }> {
    const backoff = this.options.loginBackoff
    const ticket = backoff ? await backoff.before(username) : null
    const user = await this.users.findByUsername(username)
    const ok = await verifyPassword(user?.password_hash ?? null, password)
    if (ticket && backoff) await backoff.after(ticket, !user || !ok)
    if (!user || !ok) {
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
    const token = newSecret()
    const now = this.clock.now()
    await this.db.transaction().execute(async (tx) => {
      await this.sessions.insert(
        {
          id: sha256(token),
          kind: 'staff',
          subject_id: user.id,
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          expires_at: this.expiry(now),
          ip: meta.ip,
          user_agent: meta.userAgent?.slice(0, 256) ?? null,
        },
        tx,
      )
      await this.audit.record({ actor: `staff:${user.id}`, action: 'auth.login', ip: meta.ip }, tx)
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
    return { kind: 'staff', userId: user.id, username: user.username, displayName: user.display_name, grants }
  }

  async listUsers(actor: Principal): Promise<StaffUser[]> {
    assertCan(actor, 'user.read')
    const rows = await this.users.list()
    const grants = await this.users.grantsOf(rows.map((r) => r.id))
    return rows.map((r) => toStaffUser(r, grants.get(r.id) ?? []))
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
    return toStaffUser(user, unique)
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
    return (await this.users.staffedWindows(userId)).map((w) => ({
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

  private async present(user: UserRow): Promise<StaffUser> {
    const grants = (await this.users.grantsOf([user.id])).get(user.id) ?? []
    return toStaffUser(user, grants)
  }

  private expiry(now: Date): string {
    return new Date(now.getTime() + this.options.sessionIdleMinutes * 60_000).toISOString()
  }
}

function toStaffUser(r: UserRow, grants: RoleGrant[]): StaffUser {
  return {
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
