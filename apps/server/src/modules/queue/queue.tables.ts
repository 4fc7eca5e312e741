import type { Generated, Selectable } from 'kysely'

/** Queue (排队叫号) and appointment (预约) tables (PRODUCT.md 2.5); migration 0006-queue. */

export type TicketStatus = 'issued' | 'called' | 'serving' | 'done' | 'no_show' | 'cancelled' | 'transferred'
export type TicketSource = 'kiosk' | 'portal' | 'staff' | 'appointment' | 'transfer'
export type WindowStatus = 'open' | 'paused' | 'closed'
export type AppointmentStatus = 'booked' | 'cancelled' | 'checked_in' | 'no_show'

/**
 * A queue category's identity, which the hall's administrators edit (through `HallService` and
 * the queue's `QueueCategoryStore`, see queue-categories.ts).
 */
export interface QueueCategoryIdentity {
  id: string
  code: string
  /** the letter before the ticket number (A082) */
  prefix: string
  name: string
  name_ug: string | null
  name_en: string | null
  is_active: number
  sort_order: number
}

/** The queue's settings of a category (all with defaults: a category is created with its identity only). */
export interface QueueCategoryColumns {
  /** numbers run from number_start to number_end each day (A001 … A999) */
  number_start: Generated<number>
  number_end: Generated<number>
  /** at most this many tickets a day (appointment check-ins included) */
  daily_cap: Generated<number>
  /** percent of the cap reserved for appointments until each slot has passed */
  appointment_share: Generated<number>
  /** multiplies the priority groups' head start in this category */
  priority_weight: Generated<number>
  /** JSON opening hours [{days, open, close}] in the center's time zone; null: any time */
  queue_hours: Generated<string | null>
  /** switched off by an administrator (e.g. the system is down at the department) */
  is_open: Generated<number>
  /** tickets one ID number may take in this category a day (against ticket touts) */
  id_daily_limit: Generated<number>
  /** recalls before a ticket may be marked no-show */
  max_recalls: Generated<number>
}

export type QueueCategoryTable = QueueCategoryIdentity & QueueCategoryColumns
export type QueueCategoryRow = Selectable<QueueCategoryTable>

export interface QueueCountersTable {
  category_id: string
  /** YYYY-MM-DD in the center's time zone: numbers restart each local day */
  service_date: string
  last_value: number
}

export interface QueueTicketsTable {
  id: string
  /** unguessable: the QR on the paper ticket opens its public status with it */
  token: string
  category_id: string
  service_date: string
  seq: number
  /** A082 */
  number: string
  status: TicketStatus
  source: TicketSource
  /** normal, elderly, disabled, appointment, or a configured group */
  priority_group: string
  /** for the estimate and nearly-your-turn SMS; never on a display */
  phone: string | null
  /** sha256 of the ID number (per-ID daily limit, appointment check-in); the number itself is not kept */
  id_hash: string | null
  appointment_id: string | null
  slot_id: string | null
  issued_by: string
  /** when the person arrived: kept through transfers (the policy counts waiting from here) */
  arrived_at: string
  issued_at: string
  called_at: string | null
  started_at: string | null
  finished_at: string | null
  window_id: string | null
  /** a transfer to one window: only that window calls it */
  target_window_id: string | null
  clerk_id: string | null
  recall_count: number
  transferred_from: string | null
  transferred_to: string | null
  estimated_wait_minutes: number | null
  position_at_issue: number | null
  is_near_notified: number
  updated_at: string
}

export interface QueueTicketEventsTable {
  id: string
  ticket_id: string
  /** issued, called, recalled, started, finished, no_show, cancelled, transferred */
  type: string
  at: string
  window_id: string | null
  /** user id, device id, `citizen:<id>` or `system` */
  actor: string
  details: string | null
}

export interface QueueWindowStatesTable {
  window_id: string
  status: WindowStatus
  pause_reason: string | null
  current_ticket_id: string | null
  clerk_id: string | null
  service_date: string
  updated_at: string
}

export interface QueueAppointmentSlotsTable {
  id: string
  category_id: string
  service_date: string
  /** HH:MM local */
  starts_at: string
  ends_at: string
  capacity: number
  booked: number
  created_at: string
}

export interface QueueAppointmentsTable {
  id: string
  /** short code the citizen types at the kiosk (with the last digits of the ID) */
  code: string
  slot_id: string
  category_id: string
  service_date: string
  phone: string
  id_hash: string
  status: AppointmentStatus
  channel: 'portal' | 'kiosk' | 'staff'
  citizen_id: string | null
  ticket_id: string | null
  created_at: string
  updated_at: string
}

export interface QueueServiceStatsTable {
  category_id: string
  /** exponentially weighted mean of recent service times */
  mean_service_seconds: number
  samples: number
  updated_at: string
}

export interface QueueTables {
  queue_categories: QueueCategoryTable
  queue_counters: QueueCountersTable
  queue_tickets: QueueTicketsTable
  queue_ticket_events: QueueTicketEventsTable
  queue_window_states: QueueWindowStatesTable
  queue_appointment_slots: QueueAppointmentSlotsTable
  queue_appointments: QueueAppointmentsTable
  queue_service_stats: QueueServiceStatsTable
}
