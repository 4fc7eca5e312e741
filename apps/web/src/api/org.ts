import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  Department,
  Division,
  Hall,
  QueueCategory,
  upsertAreaRequest,
  upsertDepartmentRequest,
  upsertDivisionRequest,
  upsertFacilityRequest,
  upsertFloorRequest,
  upsertHallRequest,
  upsertQueueCategoryRequest,
  upsertWindowRequest,
} from '@yimin/shared'
import { api, del, post, put, seg, type SchemaInput } from './client'

export const orgKeys = {
  divisions: ['org', 'divisions'] as const,
  departments: ['org', 'departments'] as const,
  halls: ['org', 'halls'] as const,
  categories: ['org', 'queue-categories'] as const,
}

export function useDivisions() {
  return useQuery({
    queryKey: orgKeys.divisions,
    queryFn: ({ signal }) => api<Division[]>('/api/v1/org/divisions', { signal }),
    staleTime: 60_000,
  })
}

export function useDepartments() {
  return useQuery({
    queryKey: orgKeys.departments,
    queryFn: ({ signal }) => api<Department[]>('/api/v1/org/departments', { signal }),
    staleTime: 60_000,
  })
}

export function useHalls() {
  return useQuery({
    queryKey: orgKeys.halls,
    queryFn: ({ signal }) => api<Hall[]>('/api/v1/org/halls', { signal }),
    staleTime: 30_000,
  })
}

export function useQueueCategories() {
  return useQuery({
    queryKey: orgKeys.categories,
    queryFn: ({ signal }) => api<QueueCategory[]>('/api/v1/org/queue-categories', { signal }),
    staleTime: 60_000,
  })
}

export type DivisionInput = SchemaInput<typeof upsertDivisionRequest>
export type DepartmentInput = SchemaInput<typeof upsertDepartmentRequest>
export type HallInput = SchemaInput<typeof upsertHallRequest>
export type FloorInput = SchemaInput<typeof upsertFloorRequest>
export type AreaInput = SchemaInput<typeof upsertAreaRequest>
export type WindowInput = SchemaInput<typeof upsertWindowRequest>
export type FacilityInput = SchemaInput<typeof upsertFacilityRequest>
export type QueueCategoryInput = SchemaInput<typeof upsertQueueCategoryRequest>

export function useSaveDivision() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: DivisionInput) => put<Division>(`/api/v1/org/divisions/${seg(input.code)}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.divisions }),
  })
}

export function useSaveDepartment() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: DepartmentInput }) =>
      id
        ? put<Department>(`/api/v1/org/departments/${seg(id)}`, input)
        : post<Department>('/api/v1/org/departments', input),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.departments }),
  })
}

export function useSaveQueueCategory() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: QueueCategoryInput }) =>
      id
        ? put<QueueCategory>(`/api/v1/org/queue-categories/${seg(id)}`, input)
        : post<QueueCategory>('/api/v1/org/queue-categories', input),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.categories }),
  })
}

/** Every hall change answers the whole hall, which replaces the cached one. */
function useHallMutation<I>(request: (input: I) => Promise<Hall>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: (hall) => {
      client.setQueryData<Hall[]>(orgKeys.halls, (old) =>
        old?.some((h) => h.id === hall.id)
          ? old.map((h) => (h.id === hall.id ? hall : h))
          : [...(old ?? []), hall],
      )
    },
  })
}

export function useSaveHall() {
  return useHallMutation(({ id, input }: { id: string | null; input: HallInput }) =>
    id ? put<Hall>(`/api/v1/org/halls/${seg(id)}`, input) : post<Hall>('/api/v1/org/halls', input),
  )
}

export type HallPart = 'floors' | 'areas' | 'windows' | 'facilities'
export interface HallPartInput {
  floors: FloorInput
  areas: AreaInput
  windows: WindowInput
  facilities: FacilityInput
}

export function useSaveHallPart<P extends HallPart>(part: P) {
  return useHallMutation(
    ({ hallId, partId, input }: { hallId: string; partId: string | null; input: HallPartInput[P] }) =>
      partId
        ? put<Hall>(`/api/v1/org/halls/${seg(hallId)}/${part}/${seg(partId)}`, input)
        : post<Hall>(`/api/v1/org/halls/${seg(hallId)}/${part}`, input),
  )
}

export function useDeleteFacility() {
  return useHallMutation(({ hallId, partId }: { hallId: string; partId: string }) =>
    del<Hall>(`/api/v1/org/halls/${seg(hallId)}/facilities/${seg(partId)}`),
  )
}
