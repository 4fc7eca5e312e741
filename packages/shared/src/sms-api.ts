import { z } from 'zod'

/** An outgoing message's status in the log (uncertain is a flag beside it, PRODUCT.md 2.6). */
export const smsStatuses = ['queued', 'sending', 'sent', 'delivered', 'failed'] as const
export type SmsStatus = (typeof smsStatuses)[number]

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const smsLogQuery = z.strictObject({
  status: z.enum(smsStatuses).optional(),
  uncertain: z.enum(['true', 'false']).optional(),
  from: date.optional(),
  to: date.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})

export const smsLogEntry = z.object({
  id: z.string(),
  phoneMasked: z.string(),
  template: z.string(),
  body: z.string(),
  status: z.enum(smsStatuses),
  isUncertain: z.boolean(),
  isEssential: z.boolean(),
  attempts: z.number(),
  provider: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  updatedAt: z.string(),
})
export type SmsLogEntryDto = z.infer<typeof smsLogEntry>

export const smsLogCounts = z.object({
  queued: z.number(),
  sending: z.number(),
  sent: z.number(),
  delivered: z.number(),
  failed: z.number(),
  uncertain: z.number(),
})

export const smsLogResponse = z.object({
  items: z.array(smsLogEntry),
  nextCursor: z.string().nullable(),
  counts: smsLogCounts,
})
export type SmsLogDto = z.infer<typeof smsLogResponse>
