import { Gauge, type Registry } from 'prom-client'
import type { Container } from '../../container'
import { lightSummary } from '../supervision/light-board'
import { OpsFiguresSource, type OpsFigures } from './ops-figures'
import { OpsMetricsRepository } from './ops-metrics.repository'

/**
 * The figures that say when to worry (deploy/prometheus/yimin-alerts.yml alerts on them): queues
 * waiting, the SMS outbox, overdue jobs, the history seal and the last good backup, red and
 * yellow lights. One cached computation feeds every gauge (ops-figures.ts).
 */
export function registerOpsMetrics(registry: Registry, c: Container): OpsFiguresSource {
  const source = new OpsFiguresSource(
    new OpsMetricsRepository(c.database.db),
    c.backups,
    c.calendar,
    async () => {
      const k = (await lightSummary(await c.supervision.dashboard.boardInput('all'))).counts
      return (['cases', 'intakes', 'tasks'] as const).map((what) => ({
        what,
        red: k[what].red + k[what].pausedRed,
        yellow: k[what].yellow + k[what].pausedYellow,
      }))
    },
    c.clock,
  )
  const gauge = (
    name: string,
    help: string,
    set: (g: Gauge<string>, f: OpsFigures) => void,
    labelNames: string[] = [],
  ) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        const f = await source.get()
        if (labelNames.length > 0) this.reset()
        set(this, f)
      },
    })
  gauge(
    'yimin_queue_waiting_tickets',
    "Today's tickets waiting to be called, per queue category",
    (g, f) => f.waiting.forEach((w) => g.set({ category: w.category }, w.n)),
    ['category'],
  )
  gauge(
    'yimin_queue_oldest_wait_seconds',
    'How long the longest-waiting ticket of each category has waited',
    (g, f) => f.waiting.forEach((w) => g.set({ category: w.category }, w.oldestWaitSeconds)),
    ['category'],
  )
  gauge('yimin_sms_queued', 'SMS messages waiting in the outbox', (g, f) => g.set(f.smsQueued))
  gauge('yimin_sms_oldest_queued_seconds', 'Age of the oldest queued SMS message (0: none queued)', (g, f) =>
    g.set(f.smsOldestQueuedSeconds),
  )
  gauge('yimin_jobs_overdue', 'Queued jobs more than a minute past their time', (g, f) =>
    g.set(f.jobsOverdue),
  )
  gauge('yimin_job_lag_seconds', 'How far past its time the most overdue queued job is (0: none)', (g, f) =>
    g.set(f.jobLagSeconds),
  )
  gauge(
    'yimin_history_seal_age_seconds',
    'Seconds since the case history was last sealed (0: never sealed yet)',
    (g, f) => g.set(f.sinceSealSeconds ?? 0),
  )
  gauge(
    'yimin_backup_age_seconds',
    'Seconds since the last good (verified) backup was taken (+Inf: none yet)',
    (g, f) => g.set(f.sinceBackupSeconds ?? Infinity),
  )
  gauge(
    'yimin_backup_last_failed',
    '1 when the latest backup attempt failed after the last good one',
    (g, f) => g.set(f.backupFailedAfterGood ? 1 : 0),
  )
  new Gauge({
    name: 'yimin_backup_scheduled',
    help: '1 when this center takes daily backups (BACKUP_AT is set)',
    registers: [registry],
    collect() {
      this.set(c.config.backup.scheduleAt === null ? 0 : 1)
    },
  })
  gauge(
    'yimin_case_lights',
    'Running cases, intakes and tasks at red (overdue) or yellow (due soon)',
    (g, f) =>
      f.lights.forEach((l) => {
        g.set({ what: l.what, light: 'red' }, l.red)
        g.set({ what: l.what, light: 'yellow' }, l.yellow)
      }),
    ['what', 'light'],
  )
  return source
}
