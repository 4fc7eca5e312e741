import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { figuresWorkbook } from './trading-excel'
import {
  answerDisputeRequest,
  tradingFiguresQuery,
  tradingFiguresResponse,
  disputeResponse,
  disputesQuery,
  acceptDisputeRequest,
  fileDisputeRequest,
  lotFactsRequest,
  lotFactsResponse,
  announcementDates,
  announcementKinds,
  announcementResponse,
  bookingResponse,
  bookingsQuery,
  createBookingRequest,
  createRoomRequest,
  createTradingOrgRequest,
  createTradingProjectRequest,
  draftAnnouncementRequest,
  openingsQuery,
  openingsResponse,
  publicAnnouncementResponse,
  publicAnnouncementsQuery,
  publicAnnouncementsResponse,
  publicTimelineResponse,
  publishAnnouncementRequest,
  roomResponse,
  timetableCheckResponse,
  timetableEditRequest,
  timetableVersionResponse,
  tradingBoardResponse,
  tradingCategories,
  tradingOrgMemberRequest,
  tradingOrgResponse,
  tradingProjectEventResponse,
  tradingProjectResponse,
  updateAnnouncementRequest,
} from '@yimin/shared'

const tags = ['trading']
const id = z.string().min(1).max(64)
const params = z.strictObject({ id })
const ok = z.object({ ok: z.literal(true) })

/**
 * The trading center (issue 18): organisations, projects, announcements with the timetable
 * check, the timetable, rooms and bookings (staff), and the public site (anonymous, rate-limited).
 */
