import type { Clock } from '../../platform/clock'
import { localDate } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import { defaultBackoffMs, type JobRegistry, type ScheduleSpec } from './job-registry'
import type { JobQueue } from './job-queue'
import type { JobsRepository } from './jobs.repository'

export interface JobRunnerOptions {
  workerId: string
  timeZone: string
  pollMs?: number
  leaseMs?: number
  batchSize?: number
}

/**
 * Runs due jobs and fires schedules. Safe with several instances on one PostgreSQL: claims
 * skip rows another instance holds, a schedule slot is a job key (so it runs once), and a job
 * whose worker died is taken again when its lease runs out.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private again = false
  private stopped = true
  private readonly lastSlot = new Map<string, string>()
  readonly stats = { succeeded: 0, failed: 0, retried: 0 }

  constructor(
    private readonly registry: JobRegistry,
    private readonly queue: JobQueue,
    private readonly repo: JobsRepository,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly options: JobRunnerOptions,
  ) {}

  async start(): Promise<void> {
    this.registry.assertComplete()
    const unknown = (await this.repo.queuedTypes()).filter((t) => !this.registry.get(t))
    if (unknown.length > 0)
      this.log.error({ types: unknown }, 'queued jobs have no handler; they wait until one is deployed')
    this.stopped = false
    this.queue.onEnqueue(() => this.wake())
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 1000)
    this.timer.unref()
    this.wake()
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    while (this.running) await this.running
  }

  /** Runs one pass now: schedules, then every due job (tests call this with a manual clock). */
  async runOnce(): Promise<number> {
    await this.fireSchedules()
    let total = 0
    for (;;) {
      const n = await this.runBatch()
      total += n
      if (n === 0) return total
    }
  }

  /** Runs every due job without firing schedules (the demo history runs its sweeps itself). */
  async runDue(): Promise<number> {
    let total = 0
    for (;;) {
      const n = await this.runBatch()
      total += n
      if (n === 0) return total
    }
  }

  wake(): void {
    if (this.stopped) return
    if (this.running) {
      this.again = true
      return
    }
    this.running = this.runOnce()
      .then(() => undefined)
      .catch((err: unknown) => this.log.error({ err }, 'job runner pass failed'))
      .finally(() => {
        this.running = null
        if (this.again) {
          this.again = false
          this.wake()
        }
      })
  }

  private async fireSchedules(): Promise<void> {
    const now = this.clock.now()
    for (const s of this.registry.schedules) {
      const slot = slotOf(s, now, this.options.timeZone)
      if (slot === null || this.lastSlot.get(s.name) === slot) continue
      await this.queue.enqueue(s.type, s.payload, { key: `schedule:${s.name}:${slot}` })
      this.lastSlot.set(s.name, slot)
    }
  }

  private async runBatch(): Promise<number> {
    const now = this.clock.now()
    const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 300_000)).toISOString()
    const jobs = await this.repo.claim(
      this.options.workerId,
      now.toISOString(),
      leaseUntil,
      this.options.batchSize ?? 10,
    )
    for (const job of jobs) {
      const def = this.registry.get(job.type)
      const log = this.log.child({ jobId: job.id, jobType: job.type, attempt: job.attempts })
      try {
        if (!def) throw new Error(`no handler for job type ${job.type}`)
        const payload = def.payload.parse(JSON.parse(job.payload))
        await def.handle(payload, { jobId: job.id, attempt: job.attempts, log })
        await this.repo.complete(job.id, this.options.workerId, this.clock.now().toISOString())
        this.stats.succeeded++
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err)
        const finished = this.clock.now()
        const retry = job.attempts < job.max_attempts
        const retryAt = retry
          ? new Date(finished.getTime() + (def?.backoffMs ?? defaultBackoffMs)(job.attempts)).toISOString()
          : null
        await this.repo.fail(job.id, this.options.workerId, message, finished.toISOString(), retryAt)
        if (retry) this.stats.retried++
        else this.stats.failed++
        log.warn({ err, willRetry: retry }, 'job failed')
      }
    }
    return jobs.length
  }
}

/** The current slot of a schedule, or null when a daily schedule's time has not come today. */
export function slotOf(s: ScheduleSpec, now: Date, timeZone: string): string | null {
  if ('everyMs' in s) return String(Math.floor(now.getTime() / s.everyMs) * s.everyMs)
  const today = localDate(now, timeZone)
  const hhmm = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now)
  return hhmm >= s.dailyAt ? today : null
}
