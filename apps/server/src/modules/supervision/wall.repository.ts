import type { Db } from '../../db/database'

/**
 * What the supervision wall reads besides the dashboard: department names, queue tickets' times,
 * ratings per day and the latest comments. Aggregates and free text only; no person's data is
 * selected (the comment is scrubbed by the service before it leaves).
 */
export class WallRepository {
  constructor(private readonly db: Db) {}

  async departments() {
    return this.db
      .selectFrom('departments')
      .select(['id', 'name', 'name_ug', 'name_en'])
      .where('is_active', '=', 1)
      .orderBy('sort_order')
      .orderBy('code')
      .execute()
  }

  /** Called tickets' arrival and call times in a range of service days. */
  async calledTickets(from: string, to: string) {
    const rows = await this.db
      .selectFrom('queue_tickets')
      .select(['service_date', 'arrived_at', 'called_at'])
      .where('service_date', '>=', from)
      .where('service_date', '<=', to)
      .where('called_at', 'is not', null)
      .execute()
    return rows.map((r) => ({ serviceDate: r.service_date, arrivedAt: r.arrived_at, calledAt: r.called_at! }))
  }

  /** Ratings per day (upheld appeals left out) and how many were 满意 or better. */
  async ratingsByDay(from: string, to: string) {
    const rows = await this.db
      .selectFrom('ratings')
      .select([
        'rated_on',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.sum<number>(eb.case().when('score', '>=', 4).then(1).else(0).end()).as('satisfied'),
      ])
      .where('rated_on', '>=', from)
      .where('rated_on', '<=', to)
      .where('is_excluded', '=', 0)
      .groupBy('rated_on')
      .execute()
    return rows.map((r) => ({ day: r.rated_on, ratings: Number(r.n), satisfied: Number(r.satisfied ?? 0) }))
  }

  /** The latest rated comments with the window's number (never the phone or the staff). */
  async latestComments(limit: number) {
    return this.db
      .selectFrom('ratings as r')
      .leftJoin('hall_windows as w', 'w.id', 'r.window_id')
      .select(['r.level', 'r.comment', 'r.rated_on', 'w.number as window_number'])
      .where('r.comment', 'is not', null)
      .where('r.comment', '<>', '')
      .where('r.is_excluded', '=', 0)
      .orderBy('r.rated_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(limit)
      .execute()
  }
}
