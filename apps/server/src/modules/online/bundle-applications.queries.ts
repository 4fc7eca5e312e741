import type { Executor } from '../../db/database'

/*
 * What other modules (ratings, lookup-guard) read of the online applications: the bundles (一件事)
 * that were submitted (each rated as one) and their cases.
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

/**
 * The cases of each submitted bundle (`bundle_number`, `case_id`), as a derived table for a
 * statement that joins the cases: `.selectFrom(bundleCases(tx).as('l')).innerJoin(…, 'l.case_id')`.
 */
export const bundleCases = (db: Executor) =>
  db
    .selectFrom('online_applications as a')
    .innerJoin('online_application_cases as l', 'l.application_id', 'a.id')
    .select(['a.bundle_number', 'l.case_id'])
