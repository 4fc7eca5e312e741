import type { Executor } from '../../db/database'

/*
 * What ratings read of the cases: who handled a case, when it ended and whom its notices go to
 * (一事一评: a case is rated once it is completed).
 */

/**
 * The cases' facts a rating needs, as a derived table with these stable columns, for a statement
 * that joins ratings' own rows: `.selectFrom(caseRatingFacts(tx).as('c')).leftJoin('ratings as r', …)`.
 * Both databases flatten it into the outer statement (the same plan as naming `cases` there).
 */
export const caseRatingFacts = (db: Executor) =>
  db
    .selectFrom('cases')
    .select([
      'id',
      'number',
      'matter_name',
      'department_id',
      'window_id',
      'received_by',
      'status',
      'completed_at',
      'applicant_id_number',
      'applicant_phone',
      'agent_phone',
      'notify',
      'citizen_id',
      'bundle_id',
    ])
