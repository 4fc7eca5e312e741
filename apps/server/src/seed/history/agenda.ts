/** What the history does later (a case's next step, a reply to an SMS): in time order, then in order given. */
export class Agenda {
  private items: Array<{ at: number; seq: number; run: () => Promise<void> }> = []
  private seq = 0

  add(at: Date, run: () => Promise<void>): void {
    const item = { at: at.getTime(), seq: this.seq++, run }
    // sorted insertion from the end (most items are added in time order)
    let i = this.items.length
    while (i > 0 && this.items[i - 1]!.at > item.at) i--
    this.items.splice(i, 0, item)
  }

  /** Runs everything due up to `now`, including what those add for now or earlier. */
  async runUntil(now: Date, onError: (err: unknown) => void): Promise<number> {
    let n = 0
    while (this.items.length > 0 && this.items[0]!.at <= now.getTime()) {
      const item = this.items.shift()!
      try {
        await item.run()
      } catch (err) {
        onError(err)
      }
      n++
    }
    return n
  }

  get size(): number {
    return this.items.length
  }
}
