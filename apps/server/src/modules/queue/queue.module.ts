import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { Config } from '../../config'
import type { Database } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import type { CalendarService } from '../calendar/calendar.service'
import type { JobRegistry } from '../jobs/job-registry'
import type { EventBus } from '../realtime/event-bus'
import type { SmsService } from '../sms/sms.service'
import { AppointmentService } from './appointment.service'
import { QueueAdminService } from './queue-admin.service'
import { IdHasher } from '../../platform/id-hasher'
import { QUEUE_ID_KEY, type QueueContext } from './queue-context'
import { QueueSettings } from './queue-settings'
import { AppointmentsRepository } from './appointments.repository'
import { QueueStatsRepository } from './queue-stats.repository'
import { QueueStatsService } from './queue-stats.service'
import { TicketsRepository } from './tickets.repository'
import { WindowStatesRepository } from './window-states.repository'
import { TicketService } from './ticket.service'
import { WindowService } from './window.service'

/** The queue services, as the container holds them. */
export interface QueueModule {
  tickets: TicketService
  windows: WindowService
  appointments: AppointmentService
  admin: QueueAdminService
  stats: QueueStatsService
  context: QueueContext
  /** where the voice segments are (apps/server/assets/voice) */
  voiceDir: string
}

export interface QueueDeps {
  database: Database
  config: Config
  clock: Clock
  audit: AuditService
  calendar: CalendarService
  sms: SmsService
  bus: EventBus
  jobs: JobRegistry
}

const SWEEP_EVERY_MS = 5 * 60_000

/** From src/modules/queue (tsx, tests) or dist/ (the bundle): the first that exists. */
export function findVoiceDir(): string {
  const candidates = ['../../../assets/voice', '../assets/voice'].map((p) =>
    fileURLToPath(new URL(p, import.meta.url)),
  )
  return candidates.find((d) => fs.existsSync(d)) ?? candidates[0]!
}

export function createQueue(deps: QueueDeps): QueueModule {
  const { db } = deps.database
  const context: QueueContext = {
    db,
    clock: deps.clock,
    timeZone: deps.config.timeZone,
    tickets: new TicketsRepository(db),
    windows: new WindowStatesRepository(db),
    appointments: new AppointmentsRepository(db),
    stats: new QueueStatsRepository(db),
    settings: new QueueSettings(db),
    bus: deps.bus,
    sms: deps.sms,
    calendar: deps.calendar,
    audit: deps.audit,
    ids: new IdHasher(db, deps.clock, QUEUE_ID_KEY),
  }
  const tickets = new TicketService(context)
  const appointments = new AppointmentService(context, tickets, {
    reminderHoursBefore: deps.config.appointments.reminderHoursBefore,
  })

  deps.jobs.define({
    type: 'queue.appointments.sweep',
    payload: z.object({}),
    handle: async (_p, ctx) => {
      const n = await appointments.sweepNoShows()
      if (n) ctx.log.info({ noShows: n }, 'appointments not checked in by the end of their slot')
    },
  })
  deps.jobs.schedule({
    name: 'queue.appointments.sweep',
    type: 'queue.appointments.sweep',
    payload: {},
    everyMs: SWEEP_EVERY_MS,
  })
  deps.jobs.define({
    type: 'queue.appointments.remind',
    payload: z.object({}),
    handle: async (_p, ctx) => {
      const n = await appointments.sendReminders()
      if (n) ctx.log.info({ reminders: n }, 'appointment reminders queued')
    },
  })
  deps.jobs.schedule({
    name: 'queue.appointments.remind',
    type: 'queue.appointments.remind',
    payload: {},
    everyMs: SWEEP_EVERY_MS,
  })

  return {
    tickets,
    windows: new WindowService(context, tickets),
    appointments,
    admin: new QueueAdminService(context),
    stats: new QueueStatsService(context),
    context,
    voiceDir: findVoiceDir(),
  }
}
