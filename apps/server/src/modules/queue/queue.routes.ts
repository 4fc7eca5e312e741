import fs from 'node:fs'
import path from 'node:path'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  appointmentCodeRequest,
  appointmentResponse,
  availabilityResponse,
  bookAppointmentRequest,
  citizenBookAppointmentRequest,
  hallQueueStateResponse,
  issueTicketRequest,
  myAppointmentResponse,
  pauseRequest,
  queueCategorySettingsSchema,
  queuePolicyResponse,
  queuePolicySchema,
  queueStatsQuery,
  queueStatsResponse,
  slotResponse,
  ticketResponse,
  transferRequest,
  updateQueueCategoryRequest,
  upsertSlotsRequest,
  windowActionTicket,
  windowStateResponse,
} from '@yimin/shared'
import { AppError } from '../../platform/errors'
import { allSegments } from './voice'

const tags = ['queue']
const id = z.string().min(1).max(64)
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const windowParams = z.strictObject({ windowId: id })
const windowState = { 200: windowStateResponse }

/** The queue API: tickets, window actions, displays, appointments, settings, statistics, voice. */
export const queueRoutes: FastifyPluginAsyncZod = async (app) => {
  const { tickets, windows, appointments, admin, stats, voiceDir } = app.container.queue

  // --- tickets ---
  app.post(
    '/queue/tickets',
    {
      schema: {
        tags,
        summary: 'Take a ticket (kiosk, portal, staff)',
        body: issueTicketRequest,
        response: { 200: ticketResponse },
      },
      config: { idempotent: true },
    },
    async (request) => tickets.issue(request.principal, request.body),
  )
  app.get(
    '/queue/tickets/:id',
    {
      schema: {
        tags,
        summary: 'A ticket’s status: with its QR token (public) or as staff',
        params: z.strictObject({ id }),
        querystring: z.strictObject({ token: z.string().max(100).optional() }),
        response: { 200: ticketResponse },
      },
    },
    async (request) => tickets.get(request.principal, request.params.id, request.query.token ?? null),
  )
  app.post(
    '/queue/tickets/:id/cancel',
    {
      schema: {
        tags,
        summary: 'The holder gives up the ticket (QR page)',
        params: z.strictObject({ id }),
        body: z.strictObject({ token: z.string().max(100) }),
        response: { 200: ticketResponse },
      },
    },
    async (request) => tickets.cancel(request.params.id, request.body.token),
  )
  app.get(
    '/queue/availability',
    {
      schema: {
        tags,
        summary: 'Kiosk: categories open now, numbers and appointment places left today, the wait',
        response: { 200: availabilityResponse },
      },
    },
    async () => appointments.availability(),
  )

  // --- window actions (counter panel) ---
  app.get(
    '/queue/windows/:windowId',
    {
      schema: {
        tags,
        summary: 'A window’s state (counter panel, window display)',
        params: windowParams,
        response: windowState,
      },
    },
    async (request) => windows.state(request.principal, request.params.windowId),
  )
  app.post(
    '/queue/windows/:windowId/call-next',
    {
      schema: {
        tags,
        summary: 'Call the next ticket by the calling policy',
        params: windowParams,
        body: z.strictObject({}),
        response: windowState,
      },
    },
    async (request) => windows.callNext(request.principal, request.params.windowId),
  )
  const ticketAction = (
    name: string,
    summary: string,
    run: (principal: never, windowId: string, ticketId: string) => ReturnType<typeof windows.recall>,
  ) =>
    app.post(
      `/queue/windows/:windowId/${name}`,
      { schema: { tags, summary, params: windowParams, body: windowActionTicket, response: windowState } },
      async (request) => run(request.principal as never, request.params.windowId, request.body.ticketId),
    )
  ticketAction('recall', 'Call the current ticket again', (p, w, t) => windows.recall(p, w, t))
  ticketAction('no-show', 'Mark the current ticket absent (after the category’s recalls)', (p, w, t) =>
    windows.noShow(p, w, t),
  )
  ticketAction('start', 'The person arrived: service starts', (p, w, t) => windows.start(p, w, t))
  ticketAction('finish', 'Service finished (lights up the rating pad)', (p, w, t) => windows.finish(p, w, t))
  app.post(
    '/queue/windows/:windowId/transfer',
    {
      schema: {
        tags,
        summary: 'Transfer the current ticket to another category or window (keeps number and arrival)',
        params: windowParams,
        body: windowActionTicket.extend(transferRequest.shape),
        response: windowState,
      },
    },
    async (request) =>
      windows.transfer(request.principal, request.params.windowId, request.body.ticketId, {
        categoryId: request.body.categoryId,
        windowId: request.body.windowId,
      }),
  )
  app.post(
    '/queue/windows/:windowId/pause',
    {
      schema: {
        tags,
        summary: 'Pause with a reason',
        params: windowParams,
        body: pauseRequest,
        response: windowState,
      },
    },
    async (request) => windows.pause(request.principal, request.params.windowId, request.body.reason),
  )
  app.post(
    '/queue/windows/:windowId/resume',
    {
      schema: {
        tags,
        summary: 'Resume after a pause',
        params: windowParams,
        body: z.strictObject({}),
        response: windowState,
      },
    },
    async (request) => windows.resume(request.principal, request.params.windowId),
  )
  app.post(
    '/queue/windows/:windowId/close',
    {
      schema: {
        tags,
        summary: 'Sign the window off for the day',
        params: windowParams,
        body: z.strictObject({}),
        response: windowState,
      },
    },
    async (request) => windows.close(request.principal, request.params.windowId),
  )

  // --- displays ---
  app.get(
    '/queue/halls/:hallId/state',
    {
      schema: {
        tags,
        summary: 'Hall display: recent calls, waiting per category, windows',
        params: z.strictObject({ hallId: id }),
        response: { 200: hallQueueStateResponse },
      },
    },
    async (request) => admin.hallState(request.principal, request.params.hallId),
  )
  const voice = new Map<string, Buffer>()
  const known = new Set(allSegments())
  app.get(
    '/queue/voice/:file',
    {
      schema: {
        tags,
        summary: 'A voice segment (Ogg Opus) of the spoken call',
        params: z.strictObject({ file: z.string().regex(/^[a-z0-9-]{1,32}\.ogg$/) }),
      },
    },
    async (request, reply) => {
      const file = request.params.file
      if (!known.has(file)) throw new AppError('NOT_FOUND', 'no such voice segment')
      let body = voice.get(file)
      if (!body) {
        body = await fs.promises.readFile(path.join(voiceDir, file))
        voice.set(file, body)
      }
      return reply.type('audio/ogg').header('cache-control', 'public, max-age=86400').send(body)
    },
  )

  // --- appointments ---
  app.get(
    '/queue/slots',
    {
      schema: {
        tags,
        summary: 'Appointment slots between two dates',
        querystring: z.strictObject({ from: date, to: date, categoryId: id.optional() }),
        response: { 200: z.array(slotResponse) },
      },
    },
    async (request) =>
      appointments.listSlots(request.query.from, request.query.to, request.query.categoryId ?? null),
  )
  app.put(
    '/queue/slots',
    {
      schema: {
        tags,
        summary: 'Create or change a day’s slots of a category (admin)',
        body: upsertSlotsRequest,
        response: { 200: z.array(slotResponse) },
      },
    },
    async (request) => appointments.upsertSlots(request.principal, request.body),
  )
  app.delete(
    '/queue/slots/:id',
    {
      schema: {
        tags,
        summary: 'Remove a slot without bookings (admin)',
        params: z.strictObject({ id }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await appointments.deleteSlot(request.principal, request.params.id)
      return reply.code(204).send(null)
    },
  )
  app.post(
    '/queue/appointments',
    {
      schema: {
        tags,
        summary: 'Book a slot (portal, kiosk, staff); the code comes by SMS',
        body: bookAppointmentRequest,
        response: { 200: appointmentResponse },
      },
      config: { idempotent: true },
    },
    async (request) => appointments.book(request.principal, request.body),
  )
  app.post(
    '/queue/appointments/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel with the code and the ID number',
        body: appointmentCodeRequest,
        response: { 200: appointmentResponse },
      },
    },
    async (request) => appointments.cancel(request.body),
  )
  app.post(
    '/queue/appointments/check-in',
    {
      schema: {
        tags,
        summary: 'Kiosk: check in into a priority ticket',
        body: appointmentCodeRequest,
        response: { 200: ticketResponse },
      },
    },
    async (request) => appointments.checkIn(request.principal, request.body),
  )

  // --- my appointments (the signed-in citizen on the portal) ---
  app.get(
    '/citizen/appointments',
    {
      schema: {
        tags,
        summary: 'My appointments, newest day first',
        response: { 200: z.array(myAppointmentResponse) },
      },
    },
    async (request) => appointments.listMine(request.principal),
  )
  app.post(
    '/citizen/appointments',
    {
      schema: {
        tags,
        summary: 'Book a slot for myself (my phone, my bound ID); the code comes by SMS',
        body: citizenBookAppointmentRequest,
        response: { 200: appointmentResponse },
      },
      config: { idempotent: true },
    },
    async (request) => {
      const citizen = await app.container.online.citizens.require(request.principal)
      return appointments.bookAsCitizen(request.principal, citizen.id_number, request.body)
    },
  )
  app.post(
    '/citizen/appointments/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel one of my appointments',
        params: z.strictObject({ id }),
        response: { 200: appointmentResponse },
      },
    },
    async (request) => appointments.cancelMine(request.principal, request.params.id),
  )

  // --- settings ---
  app.get(
    '/queue/categories',
    {
      schema: {
        tags,
        summary: 'Queue categories with their queue settings',
        response: { 200: z.array(queueCategorySettingsSchema) },
      },
    },
    async () => admin.categories(),
  )
  app.patch(
    '/queue/categories/:id',
    {
      schema: {
        tags,
        summary: 'Change a category’s queue settings (admin)',
        params: z.strictObject({ id }),
        body: updateQueueCategoryRequest,
        response: { 200: queueCategorySettingsSchema },
      },
    },
    async (request) => admin.updateCategory(request.principal, request.params.id, request.body),
  )
  app.get(
    '/queue/policy',
    { schema: { tags, summary: 'The calling policy, explained', response: { 200: queuePolicyResponse } } },
    async () => admin.policy(),
  )
  app.put(
    '/queue/policy',
    {
      schema: {
        tags,
        summary: 'Change the calling policy (admin)',
        body: queuePolicySchema,
        response: { 200: queuePolicyResponse },
      },
    },
    async (request) => admin.updatePolicy(request.principal, request.body),
  )

  // --- statistics ---
  app.get(
    '/queue/stats',
    {
      schema: {
        tags,
        summary: 'Waiting and service times, no-shows, estimate error by category, window, clerk, hour',
        querystring: queueStatsQuery,
        response: { 200: queueStatsResponse },
      },
    },
    async (request) => stats.stats(request.principal, request.query.from, request.query.to),
  )
  app.get(
    '/queue/stats/export',
    { schema: { tags, summary: 'The statistics as an Excel workbook', querystring: queueStatsQuery } },
    async (request, reply) => {
      const buf = await stats.exportXlsx(request.principal, request.query.from, request.query.to)
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="queue-${request.query.from}-${request.query.to}.xlsx"`,
        )
        .send(buf)
    },
  )
}
