import type { Executor } from '../../db/database'

/*
 * What cases read of the online applications in their own statements: a bundle application's
 * number and name (一件事, the cases filed under it carry its id as `bundle_id`). A derived table
 * for the caller to select from or join; both databases flatten it.
 */

/** An application as cases refer to it: id, kind, code (matter or bundle), name, bundle_number. */
export const applicationRefs = (db: Executor) =>
  db.selectFrom('online_applications').select(['id', 'kind', 'code', 'name', 'bundle_number'])
