import { z } from 'zod'
import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import type { CalendarService } from '../calendar/calendar.service'
import type { JobRegistry } from '../jobs/job-registry'
import type { EventBus } from '../realtime/event-bus'
import { alertSink } from '../supervision/supervision.queries'
import { BoardService } from './board.service'
import { AnnouncementsRepository } from './announcements.repository'
import { AnnouncementsService } from './announcements.service'
import { DisputesRepository } from './disputes.repository'
import { DisputesService } from './disputes.service'
import { ProjectsService } from './projects.service'
import { PublicTradingService } from './public.service'
import { TimetableService } from './timetable.service'
import { TradingAlerts } from './trading-alerts'
import { TradingJournal } from './trading-journal'
import { TradingRepository } from './trading.repository'
import { VenuesRepository } from './venues.repository'
import { VenuesService } from './venues.service'

/** The public resource trading center (issue 18), as the container holds it. */
export interface TradingModule {
  projects: ProjectsService
  announcements: AnnouncementsService
  timetable: TimetableService
  venues: VenuesService
  publicSite: PublicTradingService
  board: BoardService
  disputes: DisputesService
  /** raises the anomaly rules' findings as supervision alerts (a scheduled job) */
  alerts: TradingAlerts
}

const ALERTS_JOB = 'trading.alerts'
const ALERTS_EVERY_MS = 10 * 60_000

export function createTrading(deps: {
  db: Db
  config: Config
  clock: Clock
  audit: AuditService
  calendar: CalendarService
  bus: EventBus
  jobs: JobRegistry
}): TradingModule {
  const { db, config, clock, audit, calendar } = deps
  const repo = new TradingRepository(db)
  const announcementsRepo = new AnnouncementsRepository(db)
  const venuesRepo = new VenuesRepository(db)
  const journal = new TradingJournal(repo, config.eventHash)
  const timetable = new TimetableService(db, repo, audit, clock)
  const projects = new ProjectsService(db, repo, journal, audit, clock)
  const announcements = new AnnouncementsService(
    db,
    announcementsRepo,
    projects,
    repo,
    journal,
    timetable,
    calendar,
    clock,
    config.timeZone,
  )
  const venues = new VenuesService(db, venuesRepo, repo, journal, clock)
  const publicSite = new PublicTradingService(announcementsRepo, repo, venuesRepo, clock, config.timeZone)
  const disputesRepo = new DisputesRepository(db)
  const board = new BoardService(
    projects,
    repo,
    announcementsRepo,
    venuesRepo,
    timetable,
    disputesRepo,
    calendar,
    clock,
    config.timeZone,
  )
  const disputes = new DisputesService(
    db,
    disputesRepo,
    projects,
    repo,
    journal,
    timetable,
    calendar,
    clock,
    config.timeZone,
  )
  const alerts = new TradingAlerts(db, board, alertSink(db), deps.bus, clock, config.timeZone)
  deps.jobs.define({
    type: ALERTS_JOB,
    payload: z.object({}),
    maxAttempts: 2,
    handle: async (_p, ctx) => {
      const r = await alerts.sweep()
      if (r.created || r.resolved) ctx.log.info(r, 'trading alerts')
    },
  })
  deps.jobs.schedule({ name: ALERTS_JOB, type: ALERTS_JOB, payload: {}, everyMs: ALERTS_EVERY_MS })
  return { projects, announcements, timetable, venues, publicSite, board, disputes, alerts }
}
