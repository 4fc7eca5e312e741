import { sql } from 'kysely'
import type { DialectName, Executor } from '../../db/database'
import { skipLocked } from '../../db/dialect'
import type { SmsInboundTable, SmsMessagesTable } from '../../db/tables'

export class SmsRepository {
  constructor(
    private readonly db: Executor,
    private readonly dialect: DialectName,
  ) {}

  /** Queues a message; the same cause and recipient are queued once. */
  async insert(row: SmsMessagesTable, tx: Executor = this.db): Promise<boolean> {
    const r = await tx
      .insertInto('sms_messages')
      .values(row)
      .onConflict((oc) => oc.columns(['cause_key', 'recipient']).doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
  }

  /**
   * Claims due messages for sending: queued ones whose time has come, and `sending` ones whose
   * lease ran out (the process died mid-submit; the dispatcher decides how to resend them).
   */
  async claim(now: string, leaseUntil: string, limit: number, markInFlightUncertain: boolean): Promise<SmsMessagesTable[]> {
    const uncertain = markInFlightUncertain ? 1 : 0
    const result = await sql<SmsMessagesTable>`
      update sms_messages set status = 'sending', lease_until = ${leaseUntil}, attempts = attempts + 1,
        updated_at = ${now},
        is_uncertain = case when status = 'sending' then ${uncertain} else is_uncertain end
      where id in (
        select id from sms_messages
        where (status = 'queued' and next_attempt_at <= ${now}) or (status = 'sending' and lease_until < ${now})
        order by next_attempt_at
        limit ${limit}
        ${skipLocked(this.dialect)}
      )
      returning *`.execute(this.db)
    return result.rows
  }

  async markSent(
    id: string,
    patch: { status: 'sent' | 'delivered'; provider: string; providerMessageId: string; now: string },
    tx: Executor = this.db,
  ): Promise<void> {
    await tx
      .updateTable('sms_messages')
      .set({
        status: patch.status,
        provider: patch.provider,
        provider_message_id: patch.providerMessageId,
        sent_at: patch.now,
        updated_at: patch.now,
        lease_until: null,
        last_error: null,
      })
      .where('id', '=', id)
      .execute()
  }

  async markRetry(id: string, error: string, nextAttemptAt: string, now: string): Promise<void> {
    await this.db
      .updateTable('sms_messages')
      .set({ status: 'queued', next_attempt_at: nextAttemptAt, lease_until: null, last_error: error.slice(0, 1000), updated_at: now })
      .where('id', '=', id)
      .execute()
  }

  async markFailed(id: string, error: string, now: string): Promise<void> {
    await this.db
      .updateTable('sms_messages')
      .set({ status: 'failed', lease_until: null, last_error: error.slice(0, 1000), updated_at: now })
      .where('id', '=', id)
      .execute()
  }

  async find(id: string): Promise<SmsMessagesTable | undefined> {
    return this.db.selectFrom('sms_messages').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async listByRecipient(recipient: string, limit: number): Promise<SmsMessagesTable[]> {
    return this.db
      .selectFrom('sms_messages')
      .selectAll()
      .where('recipient', '=', recipient)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute()
  }

  async insertInbound(row: SmsInboundTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('sms_inbound').values(row).execute()
  }

  async setInboundOutcome(id: string, outcome: string): Promise<void> {
    await this.db.updateTable('sms_inbound').set({ outcome }).where('id', '=', id).execute()
  }

  async listInbound(sender: string, limit: number): Promise<SmsInboundTable[]> {
    return this.db.selectFrom('sms_inbound').selectAll().where('sender', '=', sender).orderBy('received_at', 'desc').limit(limit).execute()
  }

  /** Numbers that have a conversation, most recent first. */
  async conversations(limit: number): Promise<Array<{ phone: string; lastAt: string }>> {
    const result = await sql<{ phone: string; last_at: string }>`
      select phone, max(at) as last_at from (
        select recipient as phone, created_at as at from sms_messages
        union all
        select sender as phone, received_at as at from sms_inbound
      ) t group by phone order by last_at desc limit ${limit}`.execute(this.db)
    return result.rows.map((r) => ({ phone: r.phone, lastAt: r.last_at }))
  }

  async countByStatus(): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('sms_messages')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute()
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]))
  }

  async countUncertain(): Promise<number> {
    const r = await this.db
      .selectFrom('sms_messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('is_uncertain', '=', 1)
      .executeTakeFirstOrThrow()
    return Number(r.n)
  }
}
