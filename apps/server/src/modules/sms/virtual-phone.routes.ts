import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { cleanText, phoneSchema } from '@yimin/shared'

const phoneParams = z.strictObject({ phone: phoneSchema })
const entry = z.object({
  id: z.string(),
  direction: z.enum(['out', 'in']),
  body: z.string(),
  at: z.string(),
  status: z.string(),
})

/** The embedded provider's "virtual phone": each number's conversation and a reply box. */
export const virtualPhoneRoutes: FastifyPluginAsyncZod = async (app) => {
  const { sms } = app.container

  app.get(
    '/virtual-phone/numbers',
    {
      schema: {
        tags: ['sms'],
        summary: 'Numbers with messages (virtual phone)',
        response: {
          200: z.array(z.object({ phone: z.string(), phoneMasked: z.string(), lastAt: z.string() })),
        },
      },
    },
    async (request) => sms.service.virtualPhoneNumbers(request.principal),
  )

  app.get(
    '/virtual-phone/numbers/:phone/messages',
    {
      schema: {
        tags: ['sms'],
        summary: 'One number’s conversation',
        params: phoneParams,
        response: { 200: z.array(entry) },
      },
    },
    async (request) => sms.service.virtualPhoneConversation(request.principal, request.params.phone),
  )

  app.post(
    '/virtual-phone/numbers/:phone/replies',
    {
      schema: {
        tags: ['sms'],
        summary: 'Send a reply from a virtual phone (as if the citizen texted back)',
        params: phoneParams,
        body: z.strictObject({ body: cleanText({ min: 1, max: 500, multiline: true }) }),
        response: { 200: z.object({ id: z.string(), outcome: z.string() }) },
      },
    },
    async (request) =>
      sms.service.virtualPhoneReply(request.principal, request.params.phone, request.body.body),
  )
}
