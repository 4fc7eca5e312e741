import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  AppealResponse,
  PadClerk,
  AppealStatus,
  callbackRequest,
  caseRatingRequest,
  padRatingRequest,
  RatingResponse,
  RectificationResponse,
  RectificationStatus,
  ticketRatingRequest,
} from '@yimin/shared'
import { api, post, query, seg, type SchemaInput } from './client'

/** The ratings API (好差评) as the screens use it. */
const base = '/api/v1/ratings'
const keys = {
  rectifications: ['ratings', 'rectifications'] as const,
  appeals: ['ratings', 'appeals'] as const,
}

export type PadRatingInput = SchemaInput<typeof padRatingRequest>
export type CaseRatingInput = SchemaInput<typeof caseRatingRequest>
export type TicketRatingInput = SchemaInput<typeof ticketRatingRequest>
export type CallbackInput = SchemaInput<typeof callbackRequest>

const ratePad = (input: PadRatingInput) => post<RatingResponse>(`${base}/pad`, input)
const rateCase = (input: CaseRatingInput) => post<RatingResponse>(`${base}/case`, input)
const rateTicket = (input: TicketRatingInput) => post<RatingResponse>(`${base}/ticket`, input)

/** A rating on the window's pad (评价器). */
export const useRatePad = () => useMutation({ mutationFn: ratePad })

/** A rating of a case (by its number and second factor) or of a ticket (by its token). */
export function useRateCaseOrTicket(onSuccess: (r: RatingResponse) => void) {
  return useMutation({
    mutationFn: (input: { case: CaseRatingInput } | { ticket: TicketRatingInput }) =>
      'ticket' in input ? rateTicket(input.ticket) : rateCase(input.case),
    onSuccess,
  })
}

export const padClerkKey = ['ratings', 'pad', 'clerk'] as const

/** Who serves at the pad's window, refetched when the window changes (the pad listens for it). */
export function usePadClerk() {
  return useQuery({
    queryKey: padClerkKey,
    queryFn: ({ signal }) => api<{ clerk: PadClerk | null }>(`${base}/pad/clerk`, { signal }),
    refetchInterval: 5 * 60_000,
  })
}

export function useRectifications(status: RectificationStatus | undefined) {
  return useQuery({
    queryKey: [...keys.rectifications, status ?? 'all'],
    queryFn: ({ signal }) =>
      api<{ items: RectificationResponse[] }>(`${base}/rectifications${query({ status })}`, { signal }),
    refetchInterval: 60_000,
  })
}

function useRectificationStep<I>(step: 'callback' | 'close' | 'appeal') {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: I }) =>
      post<RectificationResponse>(`${base}/rectifications/${seg(id)}/${step}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.rectifications }),
  })
}
export const useCallback = () => useRectificationStep<CallbackInput>('callback')
export const useCloseRectification = () => useRectificationStep<{ note: string }>('close')
export const useAppeal = () => useRectificationStep<{ reason: string }>('appeal')

export function useAppeals(status: AppealStatus | undefined) {
  return useQuery({
    queryKey: [...keys.appeals, status ?? 'all'],
    queryFn: ({ signal }) =>
      api<{ items: AppealResponse[] }>(`${base}/appeals${query({ status })}`, { signal }),
    refetchInterval: 60_000,
  })
}

export function useDecideAppeal() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, decision, note }: { id: string; decision: 'upheld' | 'rejected'; note: string }) =>
      post<AppealResponse>(`${base}/appeals/${seg(id)}/decide`, { decision, note }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ratings'] }),
  })
}
