import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  QueueCategorySettings,
  QueuePolicy,
  QueueStats,
  TicketResponse,
  WindowStateResponse,
  appointmentResponse,
  availabilityResponse,
  hallQueueStateResponse,
  queuePolicyResponse,
  slotResponse,
  updateQueueCategoryRequest,
  upsertSlotsRequest,
} from '@yimin/shared'
import { api, post, put, del, query, seg, type SchemaInput } from './client'
import { useIdempotencyKey } from './idempotency'

export type Availability = (typeof availabilityResponse)['_zod']['output']
export type CategoryAvailability = Availability[number]
export type HallQueueState = (typeof hallQueueStateResponse)['_zod']['output']
export type QueuePolicyAnswer = (typeof queuePolicyResponse)['_zod']['output']
export type Slot = (typeof slotResponse)['_zod']['output']
export type Appointment = (typeof appointmentResponse)['_zod']['output']
export type QueueCategoryPatch = SchemaInput<typeof updateQueueCategoryRequest>
export type SlotsInput = SchemaInput<typeof upsertSlotsRequest>
export type { TicketResponse, WindowStateResponse, QueueCategorySettings, QueueStats }

const base = '/api/v1/queue'

export const queueKeys = {
  all: ['queue'] as const,
  availability: ['queue', 'availability'] as const,
  ticket: (id: string) => ['queue', 'ticket', id] as const,
  window: (id: string) => ['queue', 'window', id] as const,
  hall: (id: string) => ['queue', 'hall', id] as const,
  categories: ['queue', 'categories'] as const,
  policy: ['queue', 'policy'] as const,
  slots: (from: string, to: string, categoryId: string | null) =>
    ['queue', 'slots', from, to, categoryId] as const,
  stats: (from: string, to: string) => ['queue', 'stats', from, to] as const,
}

/** A voice segment's address (the hall display plays them in order). */
export const voiceUrl = (file: string) => `${base}/voice/${seg(file)}`
/** The ticket's public status page: what its QR opens. */
export const ticketPagePath = (t: { id: string; token: string }) =>
  `/queue/ticket/${seg(t.id)}${query({ token: t.token })}`

export function useAvailability(enabled = true) {
  return useQuery({
    queryKey: queueKeys.availability,
    queryFn: ({ signal }) => api<Availability>(`${base}/availability`, { signal }),
    enabled,
    refetchInterval: 30_000,
  })
}

export function useTicket(id: string, token: string | null) {
  return useQuery({
    queryKey: queueKeys.ticket(id),
    queryFn: ({ signal }) => api<TicketResponse>(`${base}/tickets/${seg(id)}${query({ token })}`, { signal }),
    refetchInterval: 15_000,
    retry: false,
  })
}

export function useIssueTicket() {
  const client = useQueryClient()
  const withKey = useIdempotencyKey()
  return useMutation({
    mutationFn: (input: { categoryId: string; phone: string | null; idNumber: string | null }) =>
      withKey((idempotencyKey) =>
        api<TicketResponse>(`${base}/tickets`, { method: 'POST', body: input, idempotencyKey }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: queueKeys.availability }),
  })
}

export function useCancelTicket(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (token: string) => post<TicketResponse>(`${base}/tickets/${seg(id)}/cancel`, { token }),
    onSuccess: (ticket) => client.setQueryData(queueKeys.ticket(id), ticket),
  })
}

export function useCheckIn() {
  return useMutation({
    mutationFn: (input: { code: string; idNumber: string }) =>
      post<TicketResponse>(`${base}/appointments/check-in`, input),
  })
}

export function useWindowState(windowId: string | null) {
  return useQuery({
    queryKey: queueKeys.window(windowId ?? ''),
    queryFn: ({ signal }) => api<WindowStateResponse>(`${base}/windows/${seg(windowId ?? '')}`, { signal }),
    enabled: windowId !== null,
    refetchInterval: 20_000,
  })
}

export type WindowAction =
  'call-next' | 'recall' | 'no-show' | 'start' | 'finish' | 'transfer' | 'pause' | 'resume' | 'close'

/** Every window action answers the window's state, which replaces the cached one. */
export function useWindowAction(windowId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: { action: WindowAction; body?: object }) =>
      post<WindowStateResponse>(`${base}/windows/${seg(windowId)}/${action}`, body ?? {}),
    onSuccess: (state) => client.setQueryData(queueKeys.window(windowId), state),
  })
}

export function useHallQueueState(hallId: string | null) {
  return useQuery({
    queryKey: queueKeys.hall(hallId ?? ''),
    queryFn: ({ signal }) => api<HallQueueState>(`${base}/halls/${seg(hallId ?? '')}/state`, { signal }),
    enabled: hallId !== null,
    refetchInterval: 60_000,
  })
}

export function useQueueSettings() {
  return useQuery({
    queryKey: queueKeys.categories,
    queryFn: ({ signal }) => api<QueueCategorySettings[]>(`${base}/categories`, { signal }),
  })
}

export function useUpdateQueueCategory() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: QueueCategoryPatch }) =>
      api<QueueCategorySettings>(`${base}/categories/${seg(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: queueKeys.all }),
  })
}

export function useQueuePolicy() {
  return useQuery({
    queryKey: queueKeys.policy,
    queryFn: ({ signal }) => api<QueuePolicyAnswer>(`${base}/policy`, { signal }),
  })
}

export function useSaveQueuePolicy() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (policy: QueuePolicy) => put<QueuePolicyAnswer>(`${base}/policy`, policy),
    onSuccess: (p) => client.setQueryData(queueKeys.policy, p),
  })
}

export function useSlots(from: string, to: string, categoryId: string | null) {
  return useQuery({
    queryKey: queueKeys.slots(from, to, categoryId),
    queryFn: ({ signal }) => api<Slot[]>(`${base}/slots${query({ from, to, categoryId })}`, { signal }),
  })
}

export function useSaveSlots() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: SlotsInput) => put<Slot[]>(`${base}/slots`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['queue', 'slots'] }),
  })
}

export function useDeleteSlot() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => del<null>(`${base}/slots/${seg(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['queue', 'slots'] }),
  })
}

export function useQueueStats(from: string, to: string) {
  return useQuery({
    queryKey: queueKeys.stats(from, to),
    queryFn: ({ signal }) => api<QueueStats>(`${base}/stats${query({ from, to })}`, { signal }),
  })
}

export const statsExportUrl = (from: string, to: string) => `${base}/stats/export${query({ from, to })}`

/** The categories' own ticket hours (the public queue settings); null hours: the hall's. */
export function useCategoryHours() {
  return useQuery({
    queryKey: ['queue', 'categories', 'hours'],
    queryFn: ({ signal }) => api<QueueCategorySettings[]>('/api/v1/queue/categories', { signal }),
    staleTime: 60_000,
  })
}
