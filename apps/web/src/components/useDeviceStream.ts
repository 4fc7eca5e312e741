import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { meKey, type DeviceMe } from '../api/auth'
import { useEventStream, type StreamHandlers, type StreamStatus } from '../api/events'

/**
 * A device screen's live stream. The device's own channel always comes along, so a revoked
 * credential sends the screen back to activation at once.
 */
export function useDeviceStream(
  me: DeviceMe,
  channels: string[],
  handlers: StreamHandlers = {},
): StreamStatus {
  const client = useQueryClient()
  const all = useMemo(() => [...new Set([`device:${me.deviceId}`, ...channels])], [me.deviceId, channels])
  return useEventStream(all, {
    ...handlers,
    'device.revoked': () => void client.invalidateQueries({ queryKey: meKey }),
  })
}
