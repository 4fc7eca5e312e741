import { z } from 'zod'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import type { CalendarService } from '../calendar/calendar.service'
import type { JobRegistry } from '../jobs/job-registry'
import type { EventBus } from '../realtime/event-bus'
import type { SmsService } from '../sms/sms.service'
import { alertSink } from '../supervision/supervision.queries'
import { PadClerkRepository } from './pad-clerk.repository'
import { PadClerkService } from './pad-clerk.service'
import { RatingAlerts } from './rating-alerts'
import { RatingSubjectsRepository } from './rating-subjects.repository'
import { RatingsRepository } from './ratings.repository'
import { RectificationsRepository } from './rectifications.repository'
import { RatingsService } from './ratings.service'
import { RectificationService } from './rectification.service'

/** Ratings (好差评), as the container holds them. */
export interface RatingsModule {
  ratings: RatingsService
  rectifications: RectificationService
  alerts: RatingAlerts
  /** the clerk on a window's rating pad (name and staff number) */
  padClerk: PadClerkService
  /** one pass of the background work: invitations, then overdue rectifications to supervision */
  sweep(): Promise<{ invited: number; skipped: number; alerts: number }>
}

export interface RatingsDeps {
  db: Db
  clock: Clock
  audit: AuditService
  calendar: CalendarService
  sms: SmsService
  bus: EventBus
  jobs: JobRegistry
  timeZone: string
  /** RATING_REPLY_DAYS: replies (and invitations) for what ended within this many days */
  replyWindowDays: number
  /** RATING_RECTIFY_DAYS: working days to rectify a bad review */
  rectifyWorkingDays: number
}

const SWEEP_JOB = 'ratings.sweep'
const SWEEP_EVERY_MS = 60_000

export function createRatings(deps: RatingsDeps): RatingsModule {
  const repo = new RatingsRepository(deps.db)
  const rectificationsRepo = new RectificationsRepository(deps.db)
  const ratings = new RatingsService(
    deps.db,
    repo,
    new RatingSubjectsRepository(deps.db),
    rectificationsRepo,
    deps.sms,
    deps.calendar,
    deps.clock,
    {
      timeZone: deps.timeZone,
      replyWindowDays: deps.replyWindowDays,
      rectifyWorkingDays: deps.rectifyWorkingDays,
      padMinutes: 10,
    },
  )
  const rectifications = new RectificationService(deps.db, rectificationsRepo, deps.audit, deps.clock, {
    timeZone: deps.timeZone,
  })
  const alerts = new RatingAlerts(
    deps.db,
    rectificationsRepo,
    alertSink(deps.db),
    deps.bus,
    deps.clock,
    deps.timeZone,
  )
  // replies to the invitation; TD opt-outs (kept by SmsService first, whatever the outcome)
  deps.sms.addInboundHandler(ratings.handleInbound)

  const sweep = async () => {
    const invitations = await ratings.sendInvitations()
    const raised = await alerts.raiseOverdue()
    return { ...invitations, alerts: raised.created }
  }
  deps.jobs.define({
    type: SWEEP_JOB,
    payload: z.object({}),
    maxAttempts: 2,
    handle: async (_p, ctx) => {
      const r = await sweep()
      if (r.invited || r.alerts) ctx.log.info(r, 'ratings sweep')
    },
  })
  deps.jobs.schedule({ name: SWEEP_JOB, type: SWEEP_JOB, payload: {}, everyMs: SWEEP_EVERY_MS })
  const padClerk = new PadClerkService(new PadClerkRepository(deps.db))
  return { ratings, rectifications, alerts, padClerk, sweep }
}
