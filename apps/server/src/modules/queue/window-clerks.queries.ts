import type { Executor } from '../../db/database'

/*
 * What another module (ratings' evaluation pads) reads of the queue's window states: who serves
 * at a window now.
 */

/**
 * The clerk at each window that is not closed (`window_id`, `clerk_id`), as a derived table for a
 * statement that joins the clerk's user row: `.selectFrom(servingClerks(db).as('s'))`.
 */
export const servingClerks = (db: Executor) =>
  db.selectFrom('queue_window_states').select(['window_id', 'clerk_id']).where('status', '<>', 'closed')
