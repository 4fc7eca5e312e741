import type { Executor } from '../../db/database'

/**
 * The cases' rows (every column of `cases`) as a derived table, for a statement of another module
 * that finds cases through its own link rows (an online application's cases, a citizen's cases
 * with their bundle number): `.innerJoin(caseRows(tx).as('c'), 'c.id', 'l.case_id')`. Both
 * databases flatten it into the outer statement.
 */
export const caseRows = (db: Executor) => db.selectFrom('cases').selectAll()
