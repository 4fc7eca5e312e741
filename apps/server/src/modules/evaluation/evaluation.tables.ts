/** Table types of evaluation, results and bid security (migration 0032). Money is fen. */
export interface EvalSessionsTable {
  id: string
  lot_id: string
  project_id: string
  method: string
  /** JSON: ScoringSheet */
  sheet: string
  /** open, reported, confirmed */
  status: string
  started_at: string
  /** JSON: the evaluation report (ranked bids, deviations) */
  report: string | null
  reported_at: string | null
  confirmed_at: string | null
  created_by: string
}

export interface EvalMembersTable {
  session_id: string
  invitation_id: string
  /** SHA-256 of the member's session token (the room terminal holds the token) */
  token_hash: string
  confirmed_at: string | null
}

export interface EvalScoresTable {
  session_id: string
  invitation_id: string
  bid_id: string
  /** JSON: hundredths of a point per criterion */
  points: string
  is_passed: number
  adjustment_fen: number | string
  updated_at: string
}

export interface EvalResultsTable {
  id: string
  lot_id: string
  project_id: string
  session_id: string
  /** JSON: candidates (up to three, ranked) */
  candidates: string
  candidates_announcement_id: string
  publicity_start: string
  publicity_end: string
  /** publicity, paused, awarded */
  status: string
  award_token: string | null
  awarded_bid_id: string | null
  awarded_org_name: string | null
  awarded_price_fen: number | string | null
  awarded_at: string | null
  result_announcement_id: string | null
  contract_signed_on: string | null
  created_at: string
}

export interface EvalObjectionsTable {
  id: string
  result_id: string
  raised_by: string
  text: string
  raised_at: string
  due_on: string
  answer: string | null
  answered_at: string | null
}

export interface BidDepositsTable {
  id: string
  lot_id: string
  org_id: string
  amount_fen: number | string
  /** bank (statement import) or manual */
  source: string
  paid_at: string
  bank_ref: string | null
  returned_at: string | null
  created_at: string
}

export interface EvaluationTables {
  eval_sessions: EvalSessionsTable
  eval_members: EvalMembersTable
  eval_scores: EvalScoresTable
  eval_results: EvalResultsTable
  eval_objections: EvalObjectionsTable
  bid_deposits: BidDepositsTable
}
