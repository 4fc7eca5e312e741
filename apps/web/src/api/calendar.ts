import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  CalendarAddResponse,
  CalendarChangeResponse,
  CalendarCountResponse,
  CalendarDayKind,
  CalendarDaysResponse,
  CalendarYearsResponse,
  ImportCalendarYearResponse,
} from '@yimin/shared'
import { api, del, post, put, query, seg } from './client'

const keys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  days: (year: number) => ['calendar', 'days', year] as const,
  add: (from: string, days: number) => ['calendar', 'add', from, days] as const,
  count: (from: string, to: string) => ['calendar', 'count', from, to] as const,
}

/** Loaded years and whether the current or next one is missing (the admin warning). */
export function useCalendarYears() {
  return useQuery({
    queryKey: keys.years,
    queryFn: ({ signal }) => api<CalendarYearsResponse>('/api/v1/calendar/years', { signal }),
    staleTime: 60_000,
  })
}

export function useCalendarDays(year: number) {
  return useQuery({
    queryKey: keys.days(year),
    queryFn: ({ signal }) => api<CalendarDaysResponse>(`/api/v1/calendar/days${query({ year })}`, { signal }),
  })
}

export function useWorkingDaysAdd(input: { from: string; days: number } | null) {
  return useQuery({
    queryKey: keys.add(input?.from ?? '', input?.days ?? 0),
    queryFn: ({ signal }) =>
      api<CalendarAddResponse>(`/api/v1/calendar/add${query({ from: input?.from, days: input?.days })}`, {
        signal,
      }),
    enabled: input !== null,
  })
}

export function useWorkingDaysCount(input: { from: string; to: string } | null) {
  return useQuery({
    queryKey: keys.count(input?.from ?? '', input?.to ?? ''),
    queryFn: ({ signal }) =>
      api<CalendarCountResponse>(`/api/v1/calendar/count${query({ from: input?.from, to: input?.to })}`, {
        signal,
      }),
    enabled: input !== null,
  })
}

function useCalendarMutation<I, O>(request: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useSetCalendarDay() {
  return useCalendarMutation(({ date, kind, name }: { date: string; kind: CalendarDayKind; name: string }) =>
    put<CalendarChangeResponse>(`/api/v1/calendar/days/${seg(date)}`, { kind, name }),
  )
}

export function useDeleteCalendarDay() {
  return useCalendarMutation((date: string) =>
    del<CalendarChangeResponse>(`/api/v1/calendar/days/${seg(date)}`),
  )
}

export function useImportCalendarYear() {
  return useCalendarMutation(({ year, content }: { year: number; content: string }) =>
    post<ImportCalendarYearResponse>(`/api/v1/calendar/years/${seg(year)}/import`, { content }),
  )
}
