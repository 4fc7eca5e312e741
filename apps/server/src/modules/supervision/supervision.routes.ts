import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  alertAnswerRequest,
  alertListSchema,
  alertNoteRequest,
  alertSchema,
  alertsQuery,
  assessmentQuery,
  assessmentSchema,
  cardCloseRequest,
  cardRequest,
  cardSchema,
  cardsQuery,
  chainSealSchema,
  departmentRowSchema,
  exportTables,
  lightCasesQuery,
  lightCasesSchema,
  overviewSchema,
  periodQuery,
  periodTableSchema,
  publicPerformanceSchema,
  rankingQuery,
  rankingSchema,
  supervisionSettingsSchema,
  trendQuery,
  trendSchema,
  windowRowSchema,
} from '@yimin/shared'
import { AppError } from '../../platform/errors'
import { can } from '../auth/permissions'
import { exportTable } from './supervision-excel'

const tags = ['supervision']
const id = z.string().min(1).max(64)
const params = z.strictObject({ id })

/** Electronic supervision (电子监察): dashboard, alerts, cards, assessment, exports, the public page. */
export const supervisionRoutes: FastifyPluginAsyncZod<{ publicPerMinute: number }> = async (app, opts) => {
  const { supervision: s, clock } = app.container
  const { dashboard, performance, alerts } = s

  app.get(
    '/supervision/seal',
    {
      schema: {
        tags,
        summary: 'The latest seal of the case histories (copy it elsewhere to detect a rewrite)',
        response: { 200: chainSealSchema },
      },
    },
    async (r) => ({ seal: await app.container.cases.chain.latestFor(r.principal) }),
  )
  app.get(
    '/supervision/overview',
    {
      schema: {
        tags,
        summary: 'Live counts: today received/accepted/completed, open, yellow, red',
        response: { 200: overviewSchema },
      },
    },
    async (r) => dashboard.overview(r.principal),
  )
  app.get(
    '/supervision/cases',
    {
      schema: {
        tags,
        summary: 'Red or yellow cases (worst first, masked), a page',
        querystring: lightCasesQuery,
        response: { 200: lightCasesSchema },
      },
    },
    async (r) => dashboard.lightCases(r.principal, r.query),
  )
  app.get(
    '/supervision/cases/:id/alerts',
    {
      schema: {
        tags,
        summary: 'Alerts and cards of a case',
        params,
        response: { 200: z.object({ alerts: z.array(alertSchema), cards: z.array(cardSchema) }) },
      },
    },
    async (r) => alerts.forCase(r.principal, r.params.id),
  )
  app.get(
    '/supervision/departments',
    {
      schema: {
        tags,
        summary: 'Per department: volume, on-time rate, working days used vs promised, lights',
        querystring: periodQuery,
        response: { 200: periodTableSchema(departmentRowSchema) },
      },
    },
    async (r) => {
      const period = dashboard.period(r.query)
      return { ...period, rows: await performance.departments(r.principal, period) }
    },
  )
  app.get(
    '/supervision/windows',
    {
      schema: {
        tags,
        summary: 'Per window: volume, on-time rate, working days used vs promised',
        querystring: periodQuery,
        response: { 200: periodTableSchema(windowRowSchema) },
      },
    },
    async (r) => {
      const period = dashboard.period(r.query)
      return { ...period, rows: await performance.windows(r.principal, period) }
    },
  )
  app.get(
    '/supervision/trends',
    {
      schema: {
        tags,
        summary: 'Figures by day or month',
        querystring: trendQuery,
        response: { 200: trendSchema },
      },
    },
    async (r) => performance.trends(r.principal, dashboard.period(r.query), r.query.by, r.query.departmentId),
  )
  app.get(
    '/supervision/rankings',
    {
      schema: {
        tags,
        summary: 'Departments or windows ranked',
        querystring: rankingQuery,
        response: { 200: rankingSchema },
      },
    },
    async (r) => performance.rankings(r.principal, dashboard.period(r.query), r.query.of, r.query.by),
  )
  app.get(
    '/supervision/assessment',
    {
      schema: {
        tags,
        summary: 'Grades (优秀/良好/合格/不合格) of departments, windows or staff',
        querystring: assessmentQuery,
        response: { 200: assessmentSchema },
      },
    },
    async (r) => {
      const period = dashboard.period(r.query)
      return { ...period, of: r.query.of, ...(await performance.assessment(r.principal, period, r.query.of)) }
    },
  )
  app.get(
    '/supervision/export/:table',
    {
      schema: {
        tags,
        summary: 'A dashboard table as Excel',
        params: z.strictObject({ table: z.enum(exportTables) }),
        querystring: periodQuery,
      },
    },
    async (r, reply) => {
      const file = await exportTable(s, r.principal, r.params.table, dashboard.period(r.query))
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body)
    },
  )

  app.get(
    '/supervision/alerts',
    {
      schema: {
        tags,
        summary:
          "Alerts (department staff: their departments'; trading supervisors: their projects' trading alerts)",
        querystring: alertsQuery,
        response: { 200: alertListSchema },
      },
    },
    async (r) => alerts.list(r.principal, r.query),
  )
  app.post(
    '/supervision/alerts/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Acknowledge an alert',
        params,
        body: alertNoteRequest,
        response: { 200: alertSchema },
      },
    },
    async (r) => alerts.acknowledge(r.principal, r.params.id, r.body.note),
  )
  app.post(
    '/supervision/alerts/:id/answer',
    {
      schema: {
        tags,
        summary: 'The department answers an alert',
        params,
        body: alertAnswerRequest,
        response: { 200: alertSchema },
      },
    },
    async (r) => alerts.answer(r.principal, r.params.id, r.body.answer),
  )
  app.post(
    '/supervision/alerts/:id/close',
    {
      schema: {
        tags,
        summary: 'A supervisor closes an alert',
        params,
        body: alertNoteRequest,
        response: { 200: alertSchema },
      },
    },
    async (r) => alerts.close(r.principal, r.params.id, r.body.note),
  )

  app.get(
    '/supervision/cards',
    {
      schema: {
        tags,
        summary: 'Yellow and red cards',
        querystring: cardsQuery,
        response: { 200: z.array(cardSchema) },
      },
    },
    async (r) => alerts.listCards(r.principal, r.query),
  )
  app.post(
    '/supervision/cards',
    {
      schema: {
        tags,
        summary: 'Issue a yellow or red card (黄牌/红牌) to a department or window',
        body: cardRequest,
        response: { 200: cardSchema },
      },
    },
    async (r) => alerts.issueCard(r.principal, r.body),
  )
  app.post(
    '/supervision/cards/:id/answer',
    {
      schema: {
        tags,
        summary: 'The department answers a card',
        params,
        body: alertAnswerRequest,
        response: { 200: cardSchema },
      },
    },
    async (r) => alerts.answerCard(r.principal, r.params.id, r.body.answer),
  )
  app.post(
    '/supervision/cards/:id/close',
    {
      schema: {
        tags,
        summary: 'A supervisor closes an answered card, with a reason',
        params,
        body: cardCloseRequest,
        response: { 200: cardSchema },
      },
    },
    async (r) => alerts.closeCard(r.principal, r.params.id, r.body.reason),
  )

  app.get(
    '/supervision/settings',
    {
      schema: {
        tags,
        summary: 'Thresholds and assessment weights',
        response: { 200: supervisionSettingsSchema },
      },
    },
    async (r) => {
      dashboard.requireAll(r.principal)
      return s.settings.get()
    },
  )
  app.put(
    '/supervision/settings',
    {
      schema: {
        tags,
        summary: 'Change thresholds and assessment weights',
        body: supervisionSettingsSchema,
        response: { 200: supervisionSettingsSchema },
      },
    },
    async (r) => {
      if (!can(r.principal, 'supervision.manage'))
        throw new AppError(
          r.principal.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN',
          'missing permission supervision.manage',
        )
      const now = clock.now().toISOString()
      await app.container.database.db.transaction().execute(async (tx) => {
        await s.settings.set(r.body, now, tx)
        await app.container.audit.record(
          { actor: r.principal, action: 'supervision.settings-changed', details: r.body },
          tx,
        )
      })
      return s.settings.get()
    },
  )
  app.post(
    '/supervision/sweep',
    {
      schema: {
        tags,
        summary: 'Run the sweep now (it also runs on a schedule)',
        body: z.strictObject({}).optional(),
        response: {
          200: z.object({
            evaluated: z.number(),
            findings: z.number(),
            created: z.number(),
            resolved: z.number(),
            rolledUpRows: z.number(),
            ms: z.number(),
          }),
        },
      },
    },
    async (r) => {
      if (!can(r.principal, 'supervision.manage'))
        throw new AppError(
          r.principal.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN',
          'missing permission supervision.manage',
        )
      return s.sweep.run()
    },
  )

  app.get(
    '/public/performance',
    {
      schema: {
        tags,
        summary: 'Department performance for the public (no personal data)',
        querystring: periodQuery,
        response: { 200: publicPerformanceSchema },
      },
      config: { rateLimit: { max: opts.publicPerMinute, timeWindow: 60_000 } },
    },
    async (r) => {
      const today = app.container.calendar.today()
      return performance.publicPerformance(
        dashboard.period({
          from: r.query.from ?? (r.query.to ?? today).slice(0, 4) + '-01-01',
          to: r.query.to,
        }),
      )
    },
  )
}
