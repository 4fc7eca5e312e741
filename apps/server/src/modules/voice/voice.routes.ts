import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { phoneSchema } from '@yimin/shared'
import { AppError } from '../../platform/errors'

/**
 * One item of Alibaba Cloud VMS's call-status receipt (VoiceCallReport, pushed as a JSON array
 * to the HTTP callback configured in the console):
 * https://help.aliyun.com/zh/vms/developer-reference/voicecallreport-4. Fields the platform
 * adds later are tolerated (an unknown field refused here would be pushed again and again).
 */
const aliyunReceipt = z.looseObject({
  call_id: z.string().min(1).max(200),
  status_code: z.string().min(1).max(40),
  dtmf: z.string().max(40).nullish(),
  status_time: z.string().max(40).nullish(),
  out_id: z.string().max(40).nullish(),
})

const sameSecret = (given: string, expected: string) =>
  timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest())

const call = z.object({
  id: z.string(),
  body: z.string(),
  keys: z.array(z.string()),
  status: z.string(),
  keyPressed: z.string().nullable(),
  at: z.string(),
})

/**
 * The voice provider's receipts and the demo's virtual phone calls. Alibaba's HTTP push carries
 * no signature, so the callback URL holds a secret token (VOICE_CALLBACK_TOKEN, configured as
 * `…/api/v1/voice/aliyun/receipts/<token>` in the VMS console): a wrong or missing token is
 * refused with VOICE_CALLBACK_INVALID (401) before the body is read, and nothing is stored.
 * A receipt is answered `{ code: 0 }` only once it is stored (the platform pushes again after
 * 1, 5 and 10 minutes otherwise).
 */
export const voiceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, voice } = app.container
  const aliyun = config.voice.aliyun

  if (config.voice.provider === 'aliyun' && aliyun) {
    app.post(
      '/voice/aliyun/receipts/:token',
      {
        schema: {
          tags: ['voice'],
          summary: 'Alibaba Cloud VMS: call-status and keypad receipts (token in the URL)',
          params: z.strictObject({ token: z.string().max(256) }),
          body: z.array(aliyunReceipt).min(1).max(1000),
          response: { 200: z.object({ code: z.literal(0), msg: z.string() }) },
        },
        onRequest: async (request) => {
          const token = (request.params as { token?: unknown }).token
          if (typeof token !== 'string' || !sameSecret(token, aliyun.callbackToken))
            throw new AppError('VOICE_CALLBACK_INVALID', 'voice receipt token missing or wrong')
        },
      },
      async (request) => {
        await voice.storeReceipts(
          'aliyun',
          request.body.map((r) => ({
            providerCallId: r.call_id,
            outId: r.out_id ?? null,
            statusCode: r.status_code,
            dtmf: r.dtmf ? r.dtmf : null,
            statusTime: r.status_time ?? null,
          })),
        )
        return { code: 0 as const, msg: '接收成功' }
      },
    )
  }

  app.get(
    '/virtual-phone/numbers/:phone/calls',
    {
      schema: {
        tags: ['voice'],
        summary: 'Voice calls to a virtual phone (the demo voice outbox)',
        params: z.strictObject({ phone: phoneSchema }),
        response: { 200: z.array(call) },
      },
    },
    async (request) => voice.virtualPhoneCalls(request.principal, request.params.phone),
  )

  app.post(
    '/virtual-phone/calls/:id/keys',
    {
      schema: {
        tags: ['voice'],
        summary: 'Press a key on a ringing virtual phone call',
        params: z.strictObject({ id: z.string().max(64) }),
        body: z.strictObject({ key: z.string().regex(/^[0-9*#]$/) }),
        response: { 200: call },
      },
    },
    async (request) => voice.virtualPhonePress(request.principal, request.params.id, request.body.key),
  )
}
