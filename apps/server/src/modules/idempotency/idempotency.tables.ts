/** The first answer to a request with an Idempotency-Key (migration 0022). */
export interface IdempotencyKeysTable {
  /** sha256 of caller, route and key */
  id: string
  /** sha256 of the request's method, URL and body */
  request_hash: string
  /** null while the first request runs */
  status: number | null
  response: string | null
  created_at: string
  expires_at: string
}

export interface IdempotencyTables {
  idempotency_keys: IdempotencyKeysTable
}
