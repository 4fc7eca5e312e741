import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  appealDecisionRequest,
  appealListResponse,
  appealRequest,
  appealResponse,
  appealStatuses,
  callbackRequest,
  caseRatingRequest,
  closeRectificationRequest,
  padClerkResponse,
  padRatingRequest,
  ratingResponse,
  rectificationListQuery,
  rectificationListResponse,
  rectificationResponse,
  satisfactionQuery,
  satisfactionResponse,
  ticketRatingRequest,
} from '@yimin/shared'

const tags = ['ratings']
const idParams = z.strictObject({ id: z.string().min(1).max(64) })

/**
 * The ratings API (好差评): rating on each channel, the department's rectification worklist,
 * appeals and their decisions, satisfaction figures. Rating endpoints are public (the pad is a
 * device; QR, kiosk and portal prove the case with its number and the last four of the ID or
 * phone) and rate-limited.
 */
export const ratingsRoutes: FastifyPluginAsyncZod<{ ratePerMinute: number }> = async (app, opts) => {
  const { ratings, rectifications } = app.container.ratings
  const limited = { rateLimit: { max: opts.ratePerMinute, timeWindow: 60_000 } }
  const secondFactor = { ...limited, secondFactor: { numberField: 'caseNumber' } }

  app.post(
    '/ratings/pad',
    {
      config: limited,
      schema: {
        tags,
        summary: 'The window’s rating pad rates the visit it just finished',
        body: padRatingRequest,
        response: { 200: ratingResponse },
      },
    },
    async (request) => ratings.rateAtPad(request.principal, request.body),
  )
  app.get(
    '/ratings/pad/clerk',
    {
      schema: {
        tags,
        summary: 'Who serves at the rating pad’s window now: name and staff number (工号)',
        response: { 200: padClerkResponse },
      },
    },
    async (request) => app.container.ratings.padClerk.forPad(request.principal),
  )
  app.post(
    '/ratings/case',
    {
      config: secondFactor,
      schema: {
        tags,
        summary: 'Rate a completed case: receipt QR, progress page, kiosk, portal (number + last four)',
        body: caseRatingRequest,
        response: { 200: ratingResponse },
      },
    },
    async (request) => ratings.rateCase(request.principal, request.body),
  )
  app.post(
    '/ratings/case/lookup',
    {
      config: secondFactor,
      schema: {
        tags,
        summary: 'The rating of a case, if it has one (same proof as rating it)',
        body: z.strictObject({
          caseNumber: z.string().trim().min(6).max(40),
          factor: z.string().trim().length(4),
        }),
        response: { 200: z.object({ rating: ratingResponse.nullable() }) },
      },
    },
    async (request) => ({
      rating: await ratings.existingForCase(request.body.caseNumber, request.body.factor),
    }),
  )
  app.post(
    '/ratings/ticket',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Rate a visit from its ticket’s QR or at the kiosk',
        body: ticketRatingRequest,
        response: { 200: ratingResponse },
      },
    },
    async (request) => ratings.rateTicket(request.principal, request.body),
  )

  // --- the department's worklist ---
  app.get(
    '/ratings/rectifications',
    {
      schema: {
        tags,
        summary: 'Rectifications of bad reviews in my departments',
        querystring: rectificationListQuery,
        response: { 200: rectificationListResponse },
      },
    },
    async (request) => ({
      items: await rectifications.list(request.principal, request.query.status),
    }),
  )
  app.post(
    '/ratings/rectifications/:id/callback',
    {
      schema: {
        tags,
        summary: 'Record the callback to the citizen (and their rating of the fix)',
        params: idParams,
        body: callbackRequest,
        response: { 200: rectificationResponse },
      },
    },
    async (request) => rectifications.callback(request.principal, request.params.id, request.body),
  )
  app.post(
    '/ratings/rectifications/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a rectification after the callback',
        params: idParams,
        body: closeRectificationRequest,
        response: { 200: rectificationResponse },
      },
    },
    async (request) => rectifications.close(request.principal, request.params.id, request.body),
  )
  app.post(
    '/ratings/rectifications/:id/appeal',
    {
      schema: {
        tags,
        summary: 'Appeal a malicious or mistaken bad review',
        params: idParams,
        body: appealRequest,
        response: { 200: rectificationResponse },
      },
    },
    async (request) => rectifications.appeal(request.principal, request.params.id, request.body.reason),
  )

  // --- supervisors ---
  app.get(
    '/ratings/appeals',
    {
      schema: {
        tags,
        summary: 'Appeals for a supervisor to decide',
        querystring: z.strictObject({ status: z.enum(appealStatuses).optional() }),
        response: { 200: appealListResponse },
      },
    },
    async (request) => ({ items: await rectifications.appeals(request.principal, request.query.status) }),
  )
  app.post(
    '/ratings/appeals/:id/decide',
    {
      schema: {
        tags,
        summary: 'Uphold (the rating leaves the statistics) or reject an appeal',
        params: idParams,
        body: appealDecisionRequest,
        response: { 200: appealResponse },
      },
    },
    async (request) => rectifications.decide(request.principal, request.params.id, request.body),
  )
  app.get(
    '/ratings/satisfaction',
    {
      schema: {
        tags,
        summary: 'Satisfaction per department, window or staff',
        querystring: satisfactionQuery,
        response: { 200: satisfactionResponse },
      },
    },
    async (request) => {
      const { of, from, to } = request.query
      return { of, from, to, rows: await ratings.satisfaction(request.principal, of, from, to) }
    },
  )
}
