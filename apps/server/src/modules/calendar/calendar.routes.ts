import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  calendarAddQuery,
  calendarAddResponse,
  calendarChangeResponse,
  calendarCountQuery,
  calendarCountResponse,
  calendarDate,
  calendarDaysQuery,
  calendarDaysResponse,
  calendarYearsResponse,
  importCalendarYearRequest,
  importCalendarYearResponse,
  setCalendarDayRequest,
} from '@yimin/shared'

const dateParams = z.strictObject({ date: calendarDate })
const yearParams = z.strictObject({ year: z.coerce.number().int() })

/** The working-day calendar: a public calculator and the loaded years; admins edit and import. */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { calendar } = app.container

  app.get(
    '/calendar/add',
    {
      schema: {
        tags: ['calendar'],
        summary: 'The date N working days after a date (the start day not counted)',
        querystring: calendarAddQuery,
        response: { 200: calendarAddResponse },
      },
    },
    async (request) => calendar.add(request.query.from, request.query.days),
  )

  app.get(
    '/calendar/count',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Working days from a date (not counted) to a date (counted)',
        querystring: calendarCountQuery,
        response: { 200: calendarCountResponse },
      },
    },
    async (request) => calendar.count(request.query.from, request.query.to),
  )

  app.get(
    '/calendar/years',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Loaded years; the current or next year missing is a warning',
        response: { 200: calendarYearsResponse },
      },
    },
    async () => calendar.yearsStatus(),
  )

  app.get(
    '/calendar/days',
    {
      schema: {
        tags: ['calendar'],
        summary: "A year's holidays and make-up working days",
        querystring: calendarDaysQuery,
        response: { 200: calendarDaysResponse },
      },
    },
    async (request) => calendar.listDays(request.query.year),
  )

  app.put(
    '/calendar/days/:date',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Set a holiday or make-up working day (admin)',
        params: dateParams,
        body: setCalendarDayRequest,
        response: { 200: calendarChangeResponse },
      },
    },
    async (request) => calendar.setDay(request.principal, request.params.date, request.body),
  )

  app.delete(
    '/calendar/days/:date',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Remove a holiday or make-up working day (admin)',
        params: dateParams,
        response: { 200: calendarChangeResponse },
      },
    },
    async (request) => calendar.deleteDay(request.principal, request.params.date),
  )

  app.post(
    '/calendar/years/:year/import',
    {
      schema: {
        tags: ['calendar'],
        summary:
          "Import a year's schedule (lines `date,kind,name`), replacing its days; marks the year loaded (admin)",
        params: yearParams,
        body: importCalendarYearRequest,
        response: { 200: importCalendarYearResponse },
      },
    },
    async (request) => calendar.importYear(request.principal, request.params.year, request.body.content),
  )
}
