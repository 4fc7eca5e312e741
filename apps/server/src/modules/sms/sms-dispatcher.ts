import { channels } from '@yimin/shared'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import type { EventBus } from '../realtime/event-bus'
import { SmsSendError, type SmsProvider } from './providers/sms-provider'
import type { SmsRepository } from './sms.repository'

export interface DispatcherOptions {
  maxPerSecond: number
  maxAttempts: number
  pollMs?: number
  leaseMs?: number
  batchSize?: number
}

export const smsBackoffMs = (attempt: number) => Math.min(30 * 60_000, 2000 * 2 ** Math.max(0, attempt - 1))

/**
 * Sends queued messages through the configured provider: claims due rows (several instances
 * share the work), holds the throughput cap, retries with backoff, and never drops a message:
 * a message leaves the queue only as sent/delivered, or failed after its last attempt.
 */
export class SmsDispatcher {
  private timer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private again = false
  private stopped = true
  /** token bucket for the throughput cap */
  private tokens: number
  private lastRefill = Date.now()
  readonly stats = { sent: 0, retried: 0, failed: 0, resentUncertain: 0 }

  constructor(
    private readonly db: Db,
    private readonly repo: SmsRepository,
    private readonly provider: SmsProvider,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly options: DispatcherOptions,
  ) {
    this.tokens = Math.max(1, options.maxPerSecond)
  }

  async start(): Promise<void> {
    await this.provider.start?.()
    this.stopped = false
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 1000)
    this.timer.unref()
    this.wake()
  }

  async stop(): Promise<void> {
    this.stopped = true
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

  /** Sends everything due now; returns how many were attempted. */
  async drain(): Promise<number> {
    let total = 0
    for (;;) {
      if (this.stopped && total > 0) return total
      const n = await this.sendBatch()
      total += n
      if (n === 0) return total
    }
  }

  private async sendBatch(): Promise<number> {
    const now = this.clock.now()
    const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 60_000)).toISOString()
    const limit = Math.max(1, Math.min(this.options.batchSize ?? 50, Math.ceil(this.options.maxPerSecond)))
    const batch = await this.repo.claim(now.toISOString(), leaseUntil, limit, !this.provider.isIdempotent)
    for (const message of batch) {
      await this.takeToken()
      if (message.is_uncertain === 1) this.stats.resentUncertain++
      try {
        const { providerMessageId } = await this.provider.send({ id: message.id, recipient: message.recipient, body: message.body })
        const at = this.clock.now().toISOString()
        await this.db.transaction().execute(async (tx) => {
          await this.repo.markSent(message.id, {
            status: this.provider.isFinalOnSend ? 'delivered' : 'sent',
            provider: this.provider.name,
            providerMessageId,
            now: at,
          }, tx)
          await this.bus.publish(tx, channels.virtualPhone(), 'sms.message', { phone: message.recipient, messageId: message.id, direction: 'out' })
        })
        this.stats.sent++
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err)
        const at = this.clock.now()
        const isRetryable = !(err instanceof SmsSendError) || err.isRetryable
        if (isRetryable && message.attempts < this.options.maxAttempts) {
          await this.repo.markRetry(message.id, reason, new Date(at.getTime() + smsBackoffMs(message.attempts)).toISOString(), at.toISOString())
          this.stats.retried++
        } else {
          await this.repo.markFailed(message.id, reason, at.toISOString())
          this.stats.failed++
          this.log.warn({ messageId: message.id, reason }, 'sms failed for good')
        }
      }
    }
    return batch.length
  }

  /** Throughput cap: a token bucket refilled at maxPerSecond, burst of one second. */
  private async takeToken(): Promise<void> {
    const rate = this.options.maxPerSecond
    for (;;) {
      const t = Date.now()
      this.tokens = Math.min(rate, this.tokens + ((t - this.lastRefill) / 1000) * rate)
      this.lastRefill = t
      if (this.tokens >= 1) {
        this.tokens -= 1
        return
      }
      await new Promise((r) => setTimeout(r, Math.ceil(((1 - this.tokens) / rate) * 1000)))
    }
  }
}
