import type { Executor } from '../../db/database'

/*
 * What ratings read of the online applications: the bundles (一件事) that were submitted, each
 * rated as one.
 */

/**
 * Submitted bundle applications (`id`, `bundle_number`, `name`, `code`; the bundle number is set),
 * as a derived table: `.selectFrom(submittedBundles(tx).as('a'))`.
 */
export const submittedBundles = (db: Executor) =>
  db
    .selectFrom('online_applications')
    .select(['id', 'bundle_number', 'name', 'code'])
    .where('kind', '=', 'bundle')
    .where('bundle_number', 'is not', null)
