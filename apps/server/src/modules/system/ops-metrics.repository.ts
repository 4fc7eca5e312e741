import type { Executor } from '../../db/database'
import { lastSealAt } from '../cases/cases.queries'
import { waitingTicketsByCategory } from '../queue/queue-tickets.queries'

/** The figures monitoring asks about, each from an index (see the migrations named beside each). */
export class OpsMetricsRepository {
  constructor(private readonly db: Executor) {}

  /** Tickets of one service day still waiting to be called, per category, with the earliest arrival. */
  async waitingTickets(serviceDate: string): Promise<Array<{ category: string; n: number; oldest: string }>> {
    // queue_tickets_waiting (service_date, category_id, status, priority_group, arrived_at)
    return waitingTicketsByCategory(this.db, serviceDate)
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

  /** When the case history was last sealed (the cases module reads its newest checkpoint). */
  async lastSealAt(): Promise<string | null> {
    return lastSealAt(this.db)
  }
}
