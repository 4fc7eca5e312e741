import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { GuardCounters } from '../lookup-guard/lookup-guard.queries'
import { lockDurationMs, locksThatCount, type LockPolicy } from '../lookup-guard/lookup-guard.rules'

/**
 * Per-account backoff of staff sign-in (issue 17.5), besides the per-address limit: after
 * `maxFailures` wrong passwords in a row the account's sign-in pauses, each further pause twice
 * as long up to `maxLockMs`. Unknown usernames are counted the same way (no hint that an account
 * exists). Counters live in the database (lookup_guards, key `login:<username>`), so every
 * instance sees them. A right password starts the count over.
 */
export class LoginBackoff {
  constructor(
    private readonly repo: GuardCounters,
    private readonly clock: Clock,
    private readonly policy: LockPolicy,
  ) {}

  /** Counts a sign-in attempt before the password is checked; refuses it during a pause. */
  async before(
    username: string,
  ): Promise<{ key: string; attempt: number; lockCount: number; lockedUntil: string | null }> {
    const key = `login:${username.trim().toLowerCase()}`
    const now = this.clock.now().toISOString()
    const state = await this.repo.countAttempt(key, now)
    if (state.lockedUntil !== null && state.lockedUntil > now) throw paused(state.lockedUntil)
    if (state.attempts > this.policy.maxFailures) {
      const until = await this.pause(key, state)
      throw paused(until)
    }
    return { key, attempt: state.attempts, lockCount: state.lockCount, lockedUntil: state.lockedUntil }
  }

  async after(ticket: Awaited<ReturnType<LoginBackoff['before']>>, isWrong: boolean): Promise<void> {
    if (!isWrong) await this.repo.reset(ticket.key)
    else if (ticket.attempt >= this.policy.maxFailures) await this.pause(ticket.key, ticket)
  }

  private async pause(
    key: string,
    state: { lockCount: number; lockedUntil: string | null },
  ): Promise<string> {
    const now = this.clock.now()
    const previous = locksThatCount(state, now)
    const until = new Date(now.getTime() + lockDurationMs(this.policy, previous)).toISOString()
    await this.repo.lock(key, until, previous + 1, now.toISOString())
    return until
  }
}

function paused(until: string): AppError {
  return new AppError(
    'AUTH_TEMPORARILY_LOCKED',
    'too many wrong passwords for this account; try again later',
    {
      retryAfter: until,
    },
  )
}
