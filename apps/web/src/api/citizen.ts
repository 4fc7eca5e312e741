import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  LocalizedText,
  CitizenMe,
  DeliveryChoice,
  MyCaseDetail,
  OnlineApplication,
  SaveDraftRequest,
} from '@yimin/shared'
import { ApiError, api, post, put, seg, uploadFile } from './client'
import { useIdempotencyKey } from './idempotency'

/** The online channel's API as the portal uses it (citizen sign-in, applications, my cases). */
const meKey = ['citizen', 'me'] as const

export function useCitizen() {
  return useQuery({
    queryKey: meKey,
    queryFn: async ({ signal }) => {
      try {
        return await api<CitizenMe>('/api/v1/citizen/me', { signal })
      } catch (err) {
        if (err instanceof ApiError && err.code === 'AUTH_REQUIRED') return null
        throw err
      }
    },
    retry: false,
  })
}

export function useRequestCode() {
  return useMutation({
    mutationFn: (phone: string) =>
      post<{ phoneMasked: string; expiresAt: string; resendAfterSeconds: number }>('/api/v1/citizen/otp', {
        phone,
      }),
  })
}

export function useCitizenSignIn() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { phone: string; code: string; idNumber?: string }) =>
      post<CitizenMe>('/api/v1/citizen/sign-in', input),
    onSuccess: (me) => client.setQueryData(meKey, me),
  })
}

export function useCitizenSignOut() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => post<{ ok: true }>('/api/v1/citizen/sign-out'),
    onSuccess: () => {
      client.setQueryData(meKey, null)
      void client.invalidateQueries({ queryKey: ['citizen'] })
    },
  })
}

// ---------------------------------------------------------------- applications

const appKey = (id: string) => ['citizen', 'application', id] as const

export interface ApplicationListItem {
  id: string
  kind: 'matter' | 'bundle'
  code: string
  name: string
  status: 'draft' | 'submitted'
  bundleNumber: string | null
  updatedAt: string
  submittedAt: string | null
}

export function useApplications(enabled: boolean) {
  return useQuery({
    queryKey: ['citizen', 'applications'],
    queryFn: ({ signal }) => api<ApplicationListItem[]>('/api/v1/citizen/applications', { signal }),
    enabled,
  })
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: appKey(id),
    queryFn: ({ signal }) => api<OnlineApplication>(`/api/v1/citizen/applications/${seg(id)}`, { signal }),
  })
}

export function useCreateApplication() {
  const withKey = useIdempotencyKey()
  return useMutation({
    mutationFn: (input: { kind: 'matter' | 'bundle'; code: string }) =>
      withKey((idempotencyKey) =>
        api<OnlineApplication>('/api/v1/citizen/applications', {
          method: 'POST',
          body: input,
          idempotencyKey,
        }),
      ),
  })
}

export function useSaveApplication(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: SaveDraftRequest) =>
      put<OnlineApplication>(`/api/v1/citizen/applications/${seg(id)}`, input),
    onSuccess: (app) => client.setQueryData(appKey(id), app),
  })
}

export function useSubmitApplication(id: string) {
  const client = useQueryClient()
  const withKey = useIdempotencyKey()
  return useMutation({
    mutationFn: () =>
      withKey((idempotencyKey) =>
        api<OnlineApplication>(`/api/v1/citizen/applications/${seg(id)}/submit`, {
          method: 'POST',
          body: {},
          idempotencyKey,
        }),
      ),
    onSuccess: (app) => {
      client.setQueryData(appKey(id), app)
      void client.invalidateQueries({ queryKey: ['citizen', 'cases'] })
    },
  })
}

export function useUploadMaterial(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { key: string; file: File }) =>
      uploadFile<OnlineApplication>(
        `/api/v1/citizen/applications/${seg(id)}/materials/${seg(input.key)}/file`,
        input.file,
      ),
    onSuccess: (app) => client.setQueryData(appKey(id), app),
  })
}

export const fileUrl = (fileId: string) => `/api/v1/citizen/files/${seg(fileId)}`

// ---------------------------------------------------------------- my cases

export interface MyCaseListItem {
  id: string
  number: string
  matterName: LocalizedText
  status: MyCaseDetail['status']
  bundleNumber: string | null
  receivedOn: string
  intakeDueOn: string
  dueOn: string | null
}

const caseKey = (id: string) => ['citizen', 'cases', id] as const

export function useMyCases(enabled: boolean) {
  return useQuery({
    queryKey: ['citizen', 'cases'],
    queryFn: ({ signal }) => api<MyCaseListItem[]>('/api/v1/citizen/cases', { signal }),
    enabled,
  })
}

export function useMyCase(id: string) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: ({ signal }) => api<MyCaseDetail>(`/api/v1/citizen/cases/${seg(id)}`, { signal }),
  })
}

function useCaseChange<I>(id: string, fn: (input: I) => Promise<MyCaseDetail>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: (c) => {
      client.setQueryData(caseKey(id), c)
      void client.invalidateQueries({ queryKey: ['citizen', 'cases'], exact: true })
    },
  })
}

export const useUploadCorrection = (id: string) =>
  useCaseChange(id, (input: { position: number; file: File }) =>
    uploadFile<MyCaseDetail>(`/api/v1/citizen/cases/${seg(id)}/materials/${input.position}/file`, input.file),
  )
export const useResubmit = (id: string) =>
  useCaseChange(id, () => post<MyCaseDetail>(`/api/v1/citizen/cases/${seg(id)}/resubmit`, {}))
export const useWithdraw = (id: string) =>
  useCaseChange(id, (reason: string) =>
    post<MyCaseDetail>(`/api/v1/citizen/cases/${seg(id)}/withdraw`, { reason }),
  )
export const useSetDelivery = (id: string) =>
  useCaseChange(id, (d: DeliveryChoice) => put<MyCaseDetail>(`/api/v1/citizen/cases/${seg(id)}/delivery`, d))
export const documentUrl = (id: string, kind: string) =>
  `/api/v1/citizen/cases/${seg(id)}/documents/${seg(kind)}`
