import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  bookingResponse,
  bookingsQuery,
  createBookingRequest,
  createRoomRequest,
  roomResponse,
} from '@yimin/shared'

const tags = ['trading']

/** The trading center's rooms and their bookings (center staff). */
export const tradingVenueRoutes: FastifyPluginAsyncZod = async (app) => {
  const { venues } = app.container.trading

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
}
