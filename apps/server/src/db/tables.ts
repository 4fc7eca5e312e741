/**
 * The database schema as Kysely sees it. Conventions (the same on SQLite and PostgreSQL):
 * - ids are UUIDv7 text (platform/ids.ts); sequences only where order matters (realtime_events.seq)
 * - timestamps are ISO-8601 UTC text `YYYY-MM-DDTHH:mm:ss.sssZ` (sortable as text)
 * - booleans are integers 0/1, named is_/has_; convert with db/convert.ts
 * - JSON is text; counts come back as numbers (pg int8 is parsed as a number in database.ts)
 * Domains add their tables here, or declare them in their module (`<domain>.tables.ts`) and
 * extend `Tables` with them.
 */
import type { CatalogTables } from '../modules/catalog/catalog.tables'
import type { CaseTables } from '../modules/cases/cases.tables'
import type { OrgTables } from '../modules/org/org.tables'
import type { QueueTables } from '../modules/queue/queue.tables'
import type { RatingTables } from '../modules/ratings/ratings.tables'
import type { SmsTemplateTables } from '../modules/sms/templates/templates.tables'
import type { SupervisionTables } from '../modules/supervision/supervision.tables'
import type { SmsTransportTables } from '../modules/sms/sms.tables'
import type { OnlineTables } from '../modules/online/online.tables'
import type { LookupGuardTables } from '../modules/lookup-guard/lookup-guard.tables'
import type { AuthTables } from '../modules/auth/auth.tables'
import type { TradingTables } from '../modules/trading/trading.tables'
import type { BiddingTables } from '../modules/bidding/bidding.tables'
import type { CitizenTables } from '../modules/citizens/citizens.tables'
import type { ExpertsTables } from '../modules/experts/experts.tables'
import type { EvaluationTables } from '../modules/evaluation/evaluation.tables'
import type { VoiceTables } from '../modules/voice/voice.tables'

export interface UsersTable {
  id: string
  username: string
  display_name: string
  password_hash: string
  is_disabled: number
  /** optional mobile number for supervision alerts by SMS */
  phone: string | null
  /** 工号: shown on the window's rating pad beside the name (optional) */
  staff_number: string | null
  created_at: string
  updated_at: string
}

export interface UserRolesTable {
  id: string
  user_id: string
  role: string
  department_id: string | null
}

export interface SessionsTable {
  /** sha256 of the cookie token: a leaked table does not leak sessions */
  id: string
  /** staff-totp: a password was right, the TOTP code is still to come (a few minutes) */
  kind: 'staff' | 'citizen' | 'staff-totp'
  subject_id: string
  created_at: string
  last_seen_at: string
  expires_at: string
  ip: string | null
  user_agent: string | null
}

/** The first answer to a request with an Idempotency-Key (migration 0022). */
export interface IdempotencyKeysTable {
  /** sha256 of caller, route and key */
  id: string
  /** sha256 of the request's method, URL and body */
  request_hash: string
  /** null while the first request runs */
  status: number | null
  response: string | null
  created_at: string
  expires_at: string
}

/** A device's browser session (migration 0021): the cookie carries its token, never the credential. */
export interface DeviceSessionsTable {
  /** sha256 of the cookie token */
  id: string
  device_id: string
  created_at: string
  expires_at: string
  ended_at: string | null
  ip: string | null
  user_agent: string | null
}

export interface DevicesTable {
  id: string
  kind: string
  name: string
  window_id: string | null
  area_id: string | null
  token_hash: string
  created_at: string
  created_by: string | null
  revoked_at: string | null
  revoked_by: string | null
  last_seen_at: string | null
}

export interface JobsTable {
  id: string
  type: string
  key: string | null
  payload: string
  status: 'queued' | 'running' | 'done' | 'failed'
  run_at: string
  attempts: number
  max_attempts: number
  locked_by: string | null
  locked_until: string | null
  last_error: string | null
  created_at: string
  updated_at: string
}

export interface RealtimeEventsTable {
  seq: number
  channel: string
  type: string
  payload: string
  created_at: string
}

export interface SmsMessagesTable {
  id: string
  /** what caused the message, e.g. `case:<id>:accepted`; unique with the recipient */
  cause_key: string
  recipient: string
  template: string
  body: string
  is_essential: number
  status: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed'
  /** set when a submit was in flight as the process died and the provider cannot dedupe: resent, maybe twice */
  is_uncertain: number
  attempts: number
  next_attempt_at: string
  lease_until: string | null
  provider: string | null
  provider_message_id: string | null
  last_error: string | null
  created_at: string
  updated_at: string
  sent_at: string | null
}

export interface SmsInboundTable {
  id: string
  sender: string
  body: string
  provider: string
  received_at: string
  /** what the inbound handlers made of it (e.g. `rating`, `opt-out`, `unclear`) */
  outcome: string | null
}

export interface AuditLogTable {
  id: string
  at: string
  actor: string
  action: string
  subject: string | null
  ip: string | null
  details: string | null
}

export interface SystemSettingsTable {
  key: string
  value: string
  updated_at: string
}

/** Holidays and make-up working days (调休上班); every other day follows the weekend rule. */
export interface CalendarDaysTable {
  /** YYYY-MM-DD, a calendar date in the center's time zone */
  date: string
  kind: 'holiday' | 'workday'
  name: string
  updated_at: string
  updated_by: string | null
}

/** Years whose State Council schedule is loaded; other years are provisional. */
export interface CalendarYearsTable {
  year: number
  /** `chinese-days@1.5.7` (seeded), `import` (admin API), `cli-import` */
  source: string
  loaded_at: string
  loaded_by: string | null
}

export interface Tables
  extends
    OrgTables,
    CatalogTables,
    CaseTables,
    SupervisionTables,
    QueueTables,
    SmsTransportTables,
    OnlineTables,
    CitizenTables,
    SmsTemplateTables,
    LookupGuardTables,
    AuthTables,
    RatingTables,
    TradingTables,
    ExpertsTables,
    EvaluationTables,
    BiddingTables,
    VoiceTables {
  users: UsersTable
  user_roles: UserRolesTable
  sessions: SessionsTable
  devices: DevicesTable
  device_sessions: DeviceSessionsTable
  idempotency_keys: IdempotencyKeysTable
  jobs: JobsTable
  realtime_events: RealtimeEventsTable
  sms_messages: SmsMessagesTable
  sms_inbound: SmsInboundTable
  audit_log: AuditLogTable
  system_settings: SystemSettingsTable
  calendar_days: CalendarDaysTable
  calendar_years: CalendarYearsTable
}
