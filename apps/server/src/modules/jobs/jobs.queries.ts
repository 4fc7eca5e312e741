import type { Executor } from '../../db/database'
import type { JobsRepository } from './jobs.repository'

/** What the platform's daily clean-up asks of the jobs table: to forget finished jobs. */
export type FinishedJobs = Pick<JobsRepository, 'pruneFinished'>

/**
 * Queued jobs whose time has come (monitoring): how many are due before `late`, and the earliest
 * due time. Reads the jobs_due (status, run_at) index.
 */
export async function dueJobFigures(
  db: Executor,
  now: string,
  late: string,
): Promise<{ overdue: number; oldestDue: string | null }> {
  const r = await db
    .selectFrom('jobs')
    .select([
      (eb) => eb.fn.count<number>(eb.case().when('run_at', '<', late).then(1).end()).as('overdue'),
      (eb) => eb.fn.min('run_at').as('oldest'),
    ])
    .where('status', '=', 'queued')
    .where('run_at', '<=', now)
    .executeTakeFirstOrThrow()
  return { overdue: Number(r.overdue), oldestDue: r.oldest === null ? null : String(r.oldest) }
}
