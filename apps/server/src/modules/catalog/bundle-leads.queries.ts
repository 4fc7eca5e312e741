import type { Executor } from '../../db/database'

/**
 * The department that leads each bundle (`code`, `lead_department_id`), as a derived table for a
 * statement about another module's rows: `.leftJoin(bundleLeads(tx).as('b'), 'b.code', 'a.code')`.
 */
export const bundleLeads = (db: Executor) => db.selectFrom('bundles').select(['code', 'lead_department_id'])
