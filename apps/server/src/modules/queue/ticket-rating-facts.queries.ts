import type { Executor } from '../../db/database'

/*
 * What ratings read of the queue: the visits (tickets) that can be rated, with their category's
 * name, who served them and the phone the ticket carries.
 */

/**
 * Tickets with their category's Chinese name as `category_name`, as a derived table for a
 * statement that joins ratings' own rows: `.selectFrom(ticketRatingFacts(tx).as('t'))`.
 */
export const ticketRatingFacts = (db: Executor) =>
  db
    .selectFrom('queue_tickets as t')
    .innerJoin('queue_categories as q', 'q.id', 't.category_id')
    .select([
      't.id',
      't.token',
      't.number',
      't.status',
      't.window_id',
      't.clerk_id',
      't.finished_at',
      't.phone',
      'q.name as category_name',
    ])
