import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  alertListSchema,
  ChainSeal,
  AlertStatus,
  Assessment,
  cardRequest,
  CardStatus,
  DepartmentRow,
  ExportTable,
  LightCase,
  PublicPerformance,
  rankingSchema,
  SupervisionAlert,
  SupervisionCard,
  SupervisionOverview,
  SupervisionSettings,
  trendSchema,
  WindowRow,
} from '@yimin/shared'
import { api, post, put, query, seg, type SchemaInput } from './client'

export type AlertList = (typeof alertListSchema)['_zod']['output']
export type Trend = (typeof trendSchema)['_zod']['output']
export type Ranking = (typeof rankingSchema)['_zod']['output']
export type CardInput = SchemaInput<typeof cardRequest>
export interface Period {
  from: string
  to: string
}
interface PeriodTable<R> {
  from: string
  to: string
  rows: R[]
}
export interface LightCasePage {
  total: number
  page: number
  pageSize: number
  items: LightCase[]
}

const base = '/api/v1/supervision'
export const supervisionKeys = { all: ['supervision'] as const }

function useSupervisionQuery<T>(path: string, enabled = true) {
  return useQuery({
    queryKey: ['supervision', path] as const,
    queryFn: ({ signal }) => api<T>(`${base}${path}`, { signal }),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  })
}

export const useOverview = () => useSupervisionQuery<SupervisionOverview>('/overview')
export const useLightCases = (light: 'red' | 'yellow', page: number) =>
  useSupervisionQuery<LightCasePage>(`/cases${query({ light, page, pageSize: 10 })}`)
export const useDepartmentTable = (p: Period) =>
  useSupervisionQuery<PeriodTable<DepartmentRow>>(`/departments${query({ ...p })}`)
export const useWindowTable = (p: Period) =>
  useSupervisionQuery<PeriodTable<WindowRow>>(`/windows${query({ ...p })}`)
export const useTrends = (p: Period, by: 'day' | 'month') =>
  useSupervisionQuery<Trend>(`/trends${query({ ...p, by })}`)
export const useRankings = (p: Period, of: 'department' | 'window', by: 'onTimeRate' | 'volume' | 'speed') =>
  useSupervisionQuery<Ranking>(`/rankings${query({ ...p, of, by })}`)
export const useAssessment = (p: Period, of: 'department' | 'window' | 'staff') =>
  useSupervisionQuery<Assessment>(`/assessment${query({ ...p, of })}`)
export const useSettings = () => useSupervisionQuery<SupervisionSettings>('/settings')
export const useCaseSupervision = (caseId: string) =>
  useSupervisionQuery<{ alerts: SupervisionAlert[]; cards: SupervisionCard[] }>(
    `/cases/${seg(caseId)}/alerts`,
  )
export const useCards = (filter: { departmentId?: string; status?: CardStatus } = {}) =>
  useSupervisionQuery<SupervisionCard[]>(`/cards${query({ ...filter })}`)
export function useAlerts(filter: {
  status?: AlertStatus
  code?: string
  departmentId?: string
  page: number
  pageSize?: number
}) {
  return useSupervisionQuery<AlertList>(`/alerts${query({ ...filter })}`)
}

export const exportUrl = (table: ExportTable, p?: Period) =>
  `${base}/export/${table}${p ? query({ ...p }) : ''}`

/** Every supervision change refetches all supervision figures (the server also pushes `supervision.changed`). */
function useSupervisionMutation<I, O>(request: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => client.invalidateQueries({ queryKey: supervisionKeys.all }),
  })
}

export type AlertStep = 'acknowledge' | 'answer' | 'close'
export function useAlertStep(step: AlertStep) {
  return useSupervisionMutation(({ id, text }: { id: string; text?: string }) =>
    post<SupervisionAlert>(
      `${base}/alerts/${seg(id)}/${step}`,
      step === 'answer' ? { answer: text } : text ? { note: text } : {},
    ),
  )
}
export const useIssueCard = () =>
  useSupervisionMutation((input: CardInput) => post<SupervisionCard>(`${base}/cards`, input))
export const useAnswerCard = () =>
  useSupervisionMutation(({ id, answer }: { id: string; answer: string }) =>
    post<SupervisionCard>(`${base}/cards/${seg(id)}/answer`, { answer }),
  )
export const useCloseCard = () =>
  useSupervisionMutation(({ id, reason }: { id: string; reason: string }) =>
    post<SupervisionCard>(`${base}/cards/${seg(id)}/close`, { reason }),
  )
export const useSaveSettings = () =>
  useSupervisionMutation((s: SupervisionSettings) => put<SupervisionSettings>(`${base}/settings`, s))
export const useRunSweep = () =>
  useSupervisionMutation(() =>
    post<{ evaluated: number; findings: number; created: number; rolledUpRows: number; ms: number }>(
      `${base}/sweep`,
      {},
    ),
  )

export function usePublicPerformance(p: Period) {
  return useQuery({
    queryKey: ['performance', p] as const,
    queryFn: ({ signal }) =>
      api<PublicPerformance>(`/api/v1/public/performance${query({ ...p })}`, { signal }),
    placeholderData: keepPreviousData,
  })
}

/** The latest seal of the case histories (refreshed every minute). */
export function useChainSeal() {
  return useQuery({
    queryKey: [...supervisionKeys.all, 'seal'] as const,
    queryFn: ({ signal }) => api<ChainSeal>('/api/v1/supervision/seal', { signal }),
    refetchInterval: 60_000,
  })
}
