/** Anonymous second-factor attempts: `number:<case or bundle number>` or `address:<ip>` (migration 0020). */
export interface LookupGuardsTable {
  key: string
  /** attempts since the last success or lock (a number), or in the current minute (an address) */
  attempts: number
  /** an address's current minute; a number's first attempt since its counter restarted */
  window_start: string
  locked_until: string | null
  /** locks so far, for the doubling; restarts after a day without one */
  lock_count: number
  /** the center date the applicant was last told of a lock (one SMS a day at most) */
  notified_on: string | null
  updated_at: string
}

export interface LookupGuardTables {
  lookup_guards: LookupGuardsTable
}
