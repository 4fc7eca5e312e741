import type { Executor } from '../../db/database'
import { WAITING } from './tickets.repository'

/*
 * What other modules (system's monitoring, supervision's dashboard and wall) read of the queue's
 * tickets without its service: counts and times, never a person's data.
 */

/**
 * Tickets of one service day still waiting to be called, per category (its code), with the
 * earliest arrival, from the partial index of the waiting line (queue_tickets_waiting_line,
 * migration 0045). The status is the literal `WAITING`: as a parameter, PostgreSQL's plan of the
 * named statement could not use the partial index (it planned anew on every run instead), and
 * SQLite prepared the cached statement again on every run to match the bound value.
 */
export async function waitingTicketsByCategory(
  db: Executor,
  serviceDate: string,
): Promise<Array<{ category: string; n: number; oldest: string }>> {
  const rows = await db
    .selectFrom('queue_tickets as t')
    .innerJoin('queue_categories as c', 'c.id', 't.category_id')
    .select([
      'c.code as category',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.min('t.arrived_at').as('oldest'),
    ])
    .where('t.service_date', '=', serviceDate)
    .where('t.status', '=', WAITING)
    .groupBy('c.code')
    .execute()
  return rows.map((r) => ({ category: r.category, n: Number(r.n), oldest: String(r.oldest) }))
}

/** Called tickets' service day, arrival and call times in a range of service days. */
export async function calledTicketTimes(
  db: Executor,
  from: string,
  to: string,
): Promise<Array<{ serviceDate: string; arrivedAt: string; calledAt: string }>> {
  const rows = await db
    .selectFrom('queue_tickets')
    .select(['service_date', 'arrived_at', 'called_at'])
    .where('service_date', '>=', from)
    .where('service_date', '<=', to)
    .where('called_at', 'is not', null)
    .execute()
  return rows.map((r) => ({ serviceDate: r.service_date, arrivedAt: r.arrived_at, calledAt: r.called_at! }))
}

/**
 * Tickets called at a window in a range of service days, with the columns the queue statistics
 * read (queue-stats.ts `TicketTimes`, plus the window that called them).
 */
export async function ticketsCalledAtWindows(db: Executor, from: string, to: string) {
  return db
    .selectFrom('queue_tickets')
    .select([
      'category_id',
      'window_id',
      'clerk_id',
      'status',
      'source',
      'arrived_at',
      'issued_at',
      'called_at',
      'started_at',
      'finished_at',
      'estimated_wait_minutes',
    ])
    .where('service_date', '>=', from)
    .where('service_date', '<=', to)
    .where('called_at', 'is not', null)
    .where('window_id', 'is not', null)
    .execute()
}
