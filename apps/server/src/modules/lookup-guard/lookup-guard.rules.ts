/** How wrong second factors lock a case or bundle number (issue 17.2). Pure rules. */
export interface LockPolicy {
  /** wrong tries in a row that lock the number */
  maxFailures: number
  /** the first lock */
  lockMs: number
  /** the longest lock (each repeated lock doubles up to this) */
  maxLockMs: number
}

const DAY_MS = 86_400_000

/** The length of the next lock after `previousLocks` locks: doubling, capped. */
export function lockDurationMs(policy: LockPolicy, previousLocks: number): number {
  const doubled = policy.lockMs * 2 ** Math.min(previousLocks, 30)
  return Math.min(doubled, policy.maxLockMs)
}

/** Locks that still count for the doubling: none once a day passed since the last one ended. */
export function locksThatCount(state: { lockCount: number; lockedUntil: string | null }, now: Date): number {
  if (!state.lockedUntil) return 0
  return now.getTime() - Date.parse(state.lockedUntil) > DAY_MS ? 0 : state.lockCount
}

/** The start of the minute an address's attempts are counted in. */
export const minuteWindow = (now: Date) => new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString()
