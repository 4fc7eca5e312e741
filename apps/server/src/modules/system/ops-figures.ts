import type { Clock } from '../../platform/clock'
import type { BackupService } from '../backup/backup.service'
import type { CalendarService } from '../calendar/calendar.service'
import type { OpsMetricsRepository } from './ops-metrics.repository'

/** The operational figures behind /metrics, in one object, so a scrape reads the database once. */
export interface OpsFigures {
  waiting: Array<{ category: string; n: number; oldestWaitSeconds: number }>
  smsQueued: number
  smsOldestQueuedSeconds: number
  jobsOverdue: number
  jobLagSeconds: number
  /** null: never sealed / never backed up */
  sinceSealSeconds: number | null
  sinceBackupSeconds: number | null
  backupFailedAfterGood: boolean
  lights: { what: 'cases' | 'intakes' | 'tasks'; red: number; yellow: number }[]
}

/** A job is overdue once it has waited this long past its time (a busy runner catches up within it). */
const OVERDUE_MS = 60_000

const age = (now: Date, at: string | null) =>
  at === null ? 0 : Math.max(0, Math.round((now.getTime() - new Date(at).getTime()) / 1000))

/**
 * Computes the figures at most once per `ttlMs` (a few seconds): scrapes from several Prometheus
 * servers, or a dashboard refreshing, cost one set of indexed queries. Concurrent callers share
 * the pending computation.
 */
export class OpsFiguresSource {
  private cached: { at: number; value: Promise<OpsFigures> } | null = null

  constructor(
    private readonly repo: OpsMetricsRepository,
    private readonly backups: BackupService,
    private readonly calendar: CalendarService,
    private readonly lights: () => Promise<OpsFigures['lights']>,
    private readonly clock: Clock,
    private readonly ttlMs = 5000,
  ) {}

  /** (the TTL runs on the injected clock: a test that moves its clock sees fresh figures) */
  get(): Promise<OpsFigures> {
    const t = this.clock.now().getTime()
    if (this.cached && t - this.cached.at < this.ttlMs) return this.cached.value
    const value = this.compute()
    this.cached = { at: t, value }
    value.catch(() => (this.cached = null))
    return value
  }

  private async compute(): Promise<OpsFigures> {
    const now = this.clock.now()
    const [waiting, sms, jobs, sealAt, backup, lights] = await Promise.all([
      this.repo.waitingTickets(this.calendar.today()),
      this.repo.smsOutbox(),
      this.repo.dueJobs(now.toISOString(), new Date(now.getTime() - OVERDUE_MS).toISOString()),
      this.repo.lastSealAt(),
      this.backups.lastStatus(),
      this.lights(),
    ])
    return {
      waiting: waiting.map((w) => ({ category: w.category, n: w.n, oldestWaitSeconds: age(now, w.oldest) })),
      smsQueued: sms.queued,
      smsOldestQueuedSeconds: age(now, sms.oldestQueued),
      jobsOverdue: jobs.overdue,
      jobLagSeconds: age(now, jobs.oldestDue),
      sinceSealSeconds: sealAt === null ? null : age(now, sealAt),
      sinceBackupSeconds: backup.lastGoodAt === null ? null : age(now, backup.lastGoodAt),
      backupFailedAfterGood:
        backup.lastFailedAt !== null &&
        (backup.lastGoodAt === null || backup.lastFailedAt > backup.lastGoodAt),
      lights,
    }
  }
}
