import { channels } from '@yimin/shared'
import type { Db } from '../../db/database'
import type { SmsMessagesTable } from './sms.tables'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import type { EventBus } from '../realtime/event-bus'
import { SmsSendError, type SmsProvider } from './providers/sms-provider'
import { PerNumberCap, TokenBucket } from './sms-caps'
import type { SmsRepository } from './sms.repository'
import type { SmsTransport } from './sms-transport'

export interface DispatcherOptions {
  /** the throughput cap (parts per second) of this instance's bind */
  maxPerSecond: number
  maxAttempts: number
  /** messages to one number per minute, at most (later ones wait, they are not dropped); 0 = no cap */
  maxPerNumberPerMinute?: number
  pollMs?: number
  leaseMs?: number
  batchSize?: number
}

export const smsBackoffMs = (attempt: number) => Math.min(30 * 60_000, 2000 * 2 ** Math.max(0, attempt - 1))

/**
 * Sends queued messages through the configured provider: claims due rows (several instances
 * share the work), keeps up to the provider's window of sends in flight, holds the throughput
 * cap and the per-number cap, retries with backoff, and never drops a message: a message leaves
 * the queue only as sent/delivered, or failed after its last attempt.
 */
export class SmsDispatcher {
  private timer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private again = false
  private stopped = true
  /** stop() was called: passes in progress end after their current sends */
  private stopping = false
  private readonly bucket: TokenBucket
  private readonly perNumber: PerNumberCap | null
  private transport: SmsTransport | null = null
  private readonly toRecord: Array<{
    message: SmsMessagesTable
    result: { providerMessageId: string; partIds?: string[] | undefined }
    resolve: () => void
    reject: (err: unknown) => void
  }> = []
  private flushing = false
  readonly stats = { sent: 0, retried: 0, failed: 0, resentUncertain: 0, heldPerNumber: 0 }

  constructor(
    private readonly db: Db,
    private readonly repo: SmsRepository,
    private readonly provider: SmsProvider,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly options: DispatcherOptions,
  ) {
    this.bucket = new TokenBucket(options.maxPerSecond)
    const perMinute = options.maxPerNumberPerMinute ?? 0
    this.perNumber = perMinute > 0 ? new PerNumberCap(perMinute, 60_000) : null
    provider.onReady?.(() => this.wake())
  }

  /** Receipts that overtook their submit are applied when the send is recorded. */
  useTransport(transport: SmsTransport): void {
    this.transport = transport
  }

