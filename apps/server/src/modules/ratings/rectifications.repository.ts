import type { Executor } from '../../db/database'
import { staffNames } from '../auth/auth.queries'
import { departmentNames } from '../org/departments.queries'
import type { RatingAppealsTable, RatingRectificationsTable, RatingsTable } from './ratings.tables'

export type RectificationRow = RatingRectificationsTable & {
  subject_kind: RatingsTable['subject_kind']
  subject_label: string
  level: RatingsTable['level']
  comment: string | null
  channel: RatingsTable['channel']
  phone: string | null
  rated_at: string
  is_excluded: number
  department_name: string | null
  callback_name: string | null
}

/** All SQL of bad reviews' rectifications (整改) and the departments' appeals (申诉). */
export class RectificationsRepository {
  constructor(private readonly db: Executor) {}

  // --- rectifications ---

  async insertRectification(row: RatingRectificationsTable, tx: Executor): Promise<void> {
    await tx.insertInto('rating_rectifications').values(row).execute()
  }

  async updateRectification(
    id: string,
    fromStatuses: string[],
    patch: Partial<RatingRectificationsTable>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('rating_rectifications')
      .set(patch)
      .where('id', '=', id)
      .where('status', 'in', fromStatuses as never)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  private rectificationQuery(tx: Executor) {
    return tx
      .selectFrom('rating_rectifications as x')
      .innerJoin('ratings as r', 'r.id', 'x.rating_id')
      .leftJoin(departmentNames(tx).as('d'), 'd.id', 'x.department_id')
      .leftJoin(staffNames(tx).as('u'), 'u.id', 'x.callback_by')
      .selectAll('x')
      .select([
        'r.subject_kind',
        'r.subject_label',
        'r.level',
        'r.comment',
        'r.channel',
        'r.phone',
        'r.rated_at',
        'r.is_excluded',
        'd.name as department_name',
        'u.display_name as callback_name',
      ])
  }

  async rectification(id: string, tx: Executor = this.db): Promise<RectificationRow | undefined> {
    return this.rectificationQuery(tx).where('x.id', '=', id).executeTakeFirst()
  }

  async rectifications(
    filter: { departments: 'all' | string[]; status?: string },
    tx: Executor = this.db,
  ): Promise<RectificationRow[]> {
    if (filter.departments !== 'all' && filter.departments.length === 0) return []
    let q = this.rectificationQuery(tx)
    if (filter.departments !== 'all') q = q.where('x.department_id', 'in', filter.departments)
    if (filter.status) q = q.where('x.status', '=', filter.status as never)
    return q.orderBy('x.due_on').orderBy('x.created_at').limit(500).execute()
  }

  /** Rectifications still open (not closed), for the BAD_RATING_NOT_RECTIFIED rule. */
  async openRectifications(tx: Executor = this.db) {
    return tx
      .selectFrom('rating_rectifications as x')
      .innerJoin('ratings as r', 'r.id', 'x.rating_id')
      .select([
        'x.id',
        'x.rating_id',
        'x.department_id',
        'x.status',
        'x.due_on',
        'r.subject_kind',
        'r.subject_id',
        'r.subject_label',
        'r.window_id',
        'r.is_excluded',
        'r.level',
      ])
      .where('x.status', '!=', 'closed')
      .execute()
  }

  // --- appeals ---

  async insertAppeal(row: RatingAppealsTable, tx: Executor): Promise<boolean> {
    const r = await tx
      .insertInto('rating_appeals')
      .values(row)
      .onConflict((oc) => oc.column('rectification_id').doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
  }

  async appealsOf(rectificationIds: string[], tx: Executor = this.db): Promise<RatingAppealsTable[]> {
    if (rectificationIds.length === 0) return []
    return tx
      .selectFrom('rating_appeals')
      .selectAll()
      .where('rectification_id', 'in', rectificationIds)
      .execute()
  }

  async appeal(id: string, tx: Executor = this.db): Promise<RatingAppealsTable | undefined> {
    return tx.selectFrom('rating_appeals').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async decideAppeal(
    id: string,
    patch: Pick<RatingAppealsTable, 'status' | 'decided_by' | 'decided_at' | 'decision_note'>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('rating_appeals')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** An upheld appeal takes its rating out of the statistics. */
  async setExcluded(ratingId: string, isExcluded: boolean, tx: Executor): Promise<void> {
    await tx
      .updateTable('ratings')
      .set({ is_excluded: isExcluded ? 1 : 0 })
      .where('id', '=', ratingId)
      .execute()
  }

  async appeals(status: string | null, tx: Executor = this.db) {
    let q = tx
      .selectFrom('rating_appeals as a')
      .innerJoin('ratings as r', 'r.id', 'a.rating_id')
      .leftJoin(departmentNames(tx).as('d'), 'd.id', 'a.department_id')
      .selectAll('a')
      .select(['r.subject_label', 'r.level', 'r.comment', 'd.name as department_name'])
    if (status) q = q.where('a.status', '=', status as never)
    return q.orderBy('a.filed_at').limit(500).execute()
  }
}
