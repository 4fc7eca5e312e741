import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { channels as channelNames, type ClientEvent } from '@yimin/shared'
import { AppError } from '../../platform/errors'
import { canListen } from './channel-policy'

const HEARTBEAT_MS = 15_000

/** One event goes to many clients (a call to 500 displays): build its SSE frame once. */
const frames = new WeakMap<ClientEvent, string>()
function frameOf(event: ClientEvent): string {
  let frame = frames.get(event)
  if (!frame) {
    frame = `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`
    frames.set(event, frame)
  }
  return frame
}
const channelPattern = /^[a-z-]+(:[A-Za-z0-9_-]{1,64})?$/

/**
 * Server-sent events. The browser's EventSource reconnects by itself and sends Last-Event-ID;
 * the bus replays what the client missed, then streams live events.
 */
export const eventsRoutes: FastifyPluginAsyncZod<{ virtualPhoneOpen: boolean }> = async (app, opts) => {
  const { bus, instanceId, clock } = app.container
  const open = new Set<() => void>()
  app.addHook('onClose', async () => {
    for (const close of [...open]) close()
  })

  app.get(
    '/events',
    {
      schema: {
        tags: ['realtime'],
        summary: 'Live events (text/event-stream)',
        querystring: z.strictObject({
          channels: z
            .string()
            .max(1000)
            .transform((s) => s.split(',').filter(Boolean))
            .pipe(z.array(z.string().regex(channelPattern)).min(1).max(20)),
          after: z.coerce.number().int().min(0).optional(),
        }),
      },
    },
    async (request, reply) => {
      const principal = request.principal
      const wanted = [...new Set(request.query.channels)]
      for (const ch of wanted) {
        if (!canListen(principal, ch, { virtualPhoneOpen: opts.virtualPhoneOpen })) {
          throw new AppError('REALTIME_CHANNEL_FORBIDDEN', `not allowed to listen to ${ch}`, { channel: ch })
        }
      }
      if (principal.kind === 'device') wanted.push(channelNames.device(principal.deviceId))
      const lastEventId = Number(request.headers['last-event-id'] ?? request.query.after ?? Number.NaN)
      const after = Number.isInteger(lastEventId) && lastEventId >= 0 ? lastEventId : null

      reply.hijack()
      const res = reply.raw
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      })
      const write = (e: { id?: number; event: string; data: unknown }) => {
        const id = e.id === undefined ? '' : `id: ${e.id}\n`
        res.write(`${id}event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`)
      }
      res.write('retry: 2000\n\n')
      write({ event: 'system.hello', data: { instanceId, serverTime: clock.now().toISOString() } })

      let closed = false
      const close = () => {
        if (closed) return
        closed = true
        open.delete(close)
        unsubscribe()
        clearInterval(heartbeat)
        res.end()
      }
      const unsubscribe = bus.subscribe(wanted, after, (event: ClientEvent) => {
        if (closed) return
        res.write(frameOf(event))
        if (event.type === 'device.revoked') close()
      })
      const heartbeat = setInterval(() => res.write(`: ping\n\n`), HEARTBEAT_MS)
      heartbeat.unref()
      open.add(close)
      request.raw.on('close', close)
    },
  )
}
