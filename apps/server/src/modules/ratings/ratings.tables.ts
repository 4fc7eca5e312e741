import type {
  AppealStatus,
  RatingChannel,
  RatingLevel,
  RatingSubjectKind,
  RectificationStatus,
} from '@yimin/shared'

/** Ratings (好差评, PRODUCT.md 2.6); migration 0009-ratings. */

export interface RatingsTable {
  id: string
  /** one rating per case (一事一评) and per visit (一次一评): unique (subject_kind, subject_id) */
  subject_kind: RatingSubjectKind
  subject_id: string
  /** the case number or the ticket number (A082), for lists */
  subject_label: string
  /** who answers for it: the case's department, or the window's department for a visit */
  department_id: string | null
  window_id: string | null
  /** the clerk who served the visit, or who took the case in */
  staff_id: string | null
  channel: RatingChannel
  level: RatingLevel
  /** 5 (非常满意) … 1 (非常不满意) */
  score: number
  /** JSON {efficiency?, attitude?, convenience?}: levels of the national indicators */
  indicators: string
  comment: string | null
  /** the phone that rated by SMS (never shown unmasked) */
  phone: string | null
  source_message_id: string | null
  is_bad: number
  /** an upheld appeal takes a bad rating out of the statistics */
  is_excluded: number
  rated_at: string
  /** local date (center's time zone) */
  rated_on: string
}

export interface RatingRectificationsTable {
  id: string
  rating_id: string
  department_id: string
  status: RectificationStatus
  /** local date: default 5 working days after the bad rating */
  due_on: string
  callback_by: string | null
  /** when the callback was recorded */
  callback_at: string | null
  /** when the citizen was called */
  called_at: string | null
  callback_note: string | null
  /** the citizen's rating of the fix */
  fix_level: RatingLevel | null
  closed_by: string | null
  closed_at: string | null
  close_note: string | null
  created_at: string
  updated_at: string
}

export interface RatingAppealsTable {
  id: string
  rectification_id: string
  rating_id: string
  department_id: string
  reason: string
  filed_by: string
  filed_at: string
  status: AppealStatus
  decided_by: string | null
  decided_at: string | null
  decision_note: string | null
}

/** Numbers that replied TD: non-essential SMS (invitations, reminders, estimates) are not sent to them. */
export interface SmsOptOutsTable {
  phone: string
  opted_out_at: string
  message_id: string | null
}

/** Rating invitations handled (sent, or skipped for an opted-out number): each subject once. */
export interface RatingInvitationsTable {
  subject_kind: RatingSubjectKind
  subject_id: string
  phone: string
  invited_at: string
  is_sent: number
}

export interface RatingTables {
  ratings: RatingsTable
  rating_rectifications: RatingRectificationsTable
  rating_appeals: RatingAppealsTable
  sms_opt_outs: SmsOptOutsTable
  rating_invitations: RatingInvitationsTable
}
