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
  users: UsersTable
  user_roles: UserRolesTable
  sessions: SessionsTable
  staff_totp: StaffTotpTable
}
