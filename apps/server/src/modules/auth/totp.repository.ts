import type { Executor } from '../../db/database'
import type { StaffTotpTable } from './auth.tables'

/** All SQL of staff TOTP (staff_totp). */
export class TotpRepository {
  constructor(private readonly db: Executor) {}

  async find(userId: string, tx: Executor = this.db): Promise<StaffTotpTable | undefined> {
    return tx.selectFrom('staff_totp').selectAll().where('user_id', '=', userId).executeTakeFirst()
  }

  /** Starts (or restarts) an enrolment: a new secret, not yet enabled. */
  async upsertPending(row: StaffTotpTable, tx: Executor = this.db): Promise<void> {
    await tx.deleteFrom('staff_totp').where('user_id', '=', row.user_id).execute()
    await tx.insertInto('staff_totp').values(row).execute()
  }

  async update(
    userId: string,
    patch: Partial<Omit<StaffTotpTable, 'user_id'>>,
    tx: Executor = this.db,
  ): Promise<void> {
    await tx.updateTable('staff_totp').set(patch).where('user_id', '=', userId).execute()
  }

  /**
   * Moves the last used step forward, only if nobody used this or a later step meanwhile:
   * false when a concurrent sign-in took the code first.
   */
  async advanceStep(userId: string, step: number, now: string, tx: Executor = this.db): Promise<boolean> {
    const r = await tx
      .updateTable('staff_totp')
      .set({ last_step: step, updated_at: now })
      .where('user_id', '=', userId)
      .where('last_step', '<', step)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** Replaces the recovery codes only if they are still what was read (each code used once). */
  async swapRecoveryCodes(
    userId: string,
    before: string,
    after: string,
    now: string,
    tx: Executor = this.db,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('staff_totp')
      .set({ recovery_codes: after, updated_at: now })
      .where('user_id', '=', userId)
      .where('recovery_codes', '=', before)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async delete(userId: string, tx: Executor = this.db): Promise<boolean> {
    const r = await tx.deleteFrom('staff_totp').where('user_id', '=', userId).executeTakeFirst()
    return Number(r.numDeletedRows) > 0
  }

  /** Which of these accounts have TOTP switched on. */
  async enabledAmong(userIds: readonly string[], tx: Executor = this.db): Promise<Set<string>> {
    if (userIds.length === 0) return new Set()
    const rows = await tx
      .selectFrom('staff_totp')
      .select('user_id')
      .where('user_id', 'in', userIds)
      .where('enabled_at', 'is not', null)
      .execute()
    return new Set(rows.map((r) => r.user_id))
  }
}
