import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  CommitteeCountsResponse,
  CommitteeResponse,
  CreateExpertRequest,
  DrawRecordResponse,
  DrawRequest,
  DrawResponse,
  EvaluationStateResponse,
  ExpertResponse,
  ResultResponse,
  StartEvaluationRequest,
  awardVerificationResponse,
  drawVerifyResponse,
  evaluationReportResponse,
  memberSessionResponse,
  startEvaluationResponse,
} from '@yimin/shared'
import type { z } from 'zod'
import { api, post, seg } from './client'

export type EvaluationReport = z.infer<typeof evaluationReportResponse>
export type MemberSession = z.infer<typeof memberSessionResponse>
export type StartEvaluationResponse = z.infer<typeof startEvaluationResponse>
export type AwardVerification = z.infer<typeof awardVerificationResponse>
export type DrawVerify = z.infer<typeof drawVerifyResponse>
export type { CommitteeCountsResponse, CommitteeResponse, DrawRecordResponse, ExpertResponse, ResultResponse }

const base = '/api/v1'
const lot = (lotId: string) => `${base}/trading/lots/${seg(lotId)}`
const keys = {
  experts: ['experts'] as const,
  lot: (lotId: string) => ['evaluation', 'lot', lotId] as const,
}

// ---- the expert pool (center staff) ----

export const useExperts = () =>
  useQuery({
    queryKey: keys.experts,
    queryFn: ({ signal }) => api<ExpertResponse[]>(`${base}/experts`, { signal }),
  })

export function useCreateExpert() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateExpertRequest) => post<ExpertResponse>(`${base}/experts`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.experts }),
  })
}

export function useSetAvailability() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, isAvailable }: { id: string; isAvailable: boolean }) =>
      post<ExpertResponse>(`${base}/experts/${seg(id)}/availability`, { isAvailable }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.experts }),
  })
}

// ---- a lot's committee ----

/** Center staff: the committee in counts (never names). */
export const useCommitteeCounts = (lotId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.lot(lotId), 'counts'],
    queryFn: ({ signal }) => api<CommitteeCountsResponse>(`${lot(lotId)}/committee/counts`, { signal }),
    enabled,
    refetchInterval: 10_000,
  })

/** The supervising department (and everyone who sees the project after the award): names. */
export const useCommittee = (lotId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.lot(lotId), 'committee'],
    queryFn: ({ signal }) => api<CommitteeResponse>(`${lot(lotId)}/committee`, { signal }),
    enabled,
    retry: false,
  })

export const useDrawRecord = (drawId: string | undefined) =>
  useQuery({
    queryKey: ['experts', 'draw', drawId],
    queryFn: ({ signal }) =>
      api<DrawRecordResponse>(`${base}/experts/draws/${seg(drawId ?? '')}`, { signal }),
    enabled: drawId !== undefined,
  })

export const useVerifyDraw = () =>
  useMutation({
    mutationFn: (drawId: string) => post<DrawVerify>(`${base}/experts/draws/${seg(drawId)}/verify`),
  })

export function useDraw(lotId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: DrawRequest) => post<DrawResponse>(`${lot(lotId)}/committee/draw`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.lot(lotId) }),
  })
}

export function useCheckIn(lotId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (code: string) =>
      post<{ invitationId: string }>(`${lot(lotId)}/committee/check-in`, { code }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.lot(lotId) }),
  })
}

// ---- the evaluation (center staff) ----

export function useStartEvaluation(lotId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: StartEvaluationRequest) =>
      post<StartEvaluationResponse>(`${lot(lotId)}/evaluation`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.lot(lotId) }),
  })
}

/** Where the lot's evaluation stands: a started session is never offered to start again. */
export const useEvaluationState = (lotId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.lot(lotId), 'state'],
    queryFn: ({ signal }) => api<EvaluationStateResponse>(`${lot(lotId)}/evaluation`, { signal }),
    enabled,
  })

