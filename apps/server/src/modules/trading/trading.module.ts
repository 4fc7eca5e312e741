import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import type { CalendarService } from '../calendar/calendar.service'
import { BoardService } from './board.service'
import { AnnouncementsRepository } from './announcements.repository'
import { AnnouncementsService } from './announcements.service'
import { DisputesRepository } from './disputes.repository'
import { DisputesService } from './disputes.service'
import { ProjectsService } from './projects.service'
import { PublicTradingService } from './public.service'
import { TimetableService } from './timetable.service'
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
}

export function createTrading(deps: {
  db: Db
  config: Config
  clock: Clock
  audit: AuditService
  calendar: CalendarService
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
  const board = new BoardService(
    projects,
    repo,
    announcementsRepo,
    venuesRepo,
    timetable,
    calendar,
    clock,
    config.timeZone,
  )
  const disputes = new DisputesService(
    db,
    new DisputesRepository(db),
    projects,
    repo,
    journal,
    timetable,
    calendar,
    clock,
    config.timeZone,
  )
  return { projects, announcements, timetable, venues, publicSite, board, disputes }
}
