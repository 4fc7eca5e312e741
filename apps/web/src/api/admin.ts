import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { DeviceKind, DeviceResponse, Role, UserResponse } from '@yimin/shared'
import { api, post } from './client'

const usersKey = ['users'] as const
const devicesKey = ['devices'] as const

export function useUsers(enabled = true) {
  return useQuery({ queryKey: usersKey, queryFn: ({ signal }) => api<UserResponse[]>('/api/v1/users', { signal }), enabled })
}

export function useDevices(enabled = true) {
  return useQuery({ queryKey: devicesKey, queryFn: ({ signal }) => api<DeviceResponse[]>('/api/v1/devices', { signal }), enabled })
}

export interface NewUser {
  username: string
  displayName: string
  password: string
  roles: Role[]
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
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  })
}

export function useSetUserDisabled() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: string; isDisabled: boolean }) =>
      post<UserResponse>(`/api/v1/users/${encodeURIComponent(input.id)}/${input.isDisabled ? 'disable' : 'enable'}`),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  })
}

export function useRegisterDevice() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { kind: DeviceKind; name: string }) =>
      post<{ device: DeviceResponse; credential: string }>('/api/v1/devices', { kind: input.kind, name: input.name, windowId: null, areaId: null }),
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