export const useEvaluationReport = (lotId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.lot(lotId), 'report'],
    queryFn: ({ signal }) => api<EvaluationReport>(`${lot(lotId)}/evaluation/report`, { signal }),
    enabled,
    retry: false,
  })

export function useProduceReport(lotId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => post<EvaluationReport>(`${lot(lotId)}/evaluation/report`),
    onSuccess: (r) => qc.setQueryData([...keys.lot(lotId), 'report'], r),
  })
}

// ---- a committee member's room terminal (session token, no account) ----

const TOKEN_HEADER = 'x-evaluation-token'

export const useMemberSession = (token: string) =>
  useQuery({
    queryKey: ['evaluation', 'member', token],
    queryFn: ({ signal }) =>
      api<MemberSession>(`${base}/evaluation/session`, { signal, headers: { [TOKEN_HEADER]: token } }),
    enabled: token !== '',
    retry: false,
  })

export function useScore(token: string) {
  return useMutation({
    mutationFn: ({
      bidId,
      body,
    }: {
      bidId: string
      body: { points: Record<string, number>; isPassed: boolean; adjustmentFen: number }
    }) =>
      api<{ ok: true }>(`${base}/evaluation/scores/${seg(bidId)}`, {
        method: 'PUT',
        body,
        headers: { [TOKEN_HEADER]: token },
      }),
  })
}

export const useMemberReport = (token: string, enabled: boolean) =>
  useQuery({
    queryKey: ['evaluation', 'member', token, 'report'],
    queryFn: ({ signal }) =>
      api<EvaluationReport>(`${base}/evaluation/report`, { signal, headers: { [TOKEN_HEADER]: token } }),
    enabled: token !== '' && enabled,
    retry: false,
  })

export function useConfirmReport(token: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () =>
      api<EvaluationReport>(`${base}/evaluation/confirm`, {
        method: 'POST',
        body: {},
        headers: { [TOKEN_HEADER]: token },
      }),
    onSuccess: (r) => qc.setQueryData(['evaluation', 'member', token, 'report'], r),
  })
}

// ---- results ----

export const useLotResult = (lotId: string) =>
  useQuery({
    queryKey: [...keys.lot(lotId), 'result'],
    queryFn: ({ signal }) => api<ResultResponse>(`${lot(lotId)}/result`, { signal }),
    retry: false,
  })

export function useResultActions(lotId: string) {
  const qc = useQueryClient()
  const set = (r: ResultResponse) => qc.setQueryData([...keys.lot(lotId), 'result'], r)
  return {
    publish: useMutation({
      mutationFn: (body: { publicityStart: string; publicityEnd: string }) =>
        post<ResultResponse>(`${lot(lotId)}/candidates`, body),
      onSuccess: set,
    }),
    object: useMutation({
      mutationFn: ({ id, raisedBy, text }: { id: string; raisedBy: string; text: string }) =>
        post<ResultResponse>(`${base}/trading/results/${seg(id)}/objections`, { raisedBy, text }),
      onSuccess: set,
    }),
    answer: useMutation({
      mutationFn: ({ objectionId, answer }: { objectionId: string; answer: string }) =>
        post<ResultResponse>(`${base}/trading/objections/${seg(objectionId)}/answer`, { answer }),
      onSuccess: set,
    }),
    award: useMutation({
      mutationFn: (id: string) => post<ResultResponse>(`${base}/trading/results/${seg(id)}/award`),
      onSuccess: set,
    }),
  }
}

export const noticeUrl = (resultId: string) => `${base}/trading/results/${seg(resultId)}/notice`
/** the public page an award notice's QR code leads to */
export const verifyPageOf = (verifyPath: string) =>
  `/portal/trading/awards/${verifyPath.split('/').pop() ?? ''}`

export const useAwardVerification = (token: string) =>
  useQuery({
    queryKey: ['trading', 'public', 'award', token],
    queryFn: ({ signal }) =>
      api<AwardVerification>(`${base}/trading/public/awards/${seg(token)}`, { signal }),
    retry: false,
  })
