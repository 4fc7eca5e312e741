import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  announcementDates,
  announcementKinds,
  announcementResponse,
  createTradingOrgRequest,
  createTradingProjectRequest,
  draftAnnouncementRequest,
  publishAnnouncementRequest,
  timetableCheckResponse,
  timetableEditRequest,
  timetableVersionResponse,
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
 * The trading center (issue 18): the timetable, organisations, projects and announcements with
 * the timetable check. Rooms, supervision and the public site have their own route files.
 */
export const tradingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { projects, announcements, timetable } = app.container.trading

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
}
