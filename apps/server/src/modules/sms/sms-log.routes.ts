import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { smsLogQuery, smsLogResponse } from '@yimin/shared'
import { SmsLogService } from './sms-log.service'

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
        response: { 200: smsLogResponse },
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
