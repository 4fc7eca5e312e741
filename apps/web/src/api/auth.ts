import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { LoginResponse, MeResponse, TotpEnrolmentResponse, TotpStatusResponse } from '@yimin/shared'
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

/** The password step: signed in, or (an account with TOTP) a pending token for the code step. */
export function useSignIn() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      post<LoginResponse>('/api/v1/auth/login', input),
    onSuccess: (result) => {
      if (result.kind !== 'totp-required') client.setQueryData(meKey, result)
    },
  })
}

/** The code step of a TOTP sign-in (a 6-digit code or a recovery code). */
export function useSignInCode() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { pendingToken: string; code: string }) =>
      post<MeResponse>('/api/v1/auth/login/totp', input),
    onSuccess: (me) => client.setQueryData(meKey, me),
  })
}

const totpKey = ['auth', 'totp'] as const

export function useTotpStatus() {
  return useQuery({
    queryKey: totpKey,
    queryFn: ({ signal }) => api<TotpStatusResponse>('/api/v1/auth/totp', { signal }),
  })
}

export function useBeginTotp() {
  return useMutation({
    mutationFn: () => post<TotpEnrolmentResponse>('/api/v1/auth/totp/enrol'),
  })
}

/** Switching TOTP on (answers the recovery codes) or off: both change who I am (`/me`). */
export function useConfirmTotp() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (code: string) => post<{ recoveryCodes: string[] }>('/api/v1/auth/totp/confirm', { code }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: totpKey })
      void client.invalidateQueries({ queryKey: meKey })
    },
  })
}

export function useDisableTotp() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (code: string) => post<{ ok: true }>('/api/v1/auth/totp/disable', { code }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: totpKey })
      void client.invalidateQueries({ queryKey: meKey })
    },
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