export const tradingRoutes: FastifyPluginAsyncZod<{ publicPerMinute: number }> = async (app, opts) => {
  const { projects, announcements, timetable, venues, publicSite, board, disputes } = app.container.trading

  app.get(
    '/trading/timetable',
    {
      schema: {
        tags,
        summary: "The legal timetable in force, with each rule's legal basis",
        response: { 200: timetableVersionResponse },
      },
    },
    async () => timetable.describe(),
  )
  app.post(
    '/trading/timetable',
    {
      schema: {
        tags,
        summary: 'Publish a new timetable version (rules only ever stricter than the law)',
        body: timetableEditRequest,
        response: { 201: timetableVersionResponse },
      },
    },
    async (r, reply) => reply.code(201).send(await timetable.edit(r.principal, r.body)),
  )

  app.post(
    '/trading/organisations',
    {
      schema: {
        tags,
        summary: 'Register a tenderee or an agency',
        body: createTradingOrgRequest,
        response: { 201: tradingOrgResponse },
      },
    },
    async (r, reply) => reply.code(201).send(await projects.createOrg(r.principal, r.body)),
  )
  app.get(
    '/trading/organisations',
    { schema: { tags, summary: 'Organisations', response: { 200: z.array(tradingOrgResponse) } } },
    async (r) => projects.listOrgs(r.principal),
  )
  app.post(
    '/trading/organisations/:id/members',
    {
      schema: {
        tags,
        summary: 'Give a staff account an organisation',
        params,
        body: tradingOrgMemberRequest,
        response: { 200: ok },
      },
    },
    async (r) => {
      await projects.addMember(r.principal, r.params.id, r.body.userId)
      return { ok: true as const }
    },
  )

  app.post(
    '/trading/projects',
    {
      schema: {
        tags,
        summary: 'An agency enters a project with its lots',
        body: createTradingProjectRequest,
        response: { 201: tradingProjectResponse },
      },
    },
    async (r, reply) => reply.code(201).send(await projects.create(r.principal, r.body)),
  )
  app.get(
    '/trading/projects',
    {
      schema: {
        tags,
        summary: 'Projects the caller may see',
        response: { 200: z.array(tradingProjectResponse) },
      },
    },
    async (r) => projects.list(r.principal),
  )
  app.get(
    '/trading/projects/:id',
    { schema: { tags, summary: 'A project', params, response: { 200: tradingProjectResponse } } },
    async (r) => projects.get(r.principal, r.params.id),
  )
  app.post(
    '/trading/projects/:id/register',
    {
      schema: {
        tags,
        summary: 'The center registers the project (进场登记)',
        params,
        response: { 200: tradingProjectResponse },
      },
    },
    async (r) => projects.register(r.principal, r.params.id),
  )
  app.get(
    '/trading/projects/:id/history',
    {
      schema: {
        tags,
        summary: "The project's hash-chained history",
        params,
        response: { 200: z.array(tradingProjectEventResponse) },
      },
    },
    async (r) => projects.history(r.principal, r.params.id),
  )

  app.get(
    '/trading/projects/:id/announcements',
    {
      schema: {
        tags,
        summary: "A project's announcements, drafts included",
        params,
        response: { 200: z.array(announcementResponse) },
      },
    },
    async (r) => announcements.listOfProject(r.principal, r.params.id),
  )
  app.post(
    '/trading/projects/:id/announcements',
    {
      schema: {
        tags,
        summary: 'Draft an announcement',
        params,
        body: draftAnnouncementRequest,
        response: { 201: announcementResponse },
      },
    },
    async (r, reply) => reply.code(201).send(await announcements.draft(r.principal, r.params.id, r.body)),
  )
  app.post(
    '/trading/projects/:id/timetable-check',
    {
      schema: {
        tags,
        summary: 'Check dates against the timetable as they are typed',
        params,
        body: z.strictObject({
          kind: z.enum(announcementKinds),
          dates: announcementDates,
          publishAt: z.iso.datetime({ offset: true }).optional(),
        }),
        response: { 200: timetableCheckResponse },
      },
    },
    async (r) => announcements.check(r.principal, r.params.id, r.body),
  )
  app.patch(
    '/trading/announcements/:id',
    {
      schema: {
        tags,
        summary: 'Edit a draft',
        params,
        body: updateAnnouncementRequest,
        response: { 200: announcementResponse },
      },
    },
    async (r) => announcements.updateDraft(r.principal, r.params.id, r.body),
  )
  app.post(
    '/trading/announcements/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a draft at a set time after the timetable check (immutable after)',
        params,
        body: publishAnnouncementRequest,
        response: { 200: announcementResponse },
      },
    },
    async (r) => announcements.publish(r.principal, r.params.id, r.body),
  )

  app.post(
    '/trading/rooms',
    {
      schema: {
        tags,
        summary: 'An opening or evaluation room',
        body: createRoomRequest,
        response: { 201: roomResponse },
      },
    },
    async (r, reply) => reply.code(201).send(await venues.createRoom(r.principal, r.body)),
  )
  app.get(
    '/trading/rooms',
    { schema: { tags, summary: 'Rooms', response: { 200: z.array(roomResponse) } } },
    async (r) => venues.listRooms(r.principal),
  )
  app.post(
    '/trading/bookings',
    {
      schema: {
        tags,
        summary: 'Book a room for a lot (double bookings refused)',
        body: createBookingRequest,
        response: { 201: bookingResponse },
      },
    },
    async (r, reply) => reply.code(201).send(await venues.book(r.principal, r.body)),
  )
  app.get(
    '/trading/bookings',
    {
      schema: {
        tags,
        summary: 'Bookings in a span (staff only)',
        querystring: bookingsQuery,
        response: { 200: z.array(bookingResponse) },
      },
    },
    async (r) => venues.bookings(r.principal, r.query.from, r.query.to),
  )

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

  // ---- the public site ----
  const publicLimit = { rateLimit: { max: opts.publicPerMinute, timeWindow: 60_000 } }
  app.get(
    '/trading/public/announcements',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: 'Published announcements: filters and search (pinyin)',
        querystring: publicAnnouncementsQuery,
        response: { 200: publicAnnouncementsResponse },
      },
    },
    async (r) => publicSite.list(r.query),
  )
  app.get(
    '/trading/public/announcements/:id',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: 'A published announcement',
        params,
        response: { 200: publicAnnouncementResponse },
      },
    },
    async (r) => publicSite.get(r.params.id),
  )
  app.get(
    '/trading/public/projects/:id',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: "A project's public timeline",
        params,
        response: { 200: publicTimelineResponse },
      },
    },
    async (r) => publicSite.timeline(r.params.id),
  )
  app.get(
    '/trading/public/openings',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: "Today's or this week's openings",
        querystring: openingsQuery,
        response: { 200: openingsResponse },
      },
    },
    async (r) => publicSite.openings(r.query.span),
  )
  app.get(
    '/trading/public/feed/:category',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: 'Atom feed of a category',
        params: z.strictObject({ category: z.enum(tradingCategories) }),
      },
    },
    async (r, reply) => {
      const base = `${r.protocol}://${r.host}`
      const xml = await publicSite.feed(r.params.category, base)
      return reply
        .type('application/atom+xml; charset=utf-8')
        .header('cache-control', 'public, max-age=60')
        .send(xml)
    },
  )
}
