/** The audit trail (migration 0001). */
export interface AuditLogTable {
  id: string
  at: string
  actor: string
  action: string
  subject: string | null
  ip: string | null
  details: string | null
}

export interface AuditTables {
  audit_log: AuditLogTable
}
