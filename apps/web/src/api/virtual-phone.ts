import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, post } from './client'

export interface PhoneNumberEntry {
  phone: string
  phoneMasked: string
  lastAt: string
}

export interface PhoneMessage {
  id: string
  direction: 'out' | 'in'
  body: string
  at: string
  status: string
}

export const virtualPhoneKey = ['virtual-phone'] as const
const base = '/api/v1/virtual-phone/numbers'

export function useVirtualNumbers() {
  return useQuery({
    queryKey: [...virtualPhoneKey, 'numbers'],
    queryFn: ({ signal }) => api<PhoneNumberEntry[]>(base, { signal }),
  })
}

export function useConversation(phone: string | null) {
  return useQuery({
    queryKey: [...virtualPhoneKey, 'messages', phone],
    queryFn: ({ signal }) =>
      api<PhoneMessage[]>(`${base}/${encodeURIComponent(phone ?? '')}/messages`, { signal }),
    enabled: phone !== null,
  })
}

export function useSendReply(phone: string | null) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: string) =>
      post<{ id: string; outcome: string }>(`${base}/${encodeURIComponent(phone ?? '')}/replies`, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: virtualPhoneKey }),
  })
}

/** A voice call to a virtual phone (the demo's voice outbox: VOICE_PROVIDER=outbox). */
export interface PhoneCall {
  id: string
  body: string
  keys: string[]
  /** queued, placed (ringing), answered, failed, cancelled */
  status: string
  keyPressed: string | null
  at: string
}

export function useVoiceCalls(phone: string | null) {
  return useQuery({
    queryKey: [...virtualPhoneKey, 'calls', phone],
    queryFn: ({ signal }) => api<PhoneCall[]>(`${base}/${encodeURIComponent(phone ?? '')}/calls`, { signal }),
    enabled: phone !== null,
  })
}

export function usePressKey() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ callId, key }: { callId: string; key: string }) =>
      post<PhoneCall>(`/api/v1/virtual-phone/calls/${encodeURIComponent(callId)}/keys`, { key }),
    onSuccess: () => client.invalidateQueries({ queryKey: virtualPhoneKey }),
  })
}
