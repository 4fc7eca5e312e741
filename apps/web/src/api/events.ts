import { useEffect, useState } from 'react'
import type { ClientEventMap, ClientEventType } from '@yimin/shared'

export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'closed'

/** Handlers by event type; each gets the event's payload (the frame's data is the whole event: seq, channel, type, payload, at). */
export type StreamHandlers = { [K in ClientEventType]?: (payload: ClientEventMap[K]) => void }

/**
 * Listens to server-sent events on the given channels. EventSource reconnects by itself and
 * sends Last-Event-ID, so the server replays what was missed.
 */
export function useEventStream(channels: string[], handlers: StreamHandlers, enabled = true): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting')
  const key = channels.join(',')
  const handlerRef = useLatest(handlers)

  useEffect(() => {
    if (!enabled || !key) return
    const source = new EventSource(`/api/v1/events?channels=${encodeURIComponent(key)}`)
    source.onopen = () => setStatus('open')
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting')
    const types = Object.keys(handlerRef.current) as ClientEventType[]
    const listeners = types.map((type) => {
      const listener = (e: MessageEvent<string>) => {
        let payload: unknown = null
        try {
          const event = JSON.parse(e.data) as { payload?: unknown }
          payload = event && typeof event === 'object' && 'payload' in event ? event.payload : event
        } catch {
          return
        }
        const handler = handlerRef.current[type] as ((p: unknown) => void) | undefined
        handler?.(payload)
      }
      source.addEventListener(type, listener)
      return [type, listener] as const
    })
    return () => {
      for (const [type, listener] of listeners) source.removeEventListener(type, listener)
      source.close()
    }
  }, [key, enabled, handlerRef])

  return status
}

function useLatest<T>(value: T): { current: T } {
  const [ref] = useState(() => ({ current: value }))
  ref.current = value
  return ref
}
