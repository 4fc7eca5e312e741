/**
 * Electronic supervision (电子监察, PRODUCT.md 2.4): alerts raised by the anomaly rules, their
 * handling history, yellow and red cards, and a daily rollup of case figures per department
 * and window (so trends, rankings and assessments never scan every case).
 */
export interface SupervisionAlertsTable {
  id: string
  /** rule code + subject + occurrence, e.g. `CASE_OVERDUE:case:<id>:2026-03-16`: an alert exists once */
  key: string
  code: string
  severity: 'warning' | 'serious'
  case_id: string
  case_number: string
  /** the department that must answer (the task holder for a task, the case's department otherwise) */
  department_id: string
  window_id: string | null
  /** trading_*: a trading center alert, whose case_id / case_number are the project's id and code */
  subject_kind:
    | 'case'
    | 'task'
    | 'material'
    | 'fee'
    | 'pause'
    | 'approval'
    | 'rectification'
    | 'trading_announcement'
    | 'trading_lot'
    | 'trading_dispute'
  subject_id: string
  /** JSON: what the message needs (days over, amounts …), never personal data */
  params: string
  /** open → acknowledged → answered → closed; resolved by the sweep when the condition went away */
  status: 'open' | 'acknowledged' | 'answered' | 'closed' | 'resolved'
  raised_at: string
  raised_on: string
  acknowledged_by: string | null
  acknowledged_at: string | null
  answer: string | null
  answered_by: string | null
  answered_at: string | null
  closed_by: string | null
  closed_at: string | null
  close_note: string | null
  resolved_at: string | null
  /** why the sweep resolved it: 'condition_cleared' */
  resolved_reason: string | null
}

/** Every step of an alert or a card (who, when, what was said): nothing is overwritten. */
export interface SupervisionActionsTable {
  id: string
  alert_id: string | null
  card_id: string | null
  action: string
  actor: string
  note: string | null
  at: string
}

/** 黄牌 / 红牌 to a department or a window, with a reason; the department answers. */
export interface SupervisionCardsTable {
  id: string
  colour: 'yellow' | 'red'
  target_kind: 'department' | 'window'
  department_id: string
  window_id: string | null
  case_id: string | null
  alert_id: string | null
  reason: string
  issued_by: string
  issued_at: string
  /** issued → answered (by the department) → closed (by a supervisor, with a reason) */
  status: 'issued' | 'answered' | 'closed'
  answer: string | null
  answered_by: string | null
  answered_at: string | null
  closed_by: string | null
  closed_at: string | null
  close_reason: string | null
}

/** Case figures per local day, department and window ('' = no window), kept by the sweep. */
export interface SupervisionDailyTable {
  day: string
  department_id: string
  window_id: string
  received: number
  accepted: number
  completed: number
  completed_on_time: number
  /** sums over the cases completed that day: working days used (pauses excluded) and promised */
  used_days: number
  promised_days: number
}

export interface SupervisionTables {
  supervision_alerts: SupervisionAlertsTable
  supervision_actions: SupervisionActionsTable
  supervision_cards: SupervisionCardsTable
  supervision_daily: SupervisionDailyTable
}
