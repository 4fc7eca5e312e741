/** What the queue needs of an HTMLAudioElement (a fake one in tests). */
export interface AudioLike {
  src: string
  play(): Promise<void>
  addEventListener(type: 'ended' | 'error', listener: () => void): void
}

/** Timers (called as plain functions: a browser's setTimeout must not be called as a method of another object). */
export interface Timers {
  set: (run: () => void, ms: number) => unknown
  clear: (timer: unknown) => void
}

/** Calls waiting to be spoken beyond this are dropped, oldest first (a display muted for an hour must not read out the hour). */
export const maxPendingCalls = 5
/** A segment that neither ends nor fails within this is skipped. */
export const segmentTimeoutMs = 8_000

/**
 * Speaks queue calls from audio segments through ONE audio element: each call's segments play in
 * order, calls queue up and never overlap. When the browser blocks autoplay the queue waits
 * (`onBlocked(true)`) until `unlock()` is called from a tap.
 */
export class VoiceQueue {
  private calls: string[][] = []
  private isPlaying = false
  private isBlocked = false
  private timer: unknown = null

  constructor(
    private readonly audio: AudioLike,
    private readonly onBlocked: (isBlocked: boolean) => void,
    private readonly schedule: Timers = {
      set: (run, ms) => setTimeout(run, ms),
      clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    },
  ) {
    audio.addEventListener('ended', () => this.advance())
    audio.addEventListener('error', () => this.advance())
  }

  get blocked(): boolean {
    return this.isBlocked
  }

  /** Queues one call's segments (URLs, in the order to be spoken). */
  enqueue(urls: string[]): void {
    if (urls.length === 0) return
    this.calls.push([...urls])
    while (this.calls.length > maxPendingCalls) this.calls.shift()
    this.next()
  }

  /** After a user gesture: play what is waiting, or `primeUrl` (silence) so later calls may play. */
  unlock(primeUrl?: string): void {
    this.isBlocked = false
    this.onBlocked(false)
    if (this.calls.length === 0 && primeUrl && !this.isPlaying) this.calls.push([primeUrl])
    this.next()
  }

  private next(): void {
    if (this.isPlaying || this.isBlocked) return
    const call = this.calls[0]
    const url = call?.shift()
    if (!call || url === undefined) return
    if (call.length === 0) this.calls.shift()
    this.isPlaying = true
    this.audio.src = url
    this.timer = this.schedule.set(() => this.advance(), segmentTimeoutMs)
    this.audio.play().then(
      () => undefined,
      (error: unknown) => {
        if (error instanceof Error && error.name === 'NotAllowedError') {
          this.stopTimer()
          // put the segment back: the call is spoken whole once sound is allowed
          if (call.length === 0 && this.calls[0] !== call) this.calls.unshift(call)
          call.unshift(url)
          this.isPlaying = false
          this.isBlocked = true
          this.onBlocked(true)
        } else this.advance()
      },
    )
  }

  private stopTimer(): void {
    if (this.timer !== null) this.schedule.clear(this.timer)
    this.timer = null
  }

  private advance(): void {
    if (!this.isPlaying) return
    this.stopTimer()
    this.isPlaying = false
    this.next()
  }
}
