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
