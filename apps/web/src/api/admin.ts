import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { DeviceKind, DeviceResponse, Role, RoleGrant, UserResponse } from '@yimin/shared'
import { api, post, put } from './client'

const usersKey = ['users'] as const
const devicesKey = ['devices'] as const

export function useUsers(enabled = true) {
  return useQuery({
    queryKey: usersKey,
    queryFn: ({ signal }) => api<UserResponse[]>('/api/v1/users', { signal }),
    enabled,
  })
}

export function useDevices(enabled = true) {
  return useQuery({
    queryKey: devicesKey,
    queryFn: ({ signal }) => api<DeviceResponse[]>('/api/v1/devices', { signal }),
    enabled,
  })
}

export interface NewUser {
  username: string
  displayName: string
  password: string
  roles: Role[]
  /** optional mobile number for supervision alerts by SMS */
  phone?: string | undefined
  /** 工号, shown on the window's rating pad */
  staffNumber?: string | undefined
}

export function useCreateUser() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (u: NewUser) =>
      post<UserResponse>('/api/v1/users', {
        username: u.username,
        displayName: u.displayName,
        password: u.password,
        grants: u.roles.map((role) => ({ role, departmentId: null })),
        ...(u.phone ? { phone: u.phone } : {}),
        ...(u.staffNumber ? { staffNumber: u.staffNumber } : {}),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  })
}

export function useSetUserDisabled() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: string; isDisabled: boolean }) =>
      post<UserResponse>(
        `/api/v1/users/${encodeURIComponent(input.id)}/${input.isDisabled ? 'disable' : 'enable'}`,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  })
}

export function useRegisterDevice() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { kind: DeviceKind; name: string }) =>
      post<{ device: DeviceResponse; credential: string }>('/api/v1/devices', {
        kind: input.kind,
        name: input.name,
        windowId: null,
        areaId: null,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: devicesKey }),
  })
}

export function useRevokeDevice() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => post<DeviceResponse>(`/api/v1/devices/${encodeURIComponent(id)}/revoke`),
    onSuccess: () => client.invalidateQueries({ queryKey: devicesKey }),
  })
}

/** Signs every browser of a device out (its credential stays valid for a new activation). */
export function useEndDeviceSessions() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      post<DeviceResponse>(`/api/v1/devices/${encodeURIComponent(id)}/sessions/end`),
    onSuccess: () => client.invalidateQueries({ queryKey: devicesKey }),
  })
}

export function useSetGrants() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: string; grants: RoleGrant[] }) =>
      put<UserResponse>(`/api/v1/users/${encodeURIComponent(input.id)}/grants`, { grants: input.grants }),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  })
}

export function useSetUserPhone() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: string; phone: string | null }) =>
      put<UserResponse>(`/api/v1/users/${encodeURIComponent(input.id)}/phone`, { phone: input.phone }),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  })
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (input: { id: string; password: string }) =>
      post<{ ok: true }>(`/api/v1/users/${encodeURIComponent(input.id)}/password`, {
        password: input.password,
      }),
  })
}

/** Removes another account's TOTP (a lost phone); its sessions end. */
export function useResetUserTotp() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => post<{ ok: true }>(`/api/v1/users/${encodeURIComponent(id)}/totp/reset`),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  })
}

export function useBindDevice() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: string; windowId: string | null; areaId: string | null }) =>
      put<DeviceResponse>(`/api/v1/devices/${encodeURIComponent(input.id)}/binding`, {
        windowId: input.windowId,
        areaId: input.areaId,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: devicesKey }),
  })
}
