import { z } from 'zod'
import { localizedTextSchema } from './localized'
import { cleanText } from './text'
import { residentIdSchema } from './case-api'
import { openingHoursSchema } from './org'
import { phoneSchema } from './schemas'

/** Request and response shapes of the queue (排队叫号) and appointments (预约), PRODUCT.md 2.5. */
const id = z.string().min(1).max(64)
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)
export const ticketStatuses = [
  'issued',
  'called',
  'serving',
  'done',
  'no_show',
  'cancelled',
  'transferred',
] as const
/** priority groups: normal, elderly (from the ID's birth date), disabled, appointment, and configured ones */
export const priorityGroupSchema = z.string().regex(/^[a-z][a-z_-]{0,31}$/)

export const issueTicketRequest = z.strictObject({
  categoryId: id,
  phone: phoneSchema.nullable().default(null),
  idNumber: residentIdSchema.nullable().default(null),
  /** staff only (the information desk sees the disabled person); kiosks derive `elderly` from the ID */
  priorityGroup: priorityGroupSchema.nullable().default(null),
})

export const ticketResponse = z.object({
  id: z.string(),
  /** the QR's secret: /queue/tickets/:id?token=… shows this ticket's status to anyone holding it */
  token: z.string(),
  number: z.string(),
  categoryId: z.string(),
  categoryPrefix: z.string(),
  /** in the reader's languages (the counter and the ticket show it; issue 21 point 7) */
  categoryName: localizedTextSchema,
  status: z.enum(ticketStatuses),
  priorityGroup: z.string(),
  serviceDate: z.string(),
  arrivedAt: z.string(),
  issuedAt: z.string(),
  calledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  windowNumber: z.number().nullable(),
  windowName: localizedTextSchema.nullable(),
  recallCount: z.number(),
  /** while waiting: people before this ticket, 1-based place, minutes to wait */
  ahead: z.number().nullable(),
  position: z.number().nullable(),
  estimatedWaitMinutes: z.number().nullable(),
  /** a transferred ticket names its successor */
  transferredTo: z.string().nullable(),
})
export type TicketResponse = z.infer<typeof ticketResponse>

export const pauseRequest = z.strictObject({ reason: cleanText({ min: 1, max: 200 }) })
export const transferRequest = z.strictObject({ categoryId: id, windowId: id.nullable().default(null) })
export const windowActionTicket = z.strictObject({ ticketId: id })

export const windowStateResponse = z.object({
  windowId: z.string(),
  hallId: z.string(),
  windowNumber: z.number(),
  windowName: localizedTextSchema,
  status: z.enum(['open', 'paused', 'closed']),
  pauseReason: z.string().nullable(),
  current: ticketResponse.nullable(),
  /** tickets this window could call now */
  waiting: z.number(),
  /** recalls left before no-show is allowed */
  recallsBeforeNoShow: z.number().nullable(),
})
export type WindowStateResponse = z.infer<typeof windowStateResponse>

export const hallQueueStateResponse = z.object({
  hallId: z.string(),
  serverTime: z.string(),
  recentCalls: z.array(
    z.object({
      ticketNumber: z.string(),
      windowId: z.string(),
      windowNumber: z.number(),
      windowName: localizedTextSchema,
      calledAt: z.string(),
    }),
  ),
  waiting: z.array(
    z.object({
      categoryId: z.string(),
      prefix: z.string(),
      name: localizedTextSchema,
      waiting: z.number(),
    }),
  ),
  windows: z.array(
    z.object({
      windowId: z.string(),
      windowNumber: z.number(),
      windowName: localizedTextSchema,
      ticketNumber: z.string().nullable(),
      status: z.enum(['open', 'paused', 'closed']),
    }),
  ),
})

export const queueCategorySettingsSchema = z.object({
  id: z.string(),
  code: z.string(),
  prefix: z.string(),
  name: localizedTextSchema,
  isActive: z.boolean(),
  numberStart: z.number().int(),
  numberEnd: z.number().int(),
  dailyCap: z.number().int(),
  appointmentShare: z.number().int(),
  priorityWeight: z.number().int(),
  queueHours: openingHoursSchema.nullable(),
  isOpen: z.boolean(),
  idDailyLimit: z.number().int(),
  maxRecalls: z.number().int(),
})
export type QueueCategorySettings = z.infer<typeof queueCategorySettingsSchema>

