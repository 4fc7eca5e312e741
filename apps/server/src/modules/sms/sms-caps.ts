/**
 * Throughput caps of the dispatcher: a token bucket for the bind (parts per second) and a
 * sliding window per number (messages per minute).
 */

/**
 * A token bucket refilled at `rate` per second. The burst is small (1/40 s of tokens, at least
 * one), so no one-second window sees more than 2.5% over the cap.
 */
export class TokenBucket {
  private tokens: number
  private last: number
  private readonly capacity: number

  constructor(
    private readonly rate: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.capacity = Math.max(1, rate / 40)
    this.tokens = this.capacity
    this.last = now()
  }

  /**
   * Waits for `n` tokens and takes them. A request larger than the burst waits for a full bucket
   * and leaves a debt, so long messages count every part over time.
   */
  async take(n = 1): Promise<void> {
    const need = Math.min(n, this.capacity)
    for (;;) {
      const t = this.now()
      this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.rate)
      this.last = t
      if (this.tokens >= need) {
        this.tokens -= n
        return
      }
      await this.sleep(Math.max(1, Math.ceil(((need - this.tokens) / this.rate) * 1000)))
    }
  }
}

/** At most `limit` sends per number in any `windowMs`. */
export class PerNumberCap {
  private readonly sent = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Takes a slot for `recipient` at `now`: 0 when taken, else how long until one frees up. */
  take(recipient: string, now: number): number {
    const times = (this.sent.get(recipient) ?? []).filter((t) => t > now - this.windowMs)
    if (times.length >= this.limit) {
      this.sent.set(recipient, times)
      return times[0]! + this.windowMs - now
    }
    times.push(now)
    this.sent.set(recipient, times)
    if (this.sent.size > 10_000) this.prune(now)
    return 0
  }

  private prune(now: number): void {
    for (const [k, times] of this.sent) if (times.every((t) => t <= now - this.windowMs)) this.sent.delete(k)
  }
}
