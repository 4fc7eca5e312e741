import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  AdminMatterListItem,
  AdminMatterResponse,
  Bundle,
  BundleInput,
  CatalogImportResponse,
  MatterDocumentInput,
  MatterGuide,
  MatterLevel,
  MatterType,
  MatterVersion,
  SearchMattersResponse,
} from '@yimin/shared'
import { api, del, post, put, query, seg } from './client'

export const catalogKeys = {
  all: ['catalog'] as const,
  search: (q: SearchParams) => ['catalog', 'search', q] as const,
  guide: (code: string) => ['catalog', 'guide', code] as const,
  bundles: ['catalog', 'bundles'] as const,
  bundle: (code: string) => ['catalog', 'bundles', code] as const,
  adminList: (q: AdminListParams) => ['catalog', 'admin', 'list', q] as const,
  adminMatter: (id: string) => ['catalog', 'admin', 'matter', id] as const,
  version: (id: string) => ['catalog', 'admin', 'version', id] as const,
}

export interface SearchParams {
  q?: string
  departmentId?: string
  level?: MatterLevel
  type?: MatterType
  page?: number
}

/** Published matters (public): name, keyword, full pinyin and initials. */
export function useMatterSearch(params: SearchParams) {
  return useQuery({
    queryKey: catalogKeys.search(params),
    queryFn: ({ signal }) =>
      api<SearchMattersResponse>(`/api/v1/catalog/matters${query({ ...params, pageSize: 20 })}`, { signal }),
    placeholderData: keepPreviousData,
  })
}

export function useMatterGuide(code: string, enabled = true) {
  return useQuery({
    queryKey: catalogKeys.guide(code),
    queryFn: ({ signal }) => api<MatterGuide>(`/api/v1/catalog/matters/${seg(code)}`, { signal }),
    enabled: enabled && Boolean(code),
  })
}

export function useBundles() {
  return useQuery({
    queryKey: catalogKeys.bundles,
    queryFn: ({ signal }) => api<{ items: Bundle[] }>('/api/v1/catalog/bundles', { signal }),
  })
}

export function useBundle(code: string) {
  return useQuery({
    queryKey: catalogKeys.bundle(code),
    queryFn: ({ signal }) => api<Bundle>(`/api/v1/catalog/bundles/${seg(code)}`, { signal }),
  })
}

export interface AdminListParams {
  q?: string
  departmentId?: string
  status?: 'draft' | 'published' | 'unpublished'
}

export function useAdminMatters(params: AdminListParams) {
  return useQuery({
    queryKey: catalogKeys.adminList(params),
    queryFn: ({ signal }) =>
      api<{ items: AdminMatterListItem[] }>(`/api/v1/catalog/admin/matters${query({ ...params })}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
  })
}

export function useAdminMatter(id: string | null) {
  return useQuery({
    queryKey: catalogKeys.adminMatter(id ?? ''),
    queryFn: ({ signal }) =>
      api<AdminMatterResponse>(`/api/v1/catalog/admin/matters/${seg(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  })
}

export function useMatterVersion(id: string | null) {
  return useQuery({
    queryKey: catalogKeys.version(id ?? ''),
    queryFn: ({ signal }) =>
      api<MatterVersion>(`/api/v1/catalog/admin/versions/${seg(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  })
}

/** After any catalog change every catalog view refetches (lists, guides, bundles). */
function useCatalogMutation<I, O>(request: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => client.invalidateQueries({ queryKey: catalogKeys.all }),
  })
}

export function useCreateMatter() {
  return useCatalogMutation((doc: MatterDocumentInput) =>
    post<AdminMatterResponse>('/api/v1/catalog/admin/matters', doc),
  )
}

export function useSaveDraft() {
  return useCatalogMutation(({ id, doc }: { id: string; doc: MatterDocumentInput }) =>
    put<AdminMatterResponse>(`/api/v1/catalog/admin/matters/${seg(id)}/draft`, doc),
  )
}

export function useDiscardDraft() {
  return useCatalogMutation((id: string) =>
    del<{ matterDeleted: boolean }>(`/api/v1/catalog/admin/matters/${seg(id)}/draft`),
  )
}

export function usePublish() {
  return useCatalogMutation((id: string) =>
    post<AdminMatterResponse>(`/api/v1/catalog/admin/matters/${seg(id)}/publish`),
  )
}

export function useSaveBundle() {
  return useCatalogMutation(({ id, input }: { id: string | null; input: BundleInput }) =>
    id
      ? put<Bundle>(`/api/v1/catalog/admin/bundles/${seg(id)}`, input)
      : post<Bundle>('/api/v1/catalog/admin/bundles', input),
  )
}

export function useDeleteBundle() {
  return useCatalogMutation((id: string) => del<{ ok: true }>(`/api/v1/catalog/admin/bundles/${seg(id)}`))
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const catalogExportUrl = '/api/v1/catalog/export.xlsx'

export function useImportCatalog() {
  return useCatalogMutation(({ bytes, mode }: { bytes: ArrayBuffer; mode: 'publish' | 'draft' }) =>
    api<CatalogImportResponse>(`/api/v1/catalog/import${query({ mode })}`, {
      method: 'POST',
      file: { bytes, type: XLSX_TYPE },
    }),
  )
}