export const updateQueueCategoryRequest = z
  .strictObject({
    numberStart: z.number().int().min(0).max(9998),
    numberEnd: z.number().int().min(1).max(9999),
    dailyCap: z.number().int().min(0).max(9999),
    appointmentShare: z.number().int().min(0).max(100),
    priorityWeight: z.number().int().min(0).max(10),
    queueHours: openingHoursSchema.nullable(),
    isOpen: z.boolean(),
    idDailyLimit: z.number().int().min(0).max(50),
    maxRecalls: z.number().int().min(0).max(10),
  })
  .partial()

export const queuePolicySchema = z.strictObject({
  groupBonusMinutes: z.record(priorityGroupSchema, z.number().int().min(0).max(240)),
  elderlyAge: z.number().int().min(50).max(100),
  /** SMS "nearly your turn" when this many are ahead (0: off) */
  nearlyTurnAhead: z.number().int().min(0).max(20),
  checkInBeforeMinutes: z.number().int().min(0).max(240),
  checkInAfterMinutes: z.number().int().min(0).max(240),
})
export type QueuePolicy = z.infer<typeof queuePolicySchema>
export const queuePolicyResponse = z.object({
  policy: queuePolicySchema,
  explanation: z.object({
    zh: z.string(),
    en: z.string(),
    maxHeadStartMinutes: z.number(),
    groups: z.array(z.object({ group: z.string(), headStartMinutes: z.number() })),
  }),
})

export const slotResponse = z.object({
  id: z.string(),
  categoryId: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number(),
  booked: z.number(),
  left: z.number(),
})
export const upsertSlotsRequest = z.strictObject({
  categoryId: id,
  date,
  slots: z
    .array(z.strictObject({ startsAt: hhmm, endsAt: hhmm, capacity: z.number().int().min(1).max(999) }))
    .min(1)
    .max(48),
})

export const availabilityResponse = z.array(
  z.object({
    categoryId: z.string(),
    prefix: z.string(),
    name: localizedTextSchema,
    isOpen: z.boolean(),
    closedReason: z.enum(['switched_off', 'not_working_day', 'outside_hours']).nullable(),
    walkInsLeft: z.number(),
    waiting: z.number(),
    estimatedWaitMinutes: z.number(),
    slotsToday: z.array(slotResponse),
  }),
)

export const bookAppointmentRequest = z.strictObject({
  slotId: id,
  phone: phoneSchema,
  idNumber: residentIdSchema,
})
export const appointmentCodeRequest = z.strictObject({
  code: z.string().regex(/^\d{8}$/),
  idNumber: residentIdSchema,
})
export const appointmentResponse = z.object({
  id: z.string(),
  code: z.string(),
  categoryId: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(['booked', 'cancelled', 'checked_in', 'no_show']),
  ticketId: z.string().nullable(),
})

/** A signed-in citizen books for themself: their phone; the bound resident ID, or this one when none is bound. */
export const citizenBookAppointmentRequest = z.strictObject({
  slotId: id,
  idNumber: residentIdSchema.optional(),
})
/** My appointments (portal): the appointment with its category's names. */
export const myAppointmentResponse = appointmentResponse.extend({
  prefix: z.string(),
  categoryName: localizedTextSchema,
  createdAt: z.string(),
})

export const queueStatsQuery = z.strictObject({ from: date, to: date })
const statRow = z.object({
  key: z.string(),
  /** in Uyghur and English too where the data has them (categories, windows) */
  label: localizedTextSchema,
  tickets: z.number(),
  served: z.number(),
  noShows: z.number(),
  cancelled: z.number(),
  meanWaitMinutes: z.number().nullable(),
  maxWaitMinutes: z.number().nullable(),
  meanServiceMinutes: z.number().nullable(),
  estimateMeanAbsErrorMinutes: z.number().nullable(),
  estimateMeanSignedErrorMinutes: z.number().nullable(),
})
export const queueStatsResponse = z.object({
  from: z.string(),
  to: z.string(),
  total: statRow,
  byCategory: z.array(statRow),
  byWindow: z.array(statRow),
  byClerk: z.array(statRow),
  byHour: z.array(statRow),
})
export type QueueStats = z.infer<typeof queueStatsResponse>
