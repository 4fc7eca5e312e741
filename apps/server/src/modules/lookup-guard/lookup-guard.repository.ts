import { sql } from 'kysely'
import type { Db, Executor } from '../../db/database'
import { caseRows } from '../cases/case-rows.queries'
import { bundleCases } from '../online/bundle-applications.queries'

export interface NumberAttempt {
  attempts: number
  lockedUntil: string | null
  lockCount: number
}

/** The counters of anonymous second-factor attempts (lookup_guards). */
export class LookupGuardRepository {
  constructor(private readonly db: Db) {}

  /** Counts one attempt from an address in `window`; returns the attempts in that window. */
  async hitAddress(key: string, window: string, now: string): Promise<number> {
    const row = await this.db
      .insertInto('lookup_guards')
      .values({ key, attempts: 1, window_start: window, lock_count: 0, updated_at: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          attempts: sql<number>`case when lookup_guards.window_start = excluded.window_start then lookup_guards.attempts + 1 else 1 end`,
          window_start: sql<string>`excluded.window_start`,
          updated_at: now,
        }),
      )
      .returning('attempts')
      .executeTakeFirstOrThrow()
    return Number(row.attempts)
  }

  /** Counts one attempt at a number (atomically: concurrent attempts get distinct counts). */
  async countAttempt(key: string, now: string): Promise<NumberAttempt> {
    const row = await this.db
      .insertInto('lookup_guards')
      .values({ key, attempts: 1, window_start: now, lock_count: 0, updated_at: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ attempts: sql<number>`lookup_guards.attempts + 1`, updated_at: now }),
      )
      .returning(['attempts', 'locked_until', 'lock_count'])
      .executeTakeFirstOrThrow()
    return {
      attempts: Number(row.attempts),
      lockedUntil: row.locked_until,
      lockCount: Number(row.lock_count),
    }
  }

  /** A right answer: the count starts over. */
  async reset(key: string): Promise<void> {
    await this.db.updateTable('lookup_guards').set({ attempts: 0 }).where('key', '=', key).execute()
  }

  /** Locks a number unless a lock is already running; true when this call locked it. */
  async lock(
    key: string,
    lockedUntil: string,
    lockCount: number,
    now: string,
    tx: Executor = this.db,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('lookup_guards')
      .set({ locked_until: lockedUntil, lock_count: lockCount, attempts: 0, updated_at: now })
      .where('key', '=', key)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
      .executeTakeFirst()
    return Number(r.numUpdatedRows) > 0
  }

  /** Claims today's lock SMS for a number; false when it was already sent today. */
  async claimNotice(key: string, today: string, tx: Executor): Promise<boolean> {
    const r = await tx
      .updateTable('lookup_guards')
      .set({ notified_on: today })
      .where('key', '=', key)
      .where((eb) => eb.or([eb('notified_on', 'is', null), eb('notified_on', '<>', today)]))
      .executeTakeFirst()
    return Number(r.numUpdatedRows) > 0
  }

  /** The applicant's phone behind a case number or a bundle number (YJS…), if the number exists. */
  async applicantPhone(number: string, tx: Executor = this.db): Promise<string | null> {
    const row = number.startsWith('YJS')
      ? await tx
          .selectFrom(bundleCases(tx).as('l'))
          .innerJoin(caseRows(tx).as('c'), 'c.id', 'l.case_id')
          .select('c.applicant_phone')
          .where('l.bundle_number', '=', number)
          .orderBy('c.number')
          .executeTakeFirst()
      : await tx
          .selectFrom(caseRows(tx).as('c'))
          .select('c.applicant_phone')
          .where('c.number', '=', number)
          .executeTakeFirst()
    return row?.applicant_phone ?? null
  }

  /** Forgets counters untouched since `before` whose lock (if any) ended by then. */
  async prune(before: string): Promise<number> {
    const r = await this.db
      .deleteFrom('lookup_guards')
      .where('updated_at', '<', before)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', before)]))
      .executeTakeFirst()
    return Number(r.numDeletedRows)
  }
}
