import type { RatingSubjectKind } from '@yimin/shared'
import type { Executor } from '../../db/database'
import type { RatingInvitationsTable, RatingsTable } from './ratings.tables'

/** All SQL of invitations, ratings, satisfaction and opt-outs (what can be rated: rating-subjects; bad reviews: rectifications). */
export class RatingsRepository {
  constructor(private readonly db: Executor) {}

  /** false when this subject was already invited (another instance, an earlier sweep). */
  async insertInvitation(row: RatingInvitationsTable, tx: Executor): Promise<boolean> {
    const r = await tx
      .insertInto('rating_invitations')
      .values(row)
      .onConflict((oc) => oc.columns(['subject_kind', 'subject_id']).doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
  }

  // --- ratings ---

  /** false when the subject already has a rating (一事一评 / 一次一评: the unique subject decides). */
  async insertRating(row: RatingsTable, tx: Executor): Promise<boolean> {
    const r = await tx
      .insertInto('ratings')
      .values(row)
      .onConflict((oc) => oc.columns(['subject_kind', 'subject_id']).doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
  }

  async rating(id: string, tx: Executor = this.db): Promise<RatingsTable | undefined> {
    return tx.selectFrom('ratings').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async ratingOf(
    kind: RatingSubjectKind,
    subjectId: string,
    tx: Executor = this.db,
  ): Promise<RatingsTable | undefined> {
    return tx
      .selectFrom('ratings')
      .selectAll()
      .where('subject_kind', '=', kind)
      .where('subject_id', '=', subjectId)
      .executeTakeFirst()
  }

  /** Counts per department, window or staff over local dates [from, to]; excluded (appealed) ratings left out. */
  async satisfaction(
    of: 'department' | 'window' | 'staff',
    from: string,
    to: string,
    tx: Executor = this.db,
  ) {
    const column = of === 'department' ? 'department_id' : of === 'window' ? 'window_id' : 'staff_id'
    const rows = await tx
      .selectFrom('ratings')
      .select((eb) => [
        eb.ref(column).as('group_id'),
        eb.fn.countAll<number>().as('n'),
        eb.fn.sum<number>('score').as('score_sum'),
        eb.fn.sum<number>(eb.case().when('score', '>=', 4).then(1).else(0).end()).as('satisfied'),
        eb.fn.sum<number>('is_bad').as('bad'),
      ])
      .where('rated_on', '>=', from)
      .where('rated_on', '<=', to)
      .where('is_excluded', '=', 0)
      .where(column, 'is not', null)
      .groupBy(column)
      .execute()
    return rows.map((r) => ({
      id: String(r.group_id),
      n: Number(r.n),
      scoreSum: Number(r.score_sum),
      satisfied: Number(r.satisfied),
      bad: Number(r.bad),
    }))
  }

  // --- opt-outs (TD) ---

  async isOptedOut(phone: string, tx: Executor = this.db): Promise<boolean> {
    return (
      (await tx.selectFrom('sms_opt_outs').select('phone').where('phone', '=', phone).executeTakeFirst()) !==
      undefined
    )
  }

  async optOut(phone: string, at: string, messageId: string | null, tx: Executor = this.db): Promise<void> {
    await tx
      .insertInto('sms_opt_outs')
      .values({ phone, opted_out_at: at, message_id: messageId })
      .onConflict((oc) => oc.column('phone').doNothing())
      .execute()
  }
}
