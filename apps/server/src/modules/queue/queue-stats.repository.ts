import { sql } from 'kysely'
import type { Executor } from '../../db/database'
import { staffNamesOf } from '../auth/auth.queries'
import { windowNames } from '../org/windows.queries'
import type { QueueTicketsTable } from './queue.tables'

/**
 * The queue's statistics: service times per category (the estimates' mean), the tickets of a
 * period with their windows' and clerks' names.
 */
export class QueueStatsRepository {
  constructor(private readonly db: Executor) {}

  async serviceStats(tx: Executor = this.db): Promise<Map<string, { meanSeconds: number; samples: number }>> {
    const rows = await tx.selectFrom('queue_service_stats').selectAll().execute()
    return new Map(
      rows.map((r) => [
        r.category_id,
        { meanSeconds: Number(r.mean_service_seconds), samples: Number(r.samples) },
      ]),
    )
  }

  /**
   * Adds one service time to a category's weighted mean (nextMean, in one statement): atomic,
   * so windows finishing at once on several instances lose no sample. The category's row stays
   * locked until the commit: callers add it last.
   */
  async addServiceSample(
    categoryId: string,
    sampleSeconds: number,
    alpha: number,
    at: string,
    tx: Executor,
  ): Promise<void> {
    await tx
      .insertInto('queue_service_stats')
      .values({ category_id: categoryId, mean_service_seconds: sampleSeconds, samples: 1, updated_at: at })
      .onConflict((oc) =>
        oc.column('category_id').doUpdateSet({
          mean_service_seconds: sql<number>`case when queue_service_stats.samples = 0 then excluded.mean_service_seconds
            else queue_service_stats.mean_service_seconds + ${alpha} * (excluded.mean_service_seconds - queue_service_stats.mean_service_seconds) end`,
          samples: sql<number>`queue_service_stats.samples + 1`,
          updated_at: at,
        }),
      )
      .execute()
  }

  async ticketsOfDays(from: string, to: string, tx: Executor = this.db): Promise<QueueTicketsTable[]> {
    return tx
      .selectFrom('queue_tickets')
      .selectAll()
      .where('service_date', '>=', from)
      .where('service_date', '<=', to)
      .execute()
  }

  /** Windows' numbers and names in three languages (statistics). */
  async windowNames(ids: string[], tx: Executor = this.db) {
    return windowNames(tx, ids)
  }

  /** Staff display names (statistics by clerk). */
  async staffNames(ids: string[], tx: Executor = this.db) {
    return staffNamesOf(tx, ids)
  }
}
