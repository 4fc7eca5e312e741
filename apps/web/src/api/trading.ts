import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  TimetableEditRequest,
  TimetableVersionResponse,
  AcceptDisputeRequest,
  AnswerDisputeRequest,
  DisputeResponse,
  FileDisputeRequest,
  TradingBoardResponse,
  TradingFiguresResponse,
  AnnouncementDates,
  AnnouncementKind,
  AnnouncementResponse,
  DraftAnnouncementRequest,
  TimetableCheckResponse,
  TradingCategory,
  TradingMethod,
  TradingProjectResponse,
  UpdateAnnouncementRequest,
  bookingResponse,
  openingsResponse,
  publicAnnouncementResponse,
  publicAnnouncementsResponse,
  publicTimelineResponse,
  roomResponse,
} from '@yimin/shared'
import type { z } from 'zod'
import { api, post, query, seg } from './client'

export type PublicAnnouncements = z.infer<typeof publicAnnouncementsResponse>
export type PublicAnnouncement = z.infer<typeof publicAnnouncementResponse>
export type PublicTimeline = z.infer<typeof publicTimelineResponse>
export type Openings = z.infer<typeof openingsResponse>
export type Booking = z.infer<typeof bookingResponse>
export type Room = z.infer<typeof roomResponse>

const base = '/api/v1/trading'
const keys = {
  public: ['trading', 'public'] as const,
  projects: ['trading', 'projects'] as const,
  project: (id: string) => ['trading', 'projects', id] as const,
  announcements: (id: string) => ['trading', 'projects', id, 'announcements'] as const,
  bookings: (from: string, to: string) => ['trading', 'bookings', from, to] as const,
}

// ---- the public site ----

export interface PublicFilter {
  category?: TradingCategory | undefined
  method?: TradingMethod | undefined
  kind?: AnnouncementKind | undefined
  q?: string | undefined
  offset?: number | undefined
}

export function usePublicAnnouncements(f: PublicFilter) {
  return useQuery({
    queryKey: [...keys.public, 'list', f],
    queryFn: ({ signal }) =>
      api<PublicAnnouncements>(
        `${base}/public/announcements${query({ category: f.category, method: f.method, kind: f.kind, q: f.q, offset: f.offset, limit: 20 })}`,
        { signal },
      ),
  })
}

export function usePublicAnnouncement(id: string) {
  return useQuery({
    queryKey: [...keys.public, 'announcement', id],
    queryFn: ({ signal }) => api<PublicAnnouncement>(`${base}/public/announcements/${seg(id)}`, { signal }),
  })
}

export function usePublicTimeline(projectId: string | undefined) {
  return useQuery({
    queryKey: [...keys.public, 'timeline', projectId],
    queryFn: ({ signal }) =>
      api<PublicTimeline>(`${base}/public/projects/${seg(projectId ?? '')}`, { signal }),
    enabled: projectId !== undefined,
  })
}

export function useOpenings(span: 'today' | 'week', refetchMs?: number) {
  return useQuery({
    queryKey: [...keys.public, 'openings', span],
    queryFn: ({ signal }) => api<Openings>(`${base}/public/openings${query({ span })}`, { signal }),
    ...(refetchMs ? { refetchInterval: refetchMs } : {}),
  })
}

// ---- agencies and the center ----

export function useTradingProjects() {
  return useQuery({
    queryKey: keys.projects,
    queryFn: ({ signal }) => api<TradingProjectResponse[]>(`${base}/projects`, { signal }),
  })
}

export function useProjectAnnouncements(projectId: string | undefined) {
  return useQuery({
    queryKey: keys.announcements(projectId ?? ''),
    queryFn: ({ signal }) =>
      api<AnnouncementResponse[]>(`${base}/projects/${seg(projectId ?? '')}/announcements`, { signal }),
    enabled: projectId !== undefined,
  })
}

/** The timetable check of dates as they are typed (nothing stored). */
export function useTimetableCheck(
  projectId: string | undefined,
  input: { kind: AnnouncementKind; dates: AnnouncementDates } | null,
) {
  return useQuery({
    queryKey: ['trading', 'check', projectId, input],
    queryFn: () =>
      post<TimetableCheckResponse>(`${base}/projects/${seg(projectId ?? '')}/timetable-check`, input),
    enabled: projectId !== undefined && input !== null,
    retry: false,
  })
}

export function useDraftAnnouncement(projectId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: DraftAnnouncementRequest) =>
      post<AnnouncementResponse>(`${base}/projects/${seg(projectId)}/announcements`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.announcements(projectId) }),
  })
}

export function useUpdateAnnouncement(projectId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateAnnouncementRequest }) =>
      api<AnnouncementResponse>(`${base}/announcements/${seg(id)}`, { method: 'PATCH', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.announcements(projectId) }),
  })
}

export function usePublishAnnouncement() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => post<AnnouncementResponse>(`${base}/announcements/${seg(id)}/publish`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['trading'] }),
  })
}

export function useRegisterProject() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => post<TradingProjectResponse>(`${base}/projects/${seg(id)}/register`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.projects }),
  })
}

export function useRooms() {
  return useQuery({
    queryKey: ['trading', 'rooms'],
    queryFn: ({ signal }) => api<Room[]>(`${base}/rooms`, { signal }),
  })
}

export function useBookings(from: string, to: string) {
  return useQuery({
    queryKey: keys.bookings(from, to),
    queryFn: ({ signal }) => api<Booking[]>(`${base}/bookings${query({ from, to })}`, { signal }),
  })
}

export function useBookRoom() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: { roomId: string; lotId: string; startsAt: string; endsAt: string }) =>
      post<Booking>(`${base}/bookings`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['trading'] }),
  })
}

// ---- supervision: board, figures, objections and complaints ----

export function useTradingBoard() {
  return useQuery({
    queryKey: ['trading', 'board'],
    queryFn: ({ signal }) => api<TradingBoardResponse>(`${base}/board`, { signal }),
  })
}

export function useTradingFigures(from: string, to: string) {
  return useQuery({
    queryKey: ['trading', 'figures', from, to],
    queryFn: ({ signal }) => api<TradingFiguresResponse>(`${base}/figures${query({ from, to })}`, { signal }),
  })
}

export const figuresExcelUrl = (from: string, to: string) => `${base}/figures.xlsx${query({ from, to })}`

export function useDisputes() {
  return useQuery({
    queryKey: ['trading', 'disputes'],
    queryFn: ({ signal }) => api<DisputeResponse[]>(`${base}/disputes`, { signal }),
  })
}

export function useFileDispute() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ projectId, body }: { projectId: string; body: FileDisputeRequest }) =>
      post<DisputeResponse>(`${base}/projects/${seg(projectId)}/disputes`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['trading'] }),
  })
}

export function useAcceptDispute() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AcceptDisputeRequest }) =>
      post<DisputeResponse>(`${base}/disputes/${seg(id)}/accept`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['trading'] }),
  })
}

export function useAnswerDispute() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AnswerDisputeRequest }) =>
      post<DisputeResponse>(`${base}/disputes/${seg(id)}/answer`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['trading'] }),
  })
}

// ---- the legal timetable (administrators publish stricter versions) ----

export function useTimetable() {
  return useQuery({
    queryKey: ['trading', 'timetable'],
    queryFn: ({ signal }) => api<TimetableVersionResponse>(`${base}/timetable`, { signal }),
  })
}

export function useEditTimetable() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: TimetableEditRequest) => post<TimetableVersionResponse>(`${base}/timetable`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['trading', 'timetable'] }),
  })
}
