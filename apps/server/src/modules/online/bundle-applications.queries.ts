import type { Executor } from '../../db/database'

/*
 * What other modules read of the online applications in their own statements, as derived tables
 * for the caller to select from or join (both databases flatten them): cases read a bundle
 * application's number and name (一件事; the cases filed under it carry its id as `bundle_id`);
 * ratings and lookup-guard read the bundles that were submitted (each rated as one) and their cases.
 */

/** An application as cases refer to it: id, kind, code (matter or bundle), name, bundle_number. */
export const applicationRefs = (db: Executor) =>
  db.selectFrom('online_applications').select(['id', 'kind', 'code', 'name', 'bundle_number'])

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
