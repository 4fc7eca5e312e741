import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  acceptDisputeRequest,
  answerDisputeRequest,
  disputeResponse,
  disputesQuery,
  fileDisputeRequest,
  lotFactsRequest,
  lotFactsResponse,
  tradingBoardResponse,
  tradingFiguresQuery,
  tradingFiguresResponse,
} from '@yimin/shared'
import { figuresWorkbook } from './trading-excel'

const tags = ['trading']
const id = z.string().min(1).max(64)
const params = z.strictObject({ id })

/**
 * Supervision of the trading center: the supervising department's board, the figures (JSON and
 * Excel), disputes (objections and complaints) and the recorded facts of a lot.
 */
export const tradingSupervisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { board, disputes } = app.container.trading

  app.get(
    '/trading/board',
    {
      schema: {
        tags,
        summary: 'Supervision board: projects by stage, anomalies',
        response: { 200: tradingBoardResponse },
      },
    },
    async (r) => board.board(r.principal),
  )

  app.get(
    '/trading/figures',
    {
      schema: {
        tags,
        summary: 'Projects, amounts and savings against budget by month and category',
        querystring: tradingFiguresQuery,
        response: { 200: tradingFiguresResponse },
      },
    },
    async (r) => board.figures(r.principal, r.query.from, r.query.to),
  )
  app.get(
    '/trading/figures.xlsx',
    {
      schema: {
        tags,
        summary: 'The figures as Excel',
        querystring: tradingFiguresQuery,
      },
    },
    async (r, reply) => {
      const file = await figuresWorkbook(await board.figures(r.principal, r.query.from, r.query.to))
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body)
    },
  )
  app.get(
    '/trading/projects/:id/disputes',
    {
      schema: {
        tags,
        summary: "A project's objections, challenges and complaints",
        params,
        response: { 200: z.array(disputeResponse) },
      },
    },
    async (r) => disputes.ofProject(r.principal, r.params.id),
  )
  app.post(
    '/trading/projects/:id/disputes',
    {
      schema: {
        tags,
        summary: 'Record an objection or challenge (agency) or a complaint (supervising department)',
        params,
        body: fileDisputeRequest,
        response: { 201: disputeResponse },
      },
    },
    async (r, reply) => reply.code(201).send(await disputes.file(r.principal, r.params.id, r.body)),
  )
  app.get(
    '/trading/disputes',
    {
      schema: {
        tags,
        summary: 'Objections, challenges and complaints of the projects the caller sees',
        querystring: disputesQuery,
        response: { 200: z.array(disputeResponse) },
      },
    },
    async (r) => disputes.list(r.principal, r.query),
  )
  app.post(
    '/trading/disputes/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer an objection or challenge, or decide a complaint, on the record',
        params,
        body: answerDisputeRequest,
        response: { 200: disputeResponse },
      },
    },
    async (r) => disputes.answer(r.principal, r.params.id, r.body),
  )
  app.post(
    '/trading/disputes/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept a works complaint (受理): its decision is due 30 working days later',
        params,
        body: acceptDisputeRequest,
        response: { 200: disputeResponse },
      },
    },
    async (r) => disputes.accept(r.principal, r.params.id, r.body),
  )
  app.post(
    '/trading/lots/:id/facts',
    {
      schema: {
        tags,
        summary: 'The center records award notice, contract, filing and report dates of a lot',
        params,
        body: lotFactsRequest,
        response: { 200: lotFactsResponse },
      },
    },
    async (r) => disputes.recordLotFacts(r.principal, r.params.id, r.body),
  )
}
