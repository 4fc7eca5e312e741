import type { Db, Executor } from '../../db/database'
import type { CitizenOtpsTable, CitizensTable } from './citizens.tables'

/** Citizens and their one-time codes: all SQL of sign-in. */
export class CitizensRepository {
  constructor(private readonly db: Db) {}

  async findById(id: string, tx: Executor = this.db): Promise<CitizensTable | undefined> {
    return tx.selectFrom('citizens').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findByPhone(phone: string, tx: Executor = this.db): Promise<CitizensTable | undefined> {
    return tx.selectFrom('citizens').selectAll().where('phone', '=', phone).executeTakeFirst()
  }

  async insert(row: CitizensTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('citizens').values(row).execute()
  }

  async update(id: string, patch: Partial<Omit<CitizensTable, 'id'>>, tx: Executor = this.db): Promise<void> {
    await tx.updateTable('citizens').set(patch).where('id', '=', id).execute()
  }

  /** Creation times of codes sent to a phone and from an address since `since`. */
  async recentOtps(
    phone: string,
    ip: string | null,
    since: string,
    tx: Executor = this.db,
  ): Promise<{ phone: string[]; ip: string[] }> {
    const byPhone = await tx
      .selectFrom('citizen_otps')
      .select('created_at')
      .where('phone', '=', phone)
      .where('created_at', '>', since)
      .execute()
    const byIp = ip
      ? await tx
          .selectFrom('citizen_otps')
          .select('created_at')
          .where('ip', '=', ip)
          .where('created_at', '>', since)
          .execute()
      : []
    return { phone: byPhone.map((r) => r.created_at), ip: byIp.map((r) => r.created_at) }
  }

  async insertOtp(row: CitizenOtpsTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('citizen_otps').values(row).execute()
  }

  /** The newest code of a phone (older ones are spent when a new one is sent). */
  async latestOtp(phone: string, tx: Executor = this.db): Promise<CitizenOtpsTable | undefined> {
    return tx
      .selectFrom('citizen_otps')
      .selectAll()
      .where('phone', '=', phone)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
  }

  async spendOtps(phone: string, tx: Executor = this.db): Promise<void> {
    await tx
      .updateTable('citizen_otps')
      .set({ is_spent: 1 })
      .where('phone', '=', phone)
      .where('is_spent', '=', 0)
      .execute()
  }

  /**
   * Counts a wrong try; burns the code at `maxAttempts`. Conditional on the count read, so two
   * tries at once cannot both use the same attempt.
   */
  async countWrongTry(
    id: string,
    attempts: number,
    maxAttempts: number,
    tx: Executor = this.db,
  ): Promise<void> {
    await tx
      .updateTable('citizen_otps')
      .set({ attempts: attempts + 1, is_spent: attempts + 1 >= maxAttempts ? 1 : 0 })
      .where('id', '=', id)
      .where('attempts', '=', attempts)
      .execute()
  }

  /** Spends a code once: false when another request spent it first. */
  async spendOtp(id: string, tx: Executor = this.db): Promise<boolean> {
    const r = await tx
      .updateTable('citizen_otps')
      .set({ is_spent: 1 })
      .where('id', '=', id)
      .where('is_spent', '=', 0)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }
}
