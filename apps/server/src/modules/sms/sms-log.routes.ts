import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { SMS_STATUSES, SmsLogService } from './sms-log.service'

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const status = z.enum(SMS_STATUSES as [string, ...string[]]).transform((s) => s as (typeof SMS_STATUSES)[number])

export const smsLogQuery = z.strictObject({
  status: status.optional(),
  uncertain: z.enum(['true', 'false']).optional(),
  from: date.optional(),
  to: date.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})

const entry = z.object({
  id: z.string(),
  phoneMasked: z.string(),
  template: z.string(),
  body: z.string(),
  status: z.enum(SMS_STATUSES as [string, ...string[]]),
  isUncertain: z.boolean(),
  isEssential: z.boolean(),
  attempts: z.number(),
  provider: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  updatedAt: z.string(),
})

const counts = z.object({
  queued: z.number(),
  sending: z.number(),
  sent: z.number(),
  delivered: z.number(),
  failed: z.number(),
  uncertain: z.number(),
})

/** The SMS message log (administrators and supervisors; numbers masked). */
export const smsLogRoutes: FastifyPluginAsyncZod = async (app) => {
  const log = new SmsLogService(app.container.sms.repo, app.container.config.timeZone)
  app.get(
    '/sms/messages',
    {
      schema: {
        tags: ['sms'],
        summary: 'Message log: outgoing messages with status and the uncertain flag, counts per status',
        querystring: smsLogQuery,
        response: { 200: z.object({ items: z.array(entry), nextCursor: z.string().nullable(), counts }) },
      },
    },
    async (request) => {
      const q = request.query
      return log.list(request.principal, {
        status: q.status,
        isUncertain: q.uncertain === undefined ? undefined : q.uncertain === 'true',
        from: q.from,
        to: q.to,
        cursor: q.cursor,
        limit: q.limit,
      })
    },
  )
}
