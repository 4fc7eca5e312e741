import { useEffect, useState } from 'react'
import type { ClientEventType } from '@yimin/shared'

export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'closed'

/**
 * Listens to server-sent events on the given channels. EventSource reconnects by itself and
 * sends Last-Event-ID, so the server replays what was missed.
 */
export function useEventStream(channels: string[], handlers: Partial<Record<ClientEventType, (data: unknown) => void>>, enabled = true): StreamStatus {
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
        let data: unknown = null
        try {
          data = JSON.parse(e.data)
        } catch {
          data = null
        }
        handlerRef.current[type]?.(data)
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
