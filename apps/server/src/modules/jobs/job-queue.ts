import type { Executor } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { JobRegistry } from './job-registry'
import type { JobsRepository } from './jobs.repository'

export interface EnqueueOptions {
  /** idempotency key: a second job of the same type and key is not created */
  key?: string
  runAt?: Date
}

/** Enqueues jobs, in the caller's transaction when given one. */
export class JobQueue {
  private wakeListener: (() => void) | null = null

  constructor(
    private readonly registry: JobRegistry,
    private readonly repo: JobsRepository,
    private readonly clock: Clock,
  ) {}

  onEnqueue(listener: () => void): void {
    this.wakeListener = listener
  }

  /** Returns false when a job with that key already exists. */
  async enqueue(
    type: string,
    payload: unknown,
    options: EnqueueOptions = {},
    tx?: Executor,
  ): Promise<boolean> {
    const def = this.registry.get(type)
    if (!def) throw new AppError('JOB_TYPE_UNKNOWN', `unknown job type ${type}`)
    const parsed = def.payload.safeParse(payload)
    if (!parsed.success)
      throw new AppError('VALIDATION_FAILED', `invalid payload for job ${type}`, {
        issues: parsed.error.issues,
      })
    const now = this.clock.now()
    const inserted = await this.repo.insert(
      {
        id: newId(now.getTime()),
        type,
        key: options.key ?? null,
        payload: JSON.stringify(parsed.data),
        status: 'queued',
        run_at: (options.runAt ?? now).toISOString(),
        attempts: 0,
        max_attempts: def.maxAttempts ?? 5,
        locked_by: null,
        locked_until: null,
        last_error: null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      },
      tx,
    )
    if (inserted && this.wakeListener) setImmediate(this.wakeListener)
    return inserted
  }
}
