import type { RatingSubjectKind } from '@yimin/shared'

/** A case, a bundle (一件事, rated as one) or a visit that can be rated, with who answers for it. */
export interface RatableSubject {
  kind: RatingSubjectKind
  id: string
  label: string
  /** the matter, or the queue category */
  title: string
  departmentId: string | null
  windowId: string | null
  staffId: string | null
  /** when the case completed or the visit finished (ISO) */
  endedAt: string
  /** who gets the invitation and may reply to it */
  phone: string | null
}
