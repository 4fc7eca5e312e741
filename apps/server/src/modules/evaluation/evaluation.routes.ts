import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  awardVerificationResponse,
  contractSignedRequest,
  depositImportRequest,
  depositRequest,
  depositsResponse,
  evaluationReportResponse,
  evaluationStateResponse,
  memberSessionResponse,
  objectionAnswerRequest,
  objectionRequest,
  publishCandidatesRequest,
  resultResponse,
  scoreRequest,
  startEvaluationRequest,
  startEvaluationResponse,
} from '@yimin/shared'

const tags = ['evaluation']
const id = z.string().min(1).max(64)
const params = z.strictObject({ id })
const ok = z.object({ ok: z.literal(true) })
/** the room terminal's session token of a committee member */
const TOKEN_HEADER = 'x-evaluation-token'
const tokenOf = (headers: Record<string, unknown>) => {
  const v = headers[TOKEN_HEADER]
  return typeof v === 'string' ? v : undefined
}

/**
 * Evaluation (center staff start it and produce the report; members score and confirm with their
 * session token), results (the agency publishes candidates and awards; the center records
 * objections), the public verification of award notices, and bid security.
 */
export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { sessions, results, deposits } = app.container.evaluation

  app.post(
    '/trading/lots/:id/evaluation',
    {
      schema: {
        tags,
        summary: 'Start the evaluation once the committee checked in (tokens for the room terminals)',
        params,
        body: startEvaluationRequest,
        response: { 201: startEvaluationResponse },
      },
    },
    async (r, reply) => reply.code(201).send(await sessions.start(r.principal, r.params.id, r.body)),
  )
  app.get(
    '/trading/lots/:id/evaluation',
    {
      schema: {
        tags,
        summary: "Where the lot's evaluation stands: none, open, reported or confirmed (no tokens)",
        params,
        response: { 200: evaluationStateResponse },
      },
    },
    async (r) => sessions.state(r.principal, r.params.id),
  )
  app.post(
    '/trading/lots/:id/evaluation/report',
    {
      schema: {
        tags,
        summary: 'Total, rank and flag: the evaluation report',
        params,
        response: { 200: evaluationReportResponse },
      },
    },
    async (r) => sessions.produceReport(r.principal, r.params.id),
  )
  app.get(
    '/trading/lots/:id/evaluation/report',
    {
      schema: {
        tags,
        summary: 'The evaluation report (center, supervising department)',
        params,
        response: { 200: evaluationReportResponse },
      },
    },
    async (r) => sessions.report(r.principal, r.params.id),
  )
  app.get(
    '/evaluation/session',
    {
      schema: {
        tags,
        summary: "A member's view: the sheet and the opened bids, during the session only",
        response: { 200: memberSessionResponse },
      },
    },
    async (r) => sessions.memberView(tokenOf(r.headers)),
  )
  app.put(
    '/evaluation/scores/:id',
    {
      schema: {
        tags,
        summary: "A member's marks on one bid",
        params,
        body: scoreRequest,
        response: { 200: ok },
      },
    },
    async (r) => sessions.score(tokenOf(r.headers), r.params.id, r.body),
  )
  app.get(
    '/evaluation/report',
    {
      schema: {
        tags,
        summary: 'The report on the member terminal',
        response: { 200: evaluationReportResponse },
      },
    },
    async (r) => sessions.memberReport(tokenOf(r.headers)),
  )
  app.post(
    '/evaluation/confirm',
    {
      schema: { tags, summary: 'A member confirms the report', response: { 200: evaluationReportResponse } },
    },
    async (r) => sessions.confirm(tokenOf(r.headers)),
  )

  app.post(
    '/trading/lots/:id/candidates',
    {
      schema: {
        tags,
        summary: 'Publish the candidates (up to three) for publicity',
        params,
        body: publishCandidatesRequest,
        response: { 201: resultResponse },
      },
    },
    async (r, reply) =>
      reply.code(201).send(await results.publishCandidates(r.principal, r.params.id, r.body)),
  )
  app.get(
    '/trading/lots/:id/result',
    {
      schema: {
        tags,
        summary: "A lot's result with its objections",
        params,
        response: { 200: resultResponse },
      },
    },
    async (r) => results.ofLot(r.principal, r.params.id),
  )
  app.get(
    '/trading/results/:id',
    { schema: { tags, summary: 'A result with its objections', params, response: { 200: resultResponse } } },
    async (r) => results.get(r.principal, r.params.id),
  )
  app.post(
    '/trading/results/:id/objections',
    {
      schema: {
        tags,
        summary: 'Record an objection raised during publicity (pauses)',
        params,
        body: objectionRequest,
        response: { 200: resultResponse },
      },
    },
    async (r) => results.raiseObjection(r.principal, r.params.id, r.body),
  )
  app.post(
    '/trading/objections/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer an objection (within 3 days)',
        params,
        body: objectionAnswerRequest,
        response: { 200: resultResponse },
      },
    },
    async (r) => results.answerObjection(r.principal, r.params.id, r.body.answer),
  )
  app.post(
    '/trading/results/:id/award',
    {
      schema: {
        tags,
        summary: 'Award after the publicity: result announcement and notice',
        params,
        response: { 200: resultResponse },
      },
    },
    async (r) => results.award(r.principal, r.params.id),
  )
  app.post(
    '/trading/results/:id/contract',
    {
      schema: {
        tags,
        summary: 'Record the contract signing',
        params,
        body: contractSignedRequest,
        response: { 200: resultResponse },
      },
    },
    async (r) => results.contractSigned(r.principal, r.params.id, r.body.signedOn),
  )
  app.get(
    '/trading/results/:id/notice',
    { schema: { tags, summary: 'The printable award notice (HTML, A4) with its QR code', params } },
    async (r, reply) =>
      reply.type('text/html; charset=utf-8').send(await results.notice(r.principal, r.params.id)),
  )
  app.get(
    '/trading/public/awards/:token',
    {
      config: { rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: "Public: verify an award notice by its QR code's token",
        params: z.strictObject({ token: z.string().min(1).max(100) }),
        response: { 200: awardVerificationResponse },
      },
    },
    async (r) => results.verify(r.params.token),
  )

  app.post(
    '/trading/lots/:id/deposits',
    {
      schema: {
        tags,
        summary: 'Record a bid security deposit by hand',
        params,
        body: depositRequest,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (r, reply) => reply.code(201).send(await deposits.record(r.principal, r.params.id, r.body)),
  )
  app.post(
    '/trading/lots/:id/deposits/import',
    {
      schema: {
        tags,
        summary: 'Import deposits from a bank statement (CSV)',
        params,
        body: depositImportRequest,
        response: { 200: z.object({ imported: z.number(), skipped: z.number() }) },
      },
    },
    async (r) => deposits.importStatement(r.principal, r.params.id, r.body.csv),
  )
  app.get(
    '/trading/lots/:id/deposits',
    {
      schema: {
        tags,
        summary: "A lot's deposits (payers only after the opening)",
        params,
        response: { 200: depositsResponse },
      },
    },
    async (r) => deposits.list(r.principal, r.params.id),
  )
  app.post(
    '/trading/deposits/:id/return',
    { schema: { tags, summary: 'Mark a deposit returned', params, response: { 200: ok } } },
    async (r) => deposits.markReturned(r.principal, r.params.id),
  )
}
