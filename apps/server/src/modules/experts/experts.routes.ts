import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  checkInRequest,
  checkInResponse,
  committeeCountsResponse,
  committeeResponse,
  createExpertRequest,
  drawRecordResponse,
  drawRequest,
  drawResponse,
  drawVerifyResponse,
  expertAvailabilityRequest,
  expertResponse,
} from '@yimin/shared'

const tags = ['experts']
const params = z.strictObject({ id: z.string().min(1).max(64) })

/**
 * The expert pool (center staff), committee draws and check-in (center staff: counts, never
 * names), and the committee and draw records (the supervising department; 404 to others).
 */
export const expertsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { pool, committee, records } = app.container.experts

  app.post(
    '/experts',
    {
      schema: {
        tags,
        summary: 'Add an expert to the pool',
        body: createExpertRequest,
        response: { 201: expertResponse },
      },
    },
    async (r, reply) => reply.code(201).send(await pool.create(r.principal, r.body)),
  )
  app.get(
    '/experts',
    {
      schema: {
        tags,
        summary: 'The pool (personal data masked)',
        response: { 200: z.array(expertResponse) },
      },
    },
    async (r) => pool.list(r.principal),
  )
  app.get(
    '/experts/:id',
    { schema: { tags, summary: 'One expert in full (audited)', params, response: { 200: expertResponse } } },
    async (r) => pool.get(r.principal, r.params.id, r.ip),
  )
  app.post(
    '/experts/:id/availability',
    {
      schema: {
        tags,
        summary: 'Mark an expert available or not',
        params,
        body: expertAvailabilityRequest,
        response: { 200: expertResponse },
      },
    },
    async (r) => pool.setAvailability(r.principal, r.params.id, r.body.isAvailable),
  )
  app.post(
    '/trading/lots/:id/committee/draw',
    {
      schema: {
        tags,
        summary: "Draw and invite a lot's evaluation committee (answers counts, never names)",
        params,
        body: drawRequest,
        response: { 201: drawResponse },
      },
    },
    async (r, reply) => reply.code(201).send(await committee.drawCommittee(r.principal, r.params.id, r.body)),
  )
  app.get(
    '/trading/lots/:id/committee',
    {
      schema: {
        tags,
        summary: "A lot's committee with names (supervising department; 404 to others until the award)",
        params,
        response: { 200: committeeResponse },
      },
    },
    async (r) => records.committee(r.principal, r.params.id, r.ip),
  )
  app.get(
    '/trading/lots/:id/committee/counts',
    {
      schema: {
        tags,
        summary: "A lot's committee in counts (center staff; never names)",
        params,
        response: { 200: committeeCountsResponse },
      },
    },
    async (r) => committee.counts(r.principal, r.params.id),
  )
  app.post(
    '/trading/lots/:id/committee/check-in',
    {
      schema: {
        tags,
        summary: 'Check an expert in at the evaluation room by code',
        params,
        body: checkInRequest,
        response: { 200: checkInResponse },
      },
    },
    async (r) => committee.checkIn(r.principal, r.params.id, r.body.code),
  )
  app.get(
    '/experts/draws/:id',
    {
      schema: {
        tags,
        summary: "A draw's record (bidders' avoidance revealed after the opening)",
        params,
        response: { 200: drawRecordResponse },
      },
    },
    async (r) => records.drawRecord(r.principal, r.params.id, r.ip),
  )
  app.post(
    '/experts/draws/:id/verify',
    {
      schema: {
        tags,
        summary: 'Repeat a draw from its record',
        params,
        response: { 200: drawVerifyResponse },
      },
    },
    async (r) => records.verifyDraw(r.principal, r.params.id, r.ip),
  )
}
