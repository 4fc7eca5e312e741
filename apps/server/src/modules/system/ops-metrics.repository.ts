import type { Executor } from '../../db/database'

/** The figures monitoring asks about, each from an index (see the migrations named beside each). */
export class OpsMetricsRepository {
  constructor(private readonly db: Executor) {}

  /** Tickets of one service day still waiting to be called, per category, with the earliest arrival. */
  async waitingTickets(serviceDate: string): Promise<Array<{ category: string; n: number; oldest: string }>> {
    // queue_tickets_waiting (service_date, category_id, status, priority_group, arrived_at)
    const rows = await this.db
      .selectFrom('queue_tickets as t')
      .innerJoin('queue_categories as c', 'c.id', 't.category_id')
      .select([
        'c.code as category',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.min('t.arrived_at').as('oldest'),
      ])
      .where('t.service_date', '=', serviceDate)
      .where('t.status', '=', 'issued')
      .groupBy('c.code')
      .execute()
    return rows.map((r) => ({ category: r.category, n: Number(r.n), oldest: String(r.oldest) }))
  }

  /** The SMS outbox: queued (with the oldest), and those marked uncertain or failed. */
  async smsOutbox(): Promise<{ queued: number; oldestQueued: string | null }> {
    // sms_messages_due (status, next_attempt_at): only the queued rows are read
    const r = await this.db
      .selectFrom('sms_messages')
      .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('created_at').as('oldest')])
      .where('status', '=', 'queued')
      .executeTakeFirstOrThrow()
    return { queued: Number(r.n), oldestQueued: r.oldest === null ? null : String(r.oldest) }
  }

  /** Queued jobs whose time has come: how many are later than `late`, and the earliest due time. */
  async dueJobs(now: string, late: string): Promise<{ overdue: number; oldestDue: string | null }> {
    // jobs_due (status, run_at)
    const r = await this.db
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

  /**
   * When the case history was last sealed (the newest checkpoint; ids are time-ordered, so the
   * primary key finds it). The one place that reads seal times: adapt it when sealing changes.
   */
  async lastSealAt(): Promise<string | null> {
    const r = await this.db
      .selectFrom('chain_checkpoints')
      .select('at')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
    return r?.at ?? null
  }
}
