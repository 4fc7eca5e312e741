import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../platform/errors'
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySmsRequest } from './http-signature'
import { normalizeMsisdn } from './sms-encoding'

const ok = { 200: z.object({ ok: z.literal(true) }) }
const header = (request: FastifyRequest, name: string) => {
  const v = request.headers[name]
  return Array.isArray(v) ? v[0] : v
}

/**
 * The HTTP SMS gateway's signed callbacks (only with SMS_PROVIDER=http): replies from phones and
 * delivery receipts. The signature (HMAC-SHA256 over `<timestamp>.<raw body>`) and the
 * timestamp's skew are checked before anything is read; a bad one is refused with
 * SMS_SIGNATURE_INVALID (401) and nothing is stored.
 */
export const smsHttpRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, clock } = app.container
  const http = config.sms.http
  if (config.sms.provider !== 'http' || !http) return
  const sink = app.container.sms.transport
  const rawBodies = new WeakMap<FastifyRequest, string>()

  // keep the raw body for the signature; a body that is not JSON fails validation after the signature check
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: 16_384 },
    (request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8')
      rawBodies.set(request, text)
      try {
        done(null, JSON.parse(text))
      } catch {
        done(null, text)
      }
    },
  )
  app.addHook('preValidation', async (request) => {
    const result = verifySmsRequest(
      http.secret,
      {
        timestamp: header(request, TIMESTAMP_HEADER),
        signature: header(request, SIGNATURE_HEADER),
        body: rawBodies.get(request) ?? '',
      },
      clock.now().getTime(),
      http.maxSkewSeconds,
    )
    if (result !== 'ok') throw new AppError('SMS_SIGNATURE_INVALID', `SMS gateway signature ${result}`)
  })

  app.post(
    '/sms/http/inbound',
    {
      schema: {
        tags: ['sms'],
        summary: 'HTTP gateway: a message from a phone (signed)',
        body: z.strictObject({
          from: z.string().min(3).max(32),
          text: z.string().max(2000),
          concat: z
            .strictObject({
              ref: z.number().int().min(0).max(65535),
              total: z.number().int().min(1).max(255),
              seq: z.number().int().min(1).max(255),
            })
            .optional(),
        }),
        response: ok,
      },
    },
    async (request) => {
      const { from, text, concat } = request.body
      if (concat && concat.seq > concat.total)
        throw new AppError('VALIDATION_FAILED', 'part number beyond the total')
      await sink.inbound({ sender: normalizeMsisdn(from), body: text, concat: concat ?? null })
      return { ok: true as const }
    },
  )

  app.post(
    '/sms/http/receipts',
    {
      schema: {
        tags: ['sms'],
        summary: 'HTTP gateway: a delivery receipt (signed)',
        body: z.strictObject({
          messageId: z.string().min(1).max(100),
          stat: z.enum([
            'DELIVRD',
            'UNDELIV',
            'EXPIRED',
            'REJECTD',
            'DELETED',
            'UNKNOWN',
            'ACCEPTD',
            'ENROUTE',
          ]),
          error: z.string().max(200).optional(),
        }),
        response: ok,
      },
    },
    async (request) => {
      await sink.receipt({
        providerMessageId: request.body.messageId,
        stat: request.body.stat,
        error: request.body.error ?? null,
      })
      return { ok: true as const }
    },
  )
}
