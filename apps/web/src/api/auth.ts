import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MeResponse } from '@yimin/shared'
import { api, post } from './client'

export type StaffMe = Extract<MeResponse, { kind: 'staff' }>
export type DeviceMe = Extract<MeResponse, { kind: 'device' }>

export const meKey = ['me'] as const

export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => api<MeResponse>('/api/v1/me', { signal }),
    staleTime: 30_000,
  })
}

export function useSignIn() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      post<MeResponse>('/api/v1/auth/login', input),
    onSuccess: (me) => client.setQueryData(meKey, me),
  })
}

export function useSignOut() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => post<{ ok: true }>('/api/v1/auth/logout'),
    onSuccess: () => {
      client.clear()
      client.setQueryData(meKey, { kind: 'anonymous' } satisfies MeResponse)
    },
  })
}

export function useActivateDevice() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (credential: string) => post<MeResponse>('/api/v1/device-session', { credential }),
    onSuccess: (me) => client.setQueryData(meKey, me),
  })
}

export function useDeactivateDevice() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => api<{ ok: true }>('/api/v1/device-session', { method: 'DELETE' }),
    onSuccess: () => client.setQueryData(meKey, { kind: 'anonymous' } satisfies MeResponse),
  })
}

export function useSetupStatus() {
  return useQuery({
    queryKey: ['setup'],
    queryFn: ({ signal }) => api<{ isSetupNeeded: boolean }>('/api/v1/setup', { signal }),
  })
}

export function useCompleteSetup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { setupCode: string; username: string; displayName: string; password: string }) =>
      post<unknown>('/api/v1/setup', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['setup'] }),
  })
}
