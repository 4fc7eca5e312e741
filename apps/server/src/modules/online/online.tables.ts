/** Tables of the online channel (migration 0010-online). */
export interface OnlineApplicationsTable {
  id: string
  citizen_id: string
  kind: 'matter' | 'bundle'
  /** the matter code or the bundle code */
  code: string
  name: string
  status: 'draft' | 'submitted'
  bundle_number: string | null
  /** JSON: the applicant, or null while not filled in */
  applicant: string | null
  /** JSON */
  form_data: string
  /** JSON: pickup or postal delivery of the result */
  delivery: string | null
  created_at: string
  updated_at: string
  submitted_at: string | null
}

export interface OnlineApplicationCasesTable {
  application_id: string
  case_id: string
  matter_code: string
}

export interface OnlineFilesTable {
  /** a secret (256 bits): file URLs cannot be guessed, and are checked against the session */
  id: string
  citizen_id: string
  application_id: string | null
  /** set for files uploaded for a correction of a case */
  case_id: string | null
  material_key: string
  /** the material's position in the case (corrections) */
  position: number | null
  /** sha256 of the content (the storage key) */
  file_key: string
  mime: string
  size: number
  /** the name the citizen gave, for display only (never a path) */
  name: string
  is_resubmitted: number
  created_at: string
}

export interface OnlineTables {
  online_applications: OnlineApplicationsTable
  online_application_cases: OnlineApplicationCasesTable
  online_files: OnlineFilesTable
}
