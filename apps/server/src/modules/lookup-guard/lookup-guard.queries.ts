import type { LookupGuardRepository } from './lookup-guard.repository'

/** The attempt counters and locks that auth's sign-in backoff keeps in `lookup_guards`. */
export type GuardCounters = Pick<LookupGuardRepository, 'countAttempt' | 'reset' | 'lock'>
