import type { Principal } from '@yimin/shared'
import type { Db } from '../../db/database'
import { localDate, type Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { SmsService } from '../sms/sms.service'
import type { LookupGuardRepository } from './lookup-guard.repository'
import { lockDurationMs, locksThatCount, minuteWindow, type LockPolicy } from './lookup-guard.rules'

export interface LookupGuardOptions extends LockPolicy {
  /** anonymous second-factor attempts per client address per minute, across every route */
  perAddressPerMinute: number
  timeZone: string
}

/** One anonymous attempt at a number, counted before its answer is known. */
export interface LookupTicket {
  number: string
  key: string
  attempt: number
  /** the number's earlier locks, for the doubling */
  lockCount: number
  lockedUntil: string | null
}

const LOCKED = 'too many wrong tries for this number; try again later'

/**
 * Second factors cannot be guessed (issue 17.2). Every anonymous route that takes a case or
 * bundle number with the last four of the applicant's ID or phone (progress lookups at the portal
 * and kiosk, the rating lookup and rating) counts attempts here, in the database so every instance
 * sees the same counts:
 * - per number: each attempt is counted before it is answered (concurrent guesses cannot slip
 *   past), a right answer starts the count over; the `maxFailures`-th wrong one locks the number's
 *   anonymous lookups, each repeated lock twice as long up to `maxLockMs`. A number that does not
 *   exist is counted and locked the same way, so the answers tell nothing about existence.
 * - per address: all these routes share one budget a minute.
 * Signed-in citizens and staff are not counted. When a number is locked its applicant gets one
 * SMS a day at most (from the `lookup.locked` template, through the outbox).
 */
export class LookupGuardService {
  constructor(
    private readonly db: Db,
    private readonly repo: LookupGuardRepository,
    private readonly clock: Clock,
    private readonly sms: SmsService,
    private readonly options: LookupGuardOptions,
  ) {}

  /** Counts an attempt before it is answered; refuses it while the number is locked. Null: not counted. */
  async before(principal: Principal, address: string, rawNumber: string): Promise<LookupTicket | null> {
    if (principal.kind === 'citizen' || principal.kind === 'staff') return null
    const now = this.clock.now()
    const nowIso = now.toISOString()
    const hits = await this.repo.hitAddress(`address:${address}`, minuteWindow(now), nowIso)
    if (hits > this.options.perAddressPerMinute)
      throw new AppError('RATE_LIMITED', 'too many requests, try again later')
    const number = rawNumber.trim().toUpperCase()
    const key = `number:${number}`
    const state = await this.repo.countAttempt(key, nowIso)
    if (state.lockedUntil !== null && state.lockedUntil > nowIso) throw new AppError('LOOKUP_LOCKED', LOCKED)
    if (state.attempts > this.options.maxFailures) {
      // more attempts at once than the budget: the ones past it lock the number
      await this.lock(number, key, state)
      throw new AppError('LOOKUP_LOCKED', LOCKED)
    }
    return {
      number,
      key,
      attempt: state.attempts,
      lockCount: state.lockCount,
      lockedUntil: state.lockedUntil,
    }
  }

  /** The attempt's answer: a wrong pair (`isWrong`) may lock the number, a right one starts over. */
  async after(ticket: LookupTicket, isWrong: boolean): Promise<void> {
    if (!isWrong) {
      await this.repo.reset(ticket.key)
      return
    }
    if (ticket.attempt >= this.options.maxFailures) {
      await this.lock(ticket.number, ticket.key, ticket)
    }
  }

  private async lock(
    number: string,
    key: string,
    state: { lockCount: number; lockedUntil: string | null },
  ): Promise<void> {
    const now = this.clock.now()
    const previous = locksThatCount(state, now)
    const ms = lockDurationMs(this.options, previous)
    const until = new Date(now.getTime() + ms).toISOString()
    const today = localDate(now, this.options.timeZone)
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.lock(key, until, previous + 1, now.toISOString(), tx))) return
      const phone = await this.repo.applicantPhone(number, tx)
      if (!phone || !(await this.repo.claimNotice(key, today, tx))) return
      await this.sms.queueTemplate(tx, {
        causeKey: `lookup.locked:${number}:${today}`,
        recipient: phone,
        template: 'lookup.locked',
        vars: { number, hours: String(Math.round(ms / 3_600_000)) },
      })
    })
  }

  /** Forgets counters untouched for two days whose lock ended (a platform job). */
  async prune(): Promise<number> {
    return this.repo.prune(new Date(this.clock.now().getTime() - 2 * 86_400_000).toISOString())
  }
}
