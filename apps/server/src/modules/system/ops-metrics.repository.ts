import type { Executor } from '../../db/database'
import { lastSealAt } from '../cases/cases.queries'
import { dueJobFigures } from '../jobs/jobs.queries'
import { waitingTicketsByCategory } from '../queue/queue-tickets.queries'
import { queuedSmsFigures } from '../sms/sms-outbox.queries'

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
    return queuedSmsFigures(this.db)
  }

  /** Queued jobs whose time has come: how many are later than `late`, and the earliest due time. */
  async dueJobs(now: string, late: string): Promise<{ overdue: number; oldestDue: string | null }> {
    // jobs_due (status, run_at)
    return dueJobFigures(this.db, now, late)
  }

  /** When the case history was last sealed (the cases module reads its newest checkpoint). */
  async lastSealAt(): Promise<string | null> {
    return lastSealAt(this.db)
  }
}
