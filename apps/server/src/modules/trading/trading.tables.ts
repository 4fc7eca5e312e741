/** Table types of the trading center (migration 0025). Money is fen; bigint arrives as a string on PostgreSQL. */
export interface TradingOrganisationsTable {
  id: string
  name: string
  credit_code: string
  kind: string
  created_at: string
}

export interface TradingOrgMembersTable {
  user_id: string
  organisation_id: string
}

export interface TradingTimetableVersionsTable {
  version: number
  /** JSON: TimetableRule[] */
  rules: string
  note: string
  created_by: string
  created_at: string
}

export interface TradingProjectsTable {
  id: string
  code: string
  name: string
  category: string
  method: string
  region: string
  owner_org_id: string
  agency_org_id: string
  supervising_department_id: string
  budget_fen: number | string
  is_legally_required: number
  status: string
  event_count: number
  head_hash: string
  created_by: string
  created_at: string
  updated_at: string
  registered_at: string | null
}

export interface TradingLotsTable {
  id: string
  project_id: string
  seq: number
  name: string
  budget_fen: number | string
  ceiling_fen: number | string | null
  bid_deadline: string | null
  opening_at: string | null
  timetable_version: number | null
  /** the lot's own stage (migration 0040): open | failed | publicity | awarded */
  stage: string
  /** recorded facts (migration 0029), local dates: 中标/成交通知书, contract signed and filed, result report */
  award_notice_on: string | null
  contract_signed_on: string | null
  contract_filed_on: string | null
  result_report_on: string | null
  /** 中标/成交金额 in fen, recorded with the award notice */
  award_fen: number | string | null
}

export interface TradingAnnouncementsTable {
  id: string
  project_id: string
  kind: string
  title: string
  body: string
  language: string
  status: string
  previous_id: string | null
  /** JSON: AnnouncementDates */
  dates: string
  /** JSON: { from, to, ruleId, basis } */
  moved_deadline: string | null
  /** JSON: string[], the lots a candidates or result announcement is for (migration 0044) */
  lot_ids: string | null
  publish_at: string | null
  category: string
  method: string
  region: string
  project_code: string
  /** the title, its pinyin and initials, and the project's number, lower-case */
  search_text: string
  /** the search text's two-character grams, full-text indexed (announcement-search.ts) */
  search_grams: string
  /** the search text's runs of ASCII letters and digits as trigrams, full-text indexed */
  search_trigrams: string
  created_by: string
  created_at: string
  updated_at: string
}

export interface TradingProjectEventsTable {
  project_id: string
  seq: number
  at: string
  actor: string
  actor_role: string | null
  type: string
  data: string
  prev_hash: string
  hash: string
}

export interface TradingRoomsTable {
  id: string
  name: string
  kind: string
  capacity: number
  /** JSON: string[] */
  equipment: string
  created_at: string
}

export interface TradingBookingsTable {
  id: string
  room_id: string
  lot_id: string
  starts_at: string
  ends_at: string
  created_by: string
  created_at: string
}

export interface TradingRoomSlotsTable {
  room_id: string
  slot_start: string
  booking_id: string
}

/** An objection (异议), a challenge (质疑) or a complaint (投诉), with its limit (migration 0029). */
export interface TradingDisputesTable {
  id: string
  project_id: string
  kind: 'objection' | 'challenge' | 'complaint'
  /** the organisation (or person) that raised it, as it signed */
  complainant: string
  summary: string
  /** when the complainant knew (complaints, challenges): the filing limit counts from here */
  known_on: string | null
  filed_on: string
  /** the answer's (decision's) limit, from the timetable */
  due_on: string
  rule_id: string
  basis: string
  /** open → answered (objection, challenge); open → accepted (受理, works) → decided (complaint) */
  status: 'open' | 'accepted' | 'answered' | 'decided'
  /** complaints: upheld | dismissed (驳回) | rejected (不予受理) */
  outcome: string | null
  accepted_on: string | null
  accepted_by: string | null
  /** 1: filed after its limit (a complaint: recorded as not accepted) */
  is_late: number
  answer: string | null
  answered_on: string | null
  answered_by: string | null
  created_by: string
  created_at: string
}

export interface TradingTables {
  trading_disputes: TradingDisputesTable
  trading_organisations: TradingOrganisationsTable
  trading_org_members: TradingOrgMembersTable
  trading_timetable_versions: TradingTimetableVersionsTable
  trading_projects: TradingProjectsTable
  trading_lots: TradingLotsTable
  trading_announcements: TradingAnnouncementsTable
  trading_project_events: TradingProjectEventsTable
  trading_rooms: TradingRoomsTable
  trading_bookings: TradingBookingsTable
  trading_room_slots: TradingRoomSlotsTable
}