  async start(): Promise<void> {
    await this.provider.start?.()
    this.stopped = false
    this.stopping = false
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 1000)
    this.timer.unref()
    this.wake()
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.stopping = true
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    while (this.running) await this.running
    await this.provider.stop?.()
  }

  wake(): void {
    if (this.stopped) return
    if (this.running) {
      this.again = true
      return
    }
    this.running = this.drain()
      .then(() => this.transport?.settleRecent())
      .then(() => undefined)
      .catch((err: unknown) => this.log.error({ err }, 'sms dispatch pass failed'))
      .finally(() => {
        this.running = null
        if (this.again) {
          this.again = false
          this.wake()
        }
      })
  }

  /**
   * Sends everything due now, up to the provider's window at once; returns how many were
   * attempted. Claimed messages not sent (stopped, or the provider went down) go back unused.
   */
  async drain(): Promise<number> {
    const local: SmsMessagesTable[] = []
    let total = 0
    let exhausted = false
    const state: { claiming: Promise<void> | null } = { claiming: null }
    const canSend = () => !this.stopping && (this.provider.isReady?.() ?? true)
    const refill = (): Promise<void> =>
      (state.claiming ??= this.claimBatch()
        .then((batch) => {
          if (batch.length === 0) exhausted = true
          local.push(...batch)
        })
        .finally(() => {
          state.claiming = null
        }))
    const worker = async () => {
      while (canSend()) {
        const message = local.shift()
        if (!message) {
          if (exhausted) return
          await refill()
          continue
        }
        total++
        await this.sendOne(message)
      }
    }
    try {
      // twice the window: while some sends are being recorded, others fill the provider's window
      await Promise.all(Array.from({ length: 2 * Math.max(1, this.provider.concurrency ?? 1) }, worker))
    } finally {
      if (state.claiming) await state.claiming
      if (local.length > 0) {
        const now = this.clock.now().toISOString()
        await this.repo.release(
          local.splice(0).map((m) => m.id),
          now,
          now,
        )
      }
    }
    return total
  }

  /**
   * Records a send. Sends finishing together are written in one transaction (group commit): the
   * window keeps several sends in flight, and one commit per message would be the bottleneck.
   */
  private record(
    message: SmsMessagesTable,
    result: { providerMessageId: string; partIds?: string[] | undefined },
  ): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.toRecord.push({ message, result, resolve, reject })
      this.scheduleFlush()
    })
  }

  private scheduleFlush(): void {
    if (this.flushing) return
    this.flushing = true
    setImmediate(() => {
      void this.flush().finally(() => {
        this.flushing = false
        if (this.toRecord.length > 0) this.scheduleFlush()
      })
    })
  }

  private async flush(): Promise<void> {
    const batch = this.toRecord.splice(0)
    try {
      const at = this.clock.now().toISOString()
      await this.db.transaction().execute(async (tx) => {
        for (const { message, result } of batch) {
          const { providerMessageId, partIds } = result
          await this.repo.markSent(
            message.id,
            {
              status: this.provider.isFinalOnSend ? 'delivered' : 'sent',
              provider: this.provider.name,
              providerMessageId,
              now: at,
            },
            tx,
          )
          if (!this.provider.isFinalOnSend) {
            const ids = partIds ?? [providerMessageId]
            await this.repo.insertParts(
              ids.map((id, i) => ({
                provider: this.provider.name,
                provider_message_id: id,
                message_id: message.id,
                attempt: message.attempts,
                part_no: i + 1,
                part_count: ids.length,
                submitted_at: at,
              })),
              tx,
            )
            await this.transport?.settle(message.id, at, tx)
          }
          await this.bus.publish(tx, channels.virtualPhone(), 'sms.message', {
            phone: message.recipient,
            messageId: message.id,
            direction: 'out',
          })
        }
      })
      for (const r of batch) r.resolve()
    } catch (err) {
      for (const r of batch) r.reject(err)
    }
  }

  private async claimBatch(): Promise<SmsMessagesTable[]> {
    const now = this.clock.now()
    const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 60_000)).toISOString()
    const limit = Math.max(1, Math.min(this.options.batchSize ?? 50, Math.ceil(this.options.maxPerSecond)))
    return this.repo.claim(now.toISOString(), leaseUntil, limit, !this.provider.isIdempotent)
  }

  private async sendOne(message: SmsMessagesTable): Promise<void> {
    if (this.perNumber) {
      const waitMs = this.perNumber.take(message.recipient, this.clock.now().getTime())
      if (waitMs > 0) {
        const now = this.clock.now()
        await this.repo.release(
          [message.id],
          new Date(now.getTime() + waitMs).toISOString(),
          now.toISOString(),
        )
        this.stats.heldPerNumber++
        return
      }
    }
    await this.bucket.take(this.provider.partsOf?.(message.body) ?? 1)
    if (message.is_uncertain === 1) this.stats.resentUncertain++
    try {
      const result = await this.provider.send({
        id: message.id,
        recipient: message.recipient,
        body: message.body,
      })
      await this.record(message, result)
      this.stats.sent++
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err)
      const at = this.clock.now()
      const isRetryable = !(err instanceof SmsSendError) || err.isRetryable
      const isUncertain = err instanceof SmsSendError && err.isUncertain && !this.provider.isIdempotent
      if (isRetryable && message.attempts < this.options.maxAttempts) {
        await this.repo.markRetry(
          message.id,
          reason,
          new Date(at.getTime() + smsBackoffMs(message.attempts)).toISOString(),
          at.toISOString(),
          isUncertain,
        )
        this.stats.retried++
      } else {
        await this.repo.markFailed(message.id, reason, at.toISOString())
        this.stats.failed++
        this.log.warn({ messageId: message.id, reason }, 'sms failed for good')
      }
    }
  }
}
