import type { JobsRepository } from './jobs.repository'

/** What the platform's daily clean-up asks of the jobs table: to forget finished jobs. */
export type FinishedJobs = Pick<JobsRepository, 'pruneFinished'>
