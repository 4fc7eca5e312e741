/** A staff account's TOTP second factor (issue 17.5, migration 0028); one row per account. */
export interface StaffTotpTable {
  user_id: string
  /** the shared secret, AES-256-GCM sealed (platform/secret-box.ts) */
  secret: string
  /** null while enrolment waits for its first valid code */
  enabled_at: string | null
  /** the last time step a code was accepted for: that code and older ones are refused */
  last_step: number
  /** JSON array of `salt:hash` recovery codes; a used one becomes null */
  recovery_codes: string
  created_at: string
  updated_at: string
}

export interface AuthTables {
  staff_totp: StaffTotpTable
}
