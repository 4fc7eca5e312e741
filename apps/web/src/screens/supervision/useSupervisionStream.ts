import { useQueryClient } from '@tanstack/react-query'
import { useEventStream } from '../../api/events'
import { supervisionKeys } from '../../api/supervision'

/** Refetches every supervision figure when the server says something changed (`supervision.changed`, `supervision.alert`). */
export function useSupervisionStream(channels: string[]) {
  const client = useQueryClient()
  const refresh = () => void client.invalidateQueries({ queryKey: supervisionKeys.all })
  return useEventStream(
    channels,
    { 'supervision.changed': refresh, 'supervision.alert': refresh },
    channels.length > 0,
  )
}
