import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { SupervisionWall } from '@yimin/shared'
import { api } from './client'

export const wallKey = ['supervision', 'wall'] as const

/** The supervision wall's aggregates; refetched on `supervision.changed` and every minute besides. */
export function useWall() {
  return useQuery({
    queryKey: wallKey,
    queryFn: ({ signal }) => api<SupervisionWall>('/api/v1/supervision/wall', { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  })
}
