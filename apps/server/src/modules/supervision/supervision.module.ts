import { z } from 'zod'
import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import type { AuditService } from '../audit/audit.service'
import type { CalendarService } from '../calendar/calendar.service'
import type { JobQueue } from '../jobs/job-queue'
import type { JobRegistry } from '../jobs/job-registry'
import type { EventBus } from '../realtime/event-bus'
import type { SmsService } from '../sms/sms.service'
import { AlertsRepository } from './alerts.repository'
import { AlertsService } from './alerts.service'
import { CaseFactsRepository } from './case-facts.repository'
import { DashboardRepository } from './dashboard.repository'
import { DashboardService } from './dashboard.service'
import { PerformanceService } from './performance.service'
import { queueWaits } from './queue-waits'
import { SupervisionSettingsStore } from './supervision-settings'
import { SupervisionSweep } from './sweep.service'
import { FOLD_EVERY_MS, foldToday } from './today-figures'
import { WallRepository } from './wall.repository'
import { WallService } from './wall.service'

/** Electronic supervision (电子监察), as the container holds it. */
export interface SupervisionModule {
  sweep: SupervisionSweep
  alerts: AlertsService
  dashboard: DashboardService
  performance: PerformanceService
  settings: SupervisionSettingsStore
  /** the supervision wall (数据大屏): aggregates for a wall display */
  wall: WallService
  /** one sweep when an instance starts (besides the schedule); idempotent like every sweep */
  enqueueStartupSweep(queue: JobQueue, instanceId: string): Promise<void>
}

export interface SupervisionDeps {
  db: Db
  config: Config
  clock: Clock
  log: Logger
  audit: AuditService
  calendar: CalendarService
  bus: EventBus
  sms: SmsService
  jobs: JobRegistry
}

export const SWEEP_EVERY_MS = 5 * 60_000
const SWEEP_JOB = 'supervision.sweep'
const FOLD_JOB = 'supervision.today.fold'

export function createSupervision(deps: SupervisionDeps): SupervisionModule {
  const { db, clock } = deps
  const settings = new SupervisionSettingsStore(db)
  const facts = new CaseFactsRepository(deps.config.timeZone)
  const alertsRepo = new AlertsRepository(db)
  const alerts = new AlertsService(db, alertsRepo, deps.audit, deps.bus, clock)
  const dashboardRepo = new DashboardRepository(db)
  const dashboard = new DashboardService(db, dashboardRepo, deps.calendar, settings, alerts, clock)
  const performance = new PerformanceService(dashboardRepo, dashboard, settings, deps.config.timeZone)
  performance.useQueueWaits((from, to) => queueWaits(db, from, to))
  const wall = new WallService(dashboard, new WallRepository(db), deps.config.timeZone)
  const sweep = new SupervisionSweep({
    db,
    clock,
    log: deps.log,
    calendar: deps.calendar,
    settings,
    facts,
    alerts: alertsRepo,
    bus: deps.bus,
    sms: deps.sms,
  })

  deps.jobs.define({
    type: SWEEP_JOB,
    payload: z.object({}),
    // a sweep that fails is simply the next slot's work: no long retry chain
    maxAttempts: 2,
    handle: async (_p, ctx) => {
      const r = await sweep.run()
      ctx.log.debug(r, 'supervision sweep')
    },
  })
  deps.jobs.schedule({ name: SWEEP_JOB, type: SWEEP_JOB, payload: {}, everyMs: SWEEP_EVERY_MS })
  deps.jobs.define({
    type: FOLD_JOB,
    payload: z.object({}),
    // a fold that fails (two at once on PostgreSQL: one gives way) is the next slot's work
    maxAttempts: 1,
    handle: async (_p, ctx) => {
      const n = await foldToday(db, await deps.calendar.get(), deps.calendar.today())
      if (n) ctx.log.debug({ deltas: n }, "folded today's figures")
    },
  })
  deps.jobs.schedule({ name: FOLD_JOB, type: FOLD_JOB, payload: {}, everyMs: FOLD_EVERY_MS })

  return {
    sweep,
    alerts,
    dashboard,
    performance,
    settings,
    wall,
    async enqueueStartupSweep(queue, instanceId) {
      await queue.enqueue(SWEEP_JOB, {}, { key: `start:${instanceId}` })
    },
  }
}
