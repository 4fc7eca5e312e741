import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { CaseDetail, CaseProgress, CreateCaseRequest, caseListItemSchema } from '@yimin/shared'
import { api, post, seg } from './client'
import { useIdempotencyKey } from './idempotency'

export type CaseListItem = (typeof caseListItemSchema)['_zod']['output']
export interface ApprovalQueueItem {
  id: string
  caseId: string
  kind: 'extension' | 'special_procedure'
  days: number
  procedure: string | null
  reason: string
  requestedAt: string
}
export type DocumentKind = 'receipt' | 'correction' | 'refusal' | 'result'

export const caseKeys = {
  all: ['cases'] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  intakeQueue: ['cases', 'intake-queue'] as const,
  taskQueue: ['cases', 'task-queue'] as const,
  approvalQueue: ['cases', 'approval-queue'] as const,
  decisionQueue: ['cases', 'decision-queue'] as const,
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => api<CaseDetail>(`/api/v1/cases/${seg(id)}`, { signal }),
    retry: false,
  })
}

export function useIntakeQueue() {
  return useQuery({
    queryKey: caseKeys.intakeQueue,
    queryFn: ({ signal }) => api<CaseListItem[]>('/api/v1/cases/intake-queue', { signal }),
    refetchInterval: 30_000,
  })
}

export function useTaskQueue() {
  return useQuery({
    queryKey: caseKeys.taskQueue,
    queryFn: ({ signal }) => api<CaseListItem[]>('/api/v1/cases/task-queue', { signal }),
    refetchInterval: 30_000,
  })
}

export function useApprovalQueue(enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.approvalQueue,
    queryFn: ({ signal }) => api<ApprovalQueueItem[]>('/api/v1/cases/approval-queue', { signal }),
    enabled,
    refetchInterval: 30_000,
  })
}

/** Cases whose department tasks are all done, waiting for the approver's decision (办结). */
export function useDecisionQueue(enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.decisionQueue,
    queryFn: ({ signal }) => api<CaseListItem[]>('/api/v1/cases/decision-queue', { signal }),
    enabled,
    refetchInterval: 30_000,
  })
}

/** Every case change answers the case: it replaces the cached detail and the queues refetch. */
function useCaseMutation<I>(request: (input: I) => Promise<CaseDetail>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: (detail) => {
      client.setQueryData(caseKeys.detail(detail.id), detail)
      void client.invalidateQueries({ queryKey: caseKeys.intakeQueue })
      void client.invalidateQueries({ queryKey: caseKeys.taskQueue })
      void client.invalidateQueries({ queryKey: caseKeys.approvalQueue })
      void client.invalidateQueries({ queryKey: caseKeys.decisionQueue })
    },
  })
}

export function useCreateCase() {
  const withKey = useIdempotencyKey()
  return useCaseMutation((input: CreateCaseRequest) =>
    withKey((idempotencyKey) =>
      api<CaseDetail>('/api/v1/cases', { method: 'POST', body: input, idempotencyKey }),
    ),
  )
}

/** The case actions under /cases/:id/<path> (correction, accept, refuse, supplement …). */
export type CaseActionPath =
  | 'deferred-materials'
  | 'correction'
  | 'resubmit'
  | 'accept'
  | 'refuse'
  | 'withdraw'
  | 'supplement'
  | 'supply'
  | 'approvals'
  | 'special-procedure/end'
  | 'complete'
  | 'fees'
  | 'deliver'
  | 'revoke'

export function useCaseAction(caseId: string, path: CaseActionPath) {
  return useCaseMutation((body: object) => post<CaseDetail>(`/api/v1/cases/${seg(caseId)}/${path}`, body))
}

export function useCompleteTask(caseId: string) {
  return useCaseMutation(
    ({ taskId, outcome, note }: { taskId: string; outcome: 'approved' | 'denied'; note: string }) =>
      post<CaseDetail>(`/api/v1/cases/${seg(caseId)}/tasks/${seg(taskId)}/complete`, { outcome, note }),
  )
}

export function useRouteTask(caseId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ taskId, departmentId, note }: { taskId: string; departmentId: string; note: string }) =>
      post<{ caseId: string; taskId: string; holderDepartmentId: string; eventType: string }>(
        `/api/v1/cases/${seg(caseId)}/tasks/${seg(taskId)}/route`,
        { departmentId, note },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: caseKeys.all }),
  })
}

export function useDecideApproval(caseId: string) {
  return useCaseMutation(
    ({ approvalId, approve, note }: { approvalId: string; approve: boolean; note: string }) =>
      post<CaseDetail>(`/api/v1/cases/${seg(caseId)}/approvals/${seg(approvalId)}/decide`, { approve, note }),
  )
}

export const documentUrl = (caseId: string, kind: DocumentKind) =>
  `/api/v1/cases/${seg(caseId)}/documents/${kind}`

/** The public progress lookup (number + last four of the ID or phone); runs when both are given. */
export function useCaseLookup(params: { number: string; factor: string } | null) {
  return useQuery({
    queryKey: ['cases', 'lookup', params] as const,
    queryFn: ({ signal }) =>
      // a POST body, not a query: URLs end up in logs, the second factor must not
      api<CaseProgress>('/api/v1/public/cases/lookup', {
        method: 'POST',
        body: { number: params?.number, factor: params?.factor },
        signal,
      }),
    enabled: params !== null,
    retry: false,
  })
}
