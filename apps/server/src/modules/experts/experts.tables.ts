/** Table types of the expert pool and the committee draws (migration 0031). */
export interface ExpertsTable {
  id: string
  name: string
  /** personal data: shown masked in lists, in full only on an audited read */
  id_number: string
  phone: string
  employer_name: string
  employer_credit_code: string
  region: string
  /** JSON: string[] */
  specialties: string
  /** JSON: string[] (credit codes the expert declared a conflict with) */
  conflicts: string
  is_available: number
  user_id: string | null
  created_at: string
  updated_at: string
}

export interface ExpertDrawsTable {
  id: string
  lot_id: string
  project_id: string
  /** 1 for the committee, then one per replacement */
  seq: number
  specialty: string
  size: number
  seed: string
  /** JSON: PoolExpert[] as the draw saw them */
  pool_snapshot: string
  /** JSON: the public part of DrawRules (the tenderee's avoidance, already drawn, limits) */
  public_rules: string
  /** AES-256-GCM of the bidders' avoidance (credit codes, staff accounts), sealed until the opening */
  sealed_exclusions: string
  /** SHA-256 of the sealed plaintext, also in the project's chain */
  sealed_digest: string
  /** JSON: the bidders' avoidance, written once the opening has passed */
  revealed_exclusions: string | null
  /** JSON: string[] (expert ids in draw order) */
  selected: string
  reason: string
  created_by: string
  created_at: string
}

export interface ExpertInvitationsTable {
  id: string
  draw_id: string
  lot_id: string
  project_id: string
  expert_id: string
  phone: string
  /** pending, accepted, declined, expired */
  status: string
  sent_at: string
  expires_at: string
  answered_at: string | null
  /** a six-digit code the expert gives at the evaluation room (sent on accepting) */
  check_in_code: string | null
  checked_in_at: string | null
  replaced_by_draw_id: string | null
}

export interface ExpertsTables {
  experts: ExpertsTable
  expert_draws: ExpertDrawsTable
  expert_invitations: ExpertInvitationsTable
}
