import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { SmsLogDto, SmsStatus } from '@yimin/shared'
import { api } from './client'

export interface SmsLogFilter {
  status?: SmsStatus | undefined
  uncertain?: boolean | undefined
  from?: string | undefined
  to?: string | undefined
  cursor?: string | undefined
}

/** The message log (GET /api/v1/sms/messages): numbers masked, counts per status. */
export function useSmsLog(filter: SmsLogFilter) {
  const params = new URLSearchParams()
  if (filter.status) params.set('status', filter.status)
  if (filter.uncertain) params.set('uncertain', 'true')
  if (filter.from) params.set('from', filter.from)
  if (filter.to) params.set('to', filter.to)
  if (filter.cursor) params.set('cursor', filter.cursor)
  params.set('limit', '50')
  const query = params.toString()
  return useQuery({
    queryKey: ['sms-log', query],
    queryFn: ({ signal }) => api<SmsLogDto>(`/api/v1/sms/messages?${query}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  })
}
