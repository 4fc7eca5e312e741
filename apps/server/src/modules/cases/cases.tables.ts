import type { Generated } from 'kysely'
/**
 * Case tables (PRODUCT.md 2.3). A case keeps the matter version it was accepted under; its
 * events are append-only and hash-chained (the case row holds the chain head, updated in the
 * same transaction as each event); checkpoints seal the heads apart from the rows.
 */
export interface CasesTable {
  id: string
  /** accepting division code + local date + sequence, e.g. 650100-20260302-0007 */
  number: string
  matter_id: string
  matter_version_id: string
  matter_code: string
  matter_name: string
  /** the implementing department (承办部门) */
  department_id: string
  /** the division of the accepting center / window (就近办: may differ from the department's) */
  accepting_division_code: string
  channel: 'window' | 'online' | 'kiosk'
  status: string
  outcome: 'approved' | 'denied' | null
  bundle_id: string | null
  /** a bundle's case: the bundle's lead department, whose clerks take it in (the bundle window); null otherwise */
  intake_department_id: string | null
  applicant_kind: 'person' | 'organisation'
  applicant_name: string
  /** resident ID number (person) or unified social credit code (organisation) */
  applicant_id_number: string
  applicant_phone: string
  legal_representative: string | null
  agent_name: string | null
  agent_id_number: string | null
  agent_phone: string | null
  /** the file key of the authorisation document (委托书) */
  agent_authorisation_key: string | null
  /** who gets notices and the rating invitation */
  notify: 'applicant' | 'agent'
  citizen_id: string | null
  form_data: string
  /** local dates (center's time zone) */
  received_on: string
  submitted_on: string
  accepted_on: string | null
  completed_on: string | null
  intake_due_on: string
  due_on: string | null
  legal_due_on: string | null
  is_due_provisional: number
  extension_days: number
  correction_count: number
  received_at: string
  accepted_at: string | null
  completed_at: string | null
  closed_at: string | null
  received_by: string
  window_id: string | null
  result_number: string | null
  delivery_method: string | null
  tracking_number: string | null
  /** chain head: events so far and the last event's hash */
  event_count: number
  head_hash: string
  /** events covered by a sealed checkpoint */
  sealed_count: number
  created_at: string
  updated_at: string
}

export interface CaseMaterialsTable {
  id: string
  case_id: string
  position: number
  name: string
  is_required: number
  is_deferrable: number
  /** submitted | missing | deferred (容缺, to supply by supply_due_on) | supplied */
  status: string
  supply_due_on: string | null
  file_key: string | null
  note: string | null
}

export interface CaseTasksTable {
  id: string
  case_id: string
  department_id: string
  /** the department that holds it now (a task routed to another level and back) */
  holder_department_id: string
  kind: 'lead' | 'parallel'
  status: 'open' | 'done'
  outcome: 'approved' | 'denied' | null
  limit_days: number
  due_on: string | null
  is_due_provisional: number
  on_refusal: string
  note: string | null
  finished_at: string | null
  finished_by: string | null
  created_at: string
  updated_at: string
}

export interface CasePausesTable {
  id: string
  case_id: string
  kind: 'supplement' | 'special_procedure'
  /** special procedures: which kind (听证, 现场勘察 …) and the approver */
  procedure: string | null
  max_days: number | null
  approved_by: string | null
  reason: string
  from_on: string
  to_on: string | null
  started_at: string
  ended_at: string | null
}

export interface CaseApprovalsTable {
  id: string
  case_id: string
  kind: 'extension' | 'special_procedure'
  /** extension days, or the special procedure's planned days */
  days: number
  procedure: string | null
  reason: string
  status: 'pending' | 'approved' | 'rejected'
  department_id: string
  requested_by: string
  requested_at: string
  decided_by: string | null
  decided_at: string | null
  decision_note: string | null
}

export interface CaseFeesTable {
  id: string
  case_id: string
  name: string
  amount: number
  catalog_amount: number | null
  recorded_by: string
  recorded_at: string
}

export interface CaseEventsTable {
  id: string
  case_id: string
  seq: number
  at: string
  actor: string
  actor_role: string | null
  actor_department_id: string | null
  type: string
  from_status: string | null
  to_status: string | null
  reason: string | null
  data: string
  prev_hash: string
  hash: string
}

export interface CaseNumberSequencesTable {
  prefix: string
  last_value: number
}

export interface ChainCheckpointsTable {
  id: string
  at: string
  algorithm: string
  /** JSON [[caseId, seq, hash], …]: the heads that moved since the previous checkpoint */
  heads: string
  head_count: number
  prev_seal: string
  seal: string
}

/** An agent's authorisation document (委托书) as a clerk uploaded it at the window (migration 0018). */
export interface CaseAuthorisationUploadsTable {
  id: string
  /** sha256 of the content (the storage key; the same content may be uploaded more than once) */
  file_key: string
  /** the staff user who uploaded it: only they may receive a case with it */
  uploaded_by: string
  uploaded_at: string
  /** the first case it was used for (a bundle's other cases of the same agent use it too); null while unused */
  case_id: string | null
}

/**
 * What a case contributes to the supervision counts (migration 0045), one row per fact:
 * `status` (an open case: its department and status), `deadline` (its own running deadline:
 * the intake decision while received, the promised date while in progress), `worst` (its
 * earliest running deadline, light_due_on) and `task` (an open task: holder department, the
 * case's status, due date). '' stands for "none" (keys of the folded table).
 */
export interface CaseLightFact {
  kind: 'status' | 'deadline' | 'worst' | 'task'
  department_id: string
  status: string
  due_on: string
  matter_type: string
}

/** Insert-only changes of the counts (−1 for a fact a write removed, +1 for one it added). */
export interface CaseLightDeltasTable extends CaseLightFact {
  id: Generated<number>
  n: number
}

/** The deltas folded (light-counts.repository.ts fold): one row per fact with its count. */
export interface CaseLightCountsTable extends CaseLightFact {
  n: number
}

/**
 * Insert-only changes of what a case counts in the daily rollup (figure-deltas.ts): the case's
 * days, department, window ('' for none), completed on time (1/0) and promised days, −1 as it
 * was before a write and +1 as it is after.
 */
export interface CaseFigureDeltasTable {
  id: Generated<number>
  case_id: string
  sign: number
  department_id: string
  window_id: string
  received_on: string
  accepted_on: string | null
  completed_on: string | null
  on_time: number
  promised_days: number
}

export interface CaseTables {
  cases: CasesTable
  case_materials: CaseMaterialsTable
  case_tasks: CaseTasksTable
  case_pauses: CasePausesTable
  case_approvals: CaseApprovalsTable
  case_fees: CaseFeesTable
  case_events: CaseEventsTable
  case_number_sequences: CaseNumberSequencesTable
  chain_checkpoints: ChainCheckpointsTable
  case_authorisation_uploads: CaseAuthorisationUploadsTable
  case_light_deltas: CaseLightDeltasTable
  case_light_counts: CaseLightCountsTable
  case_figure_deltas: CaseFigureDeltasTable
}
