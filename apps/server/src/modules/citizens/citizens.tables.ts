/** Tables of citizens and their sign-in codes (created by migration 0010-online). */
export interface CitizensTable {
  id: string
  phone: string
  /** the bound resident ID number, or null */
  id_number: string | null
  name: string | null
  created_at: string
  last_sign_in_at: string | null
}

export interface CitizenOtpsTable {
  id: string
  phone: string
  /** sha256 of the phone and the code: a leaked table does not leak codes */
  code_hash: string
  ip: string | null
  attempts: number
  is_spent: number
  expires_at: string
  created_at: string
}

export interface CitizenTables {
  citizens: CitizensTable
  citizen_otps: CitizenOtpsTable
}
