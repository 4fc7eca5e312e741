/**
 * Throughput caps of the dispatcher: a token bucket for the bind (parts per second) and a
 * sliding window per number (messages per minute).
 */

/** A token bucket refilled at `rate` per second with a burst of one second. */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly rate: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.tokens = Math.max(1, rate)
    this.last = now()
  }

  /** Waits until `n` tokens are there and takes them (a request larger than the burst takes it all). */
  async take(n = 1): Promise<void> {
    const need = Math.min(n, Math.max(1, this.rate))
    for (;;) {
      const t = this.now()
      this.tokens = Math.min(this.rate, this.tokens + ((t - this.last) / 1000) * this.rate)
      this.last = t
      if (this.tokens >= need) {
        this.tokens -= need
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
