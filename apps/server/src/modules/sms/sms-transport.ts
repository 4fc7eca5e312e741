import type { Db, Executor } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import type { SmsTransportSink } from './providers/sms-provider'
import { FAILED_STATS } from './sms-encoding'
import type { SmsRepository } from './sms.repository'
import type { SmsService } from './sms.service'

/** The settled state of a message from its parts' receipts: delivered when every part is. */
export function settleFromParts(
  parts: ReadonlyArray<{ part_count: number; stat: string | null }>,
): { status: 'delivered' | 'failed'; stat: string } | null {
  if (parts.length === 0) return null
  const failed = parts.find((p) => p.stat !== null && FAILED_STATS.has(p.stat))
  if (failed) return { status: 'failed', stat: failed.stat! }
  const expected = parts[0]!.part_count
  if (parts.length >= expected && parts.every((p) => p.stat === 'DELIVRD'))
    return { status: 'delivered', stat: 'DELIVRD' }
  return null
}

/**
 * What providers report back: receipts move sent messages to delivered / failed (a long message
 * is delivered when all its parts are; a receipt that overtakes the record of its submit waits
 * in sms_receipts), and inbound messages (concatenated ones once every part is there) go to
 * `SmsService.receive`.
 */
export class SmsTransport implements SmsTransportSink {
  constructor(
    private readonly db: Db,
    private readonly repo: SmsRepository,
    private readonly service: SmsService,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly providerName: string,
  ) {}

  receipt = async (r: { providerMessageId: string; stat: string; error: string | null }): Promise<void> => {
    const now = this.clock.now().toISOString()
    const found = await this.db.transaction().execute(async (tx) => {
      await this.repo.upsertReceipt(
        {
          provider: this.providerName,
          provider_message_id: r.providerMessageId,
          stat: r.stat,
          error: r.error,
          received_at: now,
        },
        tx,
      )
      const part = await this.repo.findPart(this.providerName, r.providerMessageId, tx)
      if (part) await this.settle(part.message_id, now, tx)
      return Boolean(part)
    })
    // the receipt overtook the record of its submit (still in another transaction): look again shortly
    if (!found) this.recheck(r.providerMessageId, [100, 1000, 5000])
  }

  private recheck(providerMessageId: string, delays: number[]): void {
    const [delay, ...rest] = delays
    if (delay === undefined) return
    const timer = setTimeout(() => {
      void this.db
        .transaction()
        .execute(async (tx) => {
          const part = await this.repo.findPart(this.providerName, providerMessageId, tx)
          if (part) await this.settle(part.message_id, this.clock.now().toISOString(), tx)
          return Boolean(part)
        })
        .then((found) => (found ? undefined : this.recheck(providerMessageId, rest)))
        .catch((err: unknown) => this.log.warn({ err }, 'sms receipt recheck failed'))
    }, delay)
    timer.unref()
  }

  /** After a send is recorded: receipts that came first may already settle the message. */
  async settle(messageId: string, now: string, tx: Executor): Promise<void> {
    // receipts of the parts arrive at once: whoever locks last sees them all
    await this.repo.lockMessage(messageId, tx)
    const outcome = settleFromParts(await this.repo.latestParts(messageId, tx))
    if (!outcome) return
    const changed = await this.repo.settle(
      messageId,
      outcome.status,
      outcome.status === 'failed' ? `receipt ${outcome.stat}` : null,
      now,
      tx,
    )
    if (changed && outcome.status === 'failed')
      this.log.warn({ messageId, stat: outcome.stat }, 'sms not delivered (receipt)')
  }

  /**
   * Settles sent messages whose receipts came while their submit was being recorded (each
   * transaction could not see the other's rows). Run on every dispatcher pass.
   */
  async settleRecent(): Promise<number> {
    const now = this.clock.now()
    const ids = await this.repo.sentWithRecentReceipts(
      new Date(now.getTime() - 10 * 60_000).toISOString(),
      200,
    )
    for (const id of ids) await this.db.transaction().execute((tx) => this.settle(id, now.toISOString(), tx))
    return ids.length
  }

  inbound = async (m: {
    sender: string
    body: string
    concat: { ref: number; total: number; seq: number } | null
  }): Promise<void> => {
    if (!m.concat || m.concat.total <= 1) {
      await this.service.receive({ sender: m.sender, body: m.body, provider: this.providerName })
      return
    }
    const { ref, total, seq } = m.concat
    const now = this.clock.now().toISOString()
    const parts = await this.repo.addInboundPart({
      sender: m.sender,
      ref,
      part_count: total,
      part_no: seq,
      body: m.body,
      received_at: now,
    })
    if (parts.length < total) return
    const body = parts.map((p) => p.body).join('')
    // the parts are taken in the transaction that stores the message: it is kept exactly once
    await this.service.receive(
      { sender: m.sender, body, provider: this.providerName },
      async (tx) => (await this.repo.takeInboundParts(m.sender, ref, total, tx)) === total,
    )
  }
}
