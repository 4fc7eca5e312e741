import { sql } from 'kysely'
import type { DialectName, Executor } from '../../db/database'
import { skipLocked } from '../../db/dialect'
import type { JobsTable } from './jobs.tables'

export class JobsRepository {
  constructor(
    private readonly db: Executor,
    private readonly dialect: DialectName,
  ) {}

  /** Inserts a job; with a key already used for that type it does nothing and returns false. */
  async insert(row: JobsTable, tx: Executor = this.db): Promise<boolean> {
    const r = await tx
      .insertInto('jobs')
      .values(row)
      .onConflict((oc) => oc.columns(['type', 'key']).doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
  }

  /**
   * Claims up to `limit` due jobs for one worker: queued ones whose time has come and running
   * ones whose lease ran out (their worker died). On PostgreSQL, SKIP LOCKED lets several
   * instances claim side by side without taking the same job.
   */
  async claim(workerId: string, now: string, leaseUntil: string, limit: number): Promise<JobsTable[]> {
    const result = await sql<JobsTable>`
      update jobs set status = 'running', locked_by = ${workerId}, locked_until = ${leaseUntil},
        attempts = attempts + 1, updated_at = ${now}
      where id in (
        select id from jobs
        where (status = 'queued' and run_at <= ${now}) or (status = 'running' and locked_until < ${now})
        order by run_at
        limit ${limit}
        ${skipLocked(this.dialect)}
      )
      returning *`.execute(this.db)
    return result.rows
  }

  async complete(id: string, workerId: string, now: string): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({ status: 'done', locked_by: null, locked_until: null, updated_at: now, last_error: null })
      .where('id', '=', id)
      .where('locked_by', '=', workerId)
      .execute()
  }

  async fail(
    id: string,
    workerId: string,
    error: string,
    now: string,
    retryAt: string | null,
  ): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({
        status: retryAt ? 'queued' : 'failed',
        run_at: retryAt ?? now,
        locked_by: null,
        locked_until: null,
        last_error: error.slice(0, 2000),
        updated_at: now,
      })
      .where('id', '=', id)
      .where('locked_by', '=', workerId)
      .execute()
  }

  async find(id: string): Promise<JobsTable | undefined> {
    return this.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findByKey(type: string, key: string): Promise<JobsTable | undefined> {
    return this.db
      .selectFrom('jobs')
      .selectAll()
      .where('type', '=', type)
      .where('key', '=', key)
      .executeTakeFirst()
  }

  async countByStatus(): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('jobs')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute()
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]))
  }

  async queuedTypes(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('jobs')
      .select('type')
      .distinct()
      .where('status', 'in', ['queued', 'running'])
      .execute()
    return rows.map((r) => r.type)
  }

  async pruneFinished(before: string): Promise<number> {
    const r = await this.db
      .deleteFrom('jobs')
      .where('status', 'in', ['done', 'failed'])
      .where('updated_at', '<', before)
      .executeTakeFirst()
    return Number(r.numDeletedRows)
  }
}
