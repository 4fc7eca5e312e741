import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  openingsQuery,
  openingsResponse,
  publicAnnouncementResponse,
  publicAnnouncementsQuery,
  publicAnnouncementsResponse,
  publicTimelineResponse,
  tradingCategories,
} from '@yimin/shared'

const tags = ['trading']
const id = z.string().min(1).max(64)
const params = z.strictObject({ id })

/** The trading center's public site: announcements, project timelines, openings and feeds (anonymous, rate-limited). */
export const tradingPublicRoutes: FastifyPluginAsyncZod<{ publicPerMinute: number }> = async (app, opts) => {
  const { publicSite } = app.container.trading

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
