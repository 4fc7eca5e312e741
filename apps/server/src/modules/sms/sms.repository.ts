import { sql } from 'kysely'
import type { DialectName, Executor } from '../../db/database'
import { lockRow, skipLocked } from '../../db/dialect'
import type { SmsInboundTable, SmsMessagesTable } from './sms.tables'
import type { SmsInboundPartsTable, SmsPartsTable, SmsReceiptsTable } from './sms.tables'

export interface SmsLogFilter {
  status?: SmsMessagesTable['status'] | undefined
  isUncertain?: boolean | undefined
  from?: string | undefined
  to?: string | undefined
  before?: { createdAt: string; id: string } | undefined
  limit: number
}

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
  async claim(
    now: string,
    leaseUntil: string,
    limit: number,
    markInFlightUncertain: boolean,
  ): Promise<SmsMessagesTable[]> {
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

  /** Back to the queue for a later attempt; `isUncertain` when the provider may have taken it already. */
  async markRetry(
    id: string,
    error: string,
    nextAttemptAt: string,
    now: string,
    isUncertain = false,
  ): Promise<void> {
    await this.db
      .updateTable('sms_messages')
      .set({
        status: 'queued',
        next_attempt_at: nextAttemptAt,
        lease_until: null,
        last_error: error.slice(0, 1000),
        updated_at: now,
        ...(isUncertain ? { is_uncertain: 1 } : {}),
      })
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .execute()
  }

  /** Gives claimed messages back unsent (a cap held them, or the dispatcher stopped): no attempt used. */
  async release(ids: string[], nextAttemptAt: string, now: string): Promise<void> {
    if (ids.length === 0) return
    await this.db
      .updateTable('sms_messages')
      .set((eb) => ({
        status: 'queued',
        next_attempt_at: nextAttemptAt,
        lease_until: null,
        updated_at: now,
        attempts: eb('attempts', '-', 1),
      }))
      .where('id', 'in', ids)
      .where('status', '=', 'sending')
      .execute()
  }

  /** Records the parts a message was submitted as (for matching receipts). */
  async insertParts(rows: SmsPartsTable[], tx: Executor = this.db): Promise<void> {
    if (rows.length === 0) return
    await tx
      .insertInto('sms_parts')
      .values(rows)
      .onConflict((oc) => oc.columns(['provider', 'provider_message_id']).doNothing())
      .execute()
  }

  /** Keeps a receipt (a later receipt for the same part replaces an earlier one). */
  async upsertReceipt(row: SmsReceiptsTable, tx: Executor = this.db): Promise<void> {
    await tx
      .insertInto('sms_receipts')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['provider', 'provider_message_id'])
          .doUpdateSet({ stat: row.stat, error: row.error, received_at: row.received_at }),
      )
      .execute()
  }

  async findPart(
    provider: string,
    providerMessageId: string,
    tx: Executor = this.db,
  ): Promise<SmsPartsTable | undefined> {
    return tx
      .selectFrom('sms_parts')
      .selectAll()
      .where('provider', '=', provider)
      .where('provider_message_id', '=', providerMessageId)
      .executeTakeFirst()
  }

  /** The parts of a message's latest attempt, each with its receipt state (null before one came). */
  async latestParts(
    messageId: string,
    tx: Executor = this.db,
  ): Promise<Array<{ part_no: number; part_count: number; stat: string | null }>> {
    const latest = await tx
      .selectFrom('sms_parts')
      .select((eb) => eb.fn.max('attempt').as('attempt'))
      .where('message_id', '=', messageId)
      .executeTakeFirst()
    if (latest?.attempt === null || latest?.attempt === undefined) return []
    return tx
      .selectFrom('sms_parts as p')
      .leftJoin('sms_receipts as r', (join) =>
        join
          .onRef('r.provider', '=', 'p.provider')
          .onRef('r.provider_message_id', '=', 'p.provider_message_id'),
      )
      .select(['p.part_no', 'p.part_count', 'r.stat'])
      .where('p.message_id', '=', messageId)
      .where('p.attempt', '=', Number(latest.attempt))
      .execute()
  }

  /** Locks a message's row until the transaction ends (PostgreSQL; SQLite has one writer anyway). */
  async lockMessage(id: string, tx: Executor): Promise<void> {
    await lockRow(tx, 'sms_messages', id)
  }

  /** Sent messages with receipts in the last minutes: the backstop for receipts that raced their submit's record. */
  async sentWithRecentReceipts(since: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('sms_receipts as r')
      .innerJoin('sms_parts as p', (join) =>
        join
          .onRef('p.provider', '=', 'r.provider')
          .onRef('p.provider_message_id', '=', 'r.provider_message_id'),
      )
      .innerJoin('sms_messages as m', 'm.id', 'p.message_id')
      .select('m.id')
      .distinct()
      .where('m.status', '=', 'sent')
      .where('r.received_at', '>=', since)
      .limit(limit)
      .execute()
    return rows.map((r) => r.id)
  }

  /** Moves a sent message to delivered or failed (only from `sent`: never backwards). */
  async settle(
    id: string,
    status: 'delivered' | 'failed',
    error: string | null,
    now: string,
    tx: Executor = this.db,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('sms_messages')
      .set({ status, updated_at: now, ...(error ? { last_error: error } : {}) })
      .where('id', '=', id)
      .where('status', '=', 'sent')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) > 0
  }

  /** Stores one part of a concatenated inbound message; returns the parts there so far. */
  async addInboundPart(row: SmsInboundPartsTable, tx: Executor = this.db): Promise<SmsInboundPartsTable[]> {
    await tx
      .insertInto('sms_inbound_parts')
      .values(row)
      .onConflict((oc) => oc.columns(['sender', 'ref', 'part_count', 'part_no']).doNothing())
      .execute()
    return tx
      .selectFrom('sms_inbound_parts')
      .selectAll()
      .where('sender', '=', row.sender)
      .where('ref', '=', row.ref)
      .where('part_count', '=', row.part_count)
      .orderBy('part_no')
      .execute()
  }

  /** Takes (deletes and returns) the parts of a concatenated inbound message: only one taker gets them. */
  async takeInboundParts(
    sender: string,
    ref: number,
    partCount: number,
    tx: Executor = this.db,
  ): Promise<number> {
    const rows = await tx
      .deleteFrom('sms_inbound_parts')
      .where('sender', '=', sender)
      .where('ref', '=', ref)
      .where('part_count', '=', partCount)
      .returning('part_no')
      .execute()
    return rows.length
  }

  /** The message log: newest first, filtered by status, uncertainty and creation time. */
  async log(filter: SmsLogFilter): Promise<SmsMessagesTable[]> {
    let q = this.db.selectFrom('sms_messages').selectAll()
    if (filter.status) q = q.where('status', '=', filter.status)
    if (filter.isUncertain) q = q.where('is_uncertain', '=', 1)
    if (filter.from) q = q.where('created_at', '>=', filter.from)
    if (filter.to) q = q.where('created_at', '<', filter.to)
    if (filter.before)
      q = q.where((eb) =>
        eb.or([
          eb('created_at', '<', filter.before!.createdAt),
          eb.and([eb('created_at', '=', filter.before!.createdAt), eb('id', '<', filter.before!.id)]),
        ]),
      )
    return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute()
  }

  /** Counts per status (and uncertain) over the same time range as the log. */
  async logCounts(
    filter: Pick<SmsLogFilter, 'from' | 'to'>,
  ): Promise<{ byStatus: Record<string, number>; uncertain: number }> {
    let q = this.db
      .selectFrom('sms_messages')
      .select([
        'status',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.sum<number>('is_uncertain').as('u'),
      ])
      .groupBy('status')
    if (filter.from) q = q.where('created_at', '>=', filter.from)
    if (filter.to) q = q.where('created_at', '<', filter.to)
    const rows = await q.execute()
    return {
      byStatus: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])),
      uncertain: rows.reduce((sum, r) => sum + Number(r.u ?? 0), 0),
    }
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
    return this.db
      .selectFrom('sms_inbound')
      .selectAll()
      .where('sender', '=', sender)
      .orderBy('received_at', 'desc')
      .limit(limit)
      .execute()
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
