import { useQuery } from '@tanstack/react-query'
import type { DemoHistoryStatus } from '@yimin/shared'
import { api } from './client'

/** Whether the demo history is being built; asked again every few seconds until it is done. */
export function useDemoHistory() {
  return useQuery({
    queryKey: ['demo-history'],
    queryFn: ({ signal }) => api<DemoHistoryStatus>('/api/v1/demo-history', { signal }),
    refetchInterval: (q) => (q.state.data?.state === 'building' ? 3000 : false),
    staleTime: 60_000,
  })
}
