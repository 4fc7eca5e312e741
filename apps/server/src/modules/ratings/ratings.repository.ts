import type { RatingSubjectKind } from '@yimin/shared'
import type { Executor } from '../../db/database'
import { bundleSubject, type BundleFacts } from './bundle-subject'
import type { RatableSubject } from './ratable-subject'
import type {
  RatingAppealsTable,
  RatingInvitationsTable,
  RatingRectificationsTable,
  RatingsTable,
} from './ratings.tables'

export type { RatableSubject }

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

const RATED_CASE_STATUSES = ['completed', 'delivered']

/** A case's `received_by` is an actor label (`staff:<user id>`); ratings keep the user id, as tickets' clerks. */
export const staffIdOf = (receivedBy: string): string | null =>
  receivedBy.startsWith('staff:') ? receivedBy.slice('staff:'.length) : null

/** A completed case as the subject of its rating (一事一评); `phone` is whom the invitation texts, if anyone. */
export function caseRatingSubject(
  c: {
    id: string
    number: string
    matter_name: string
    department_id: string
    window_id: string | null
    received_by: string
    completed_at: string
  },
  phone: string | null,
): RatableSubject {
  return {
    kind: 'case',
    id: c.id,
    label: c.number,
    title: c.matter_name,
    departmentId: c.department_id,
    windowId: c.window_id,
    staffId: staffIdOf(c.received_by),
    endedAt: c.completed_at,
    phone,
  }
}

/** All SQL of ratings, rectifications, appeals, opt-outs and invitations. */
export class RatingsRepository {
  constructor(private readonly db: Executor) {}

  // --- what can be rated ---

  async caseByNumber(number: string, tx: Executor = this.db) {
    return tx
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
      .where('number', '=', number)
      .executeTakeFirst()
  }

  /**
   * A bundle with all its cases, by its bundle number or its id (the cases' bundle_id), with the
   * applicant's ID number and phone (the second factor) of its first case.
   */
  async bundle(
    by: { number: string } | { id: string },
    tx: Executor = this.db,
  ): Promise<(BundleFacts & { applicantIdNumber: string; applicantPhone: string }) | undefined> {
    let q = tx
      .selectFrom('online_applications as a')
      .leftJoin('bundles as b', 'b.code', 'a.code')
      .select(['a.id', 'a.bundle_number', 'a.name', 'b.lead_department_id'])
      .where('a.kind', '=', 'bundle')
      .where('a.bundle_number', 'is not', null)
    q = 'number' in by ? q.where('a.bundle_number', '=', by.number) : q.where('a.id', '=', by.id)
    const a = await q.executeTakeFirst()
    if (!a?.bundle_number) return undefined
    const cases = await tx
      .selectFrom('cases')
      .select(['status', 'completed_at', 'notify', 'applicant_phone', 'agent_phone', 'applicant_id_number'])
      .where('bundle_id', '=', a.id)
      .orderBy('number')
      .execute()
    const first = cases[0]
    if (!first) return undefined
    return {
      id: a.id,
      bundleNumber: a.bundle_number,
      name: a.name,
      leadDepartmentId: a.lead_department_id,
      cases: cases.map((c) => ({
        status: c.status,
        completedAt: c.completed_at,
        phone: c.notify === 'agent' && c.agent_phone ? c.agent_phone : c.applicant_phone,
      })),
      applicantIdNumber: first.applicant_id_number,
      applicantPhone: first.applicant_phone,
    }
  }

  async ticket(id: string, tx: Executor = this.db) {
    return tx
      .selectFrom('queue_tickets as t')
      .innerJoin('queue_categories as c', 'c.id', 't.category_id')
      .select([
        't.id',
        't.token',
        't.number',
        't.status',
        't.window_id',
        't.clerk_id',
        't.finished_at',
        't.phone',
        'c.name as category_name',
      ])
      .where('t.id', '=', id)
      .executeTakeFirst()
  }

  /** The department that answers for a window's visits (the first it serves, in a stable order). */
  async windowDepartment(windowId: string, tx: Executor = this.db): Promise<string | null> {
    const r = await tx
      .selectFrom('window_departments')
      .select('department_id')
      .where('window_id', '=', windowId)
      .orderBy('department_id')
      .executeTakeFirst()
    return r?.department_id ?? null
  }

  /**
   * Subjects of a phone that ended since `since` and have no rating yet, newest first: cases the
   * phone gets notices for, visits whose ticket carries the phone.
   */
  async unratedOfPhone(phone: string, since: string, tx: Executor = this.db): Promise<RatableSubject[]> {
    const cases = await tx
      .selectFrom('cases as c')
      .leftJoin('ratings as r', (j) => j.onRef('r.subject_id', '=', 'c.id').on('r.subject_kind', '=', 'case'))
      .select([
        'c.id',
        'c.number',
        'c.matter_name',
        'c.department_id',
        'c.window_id',
        'c.received_by',
        'c.completed_at',
      ])
      .where('c.status', 'in', RATED_CASE_STATUSES)
      .where('c.completed_at', '>=', since)
      .where((eb) =>
        eb.or([
          eb.and([eb('c.notify', '=', 'applicant'), eb('c.applicant_phone', '=', phone)]),
          eb.and([eb('c.notify', '=', 'agent'), eb('c.agent_phone', '=', phone)]),
        ]),
      )
      .where('c.bundle_id', 'is', null)
      .where('r.id', 'is', null)
      .execute()
    // a bundle's cases are rated as one: the bundles with a case of this phone decided lately
    const bundleIds = await tx
      .selectFrom('cases as c')
      .leftJoin('ratings as r', (j) =>
        j.onRef('r.subject_id', '=', 'c.bundle_id').on('r.subject_kind', '=', 'bundle'),
      )
      .select('c.bundle_id')
      .distinct()
      .where('c.bundle_id', 'is not', null)
      .where('c.status', 'in', RATED_CASE_STATUSES)
      .where('c.completed_at', '>=', since)
      .where((eb) =>
        eb.or([
          eb.and([eb('c.notify', '=', 'applicant'), eb('c.applicant_phone', '=', phone)]),
          eb.and([eb('c.notify', '=', 'agent'), eb('c.agent_phone', '=', phone)]),
        ]),
      )
      .where('r.id', 'is', null)
      .execute()
    const bundles = await this.ratableBundles(
      bundleIds.map((b) => b.bundle_id!),
      since,
      tx,
    )
    const tickets = await tx
      .selectFrom('queue_tickets as t')
      .innerJoin('queue_categories as q', 'q.id', 't.category_id')
      .leftJoin('ratings as r', (j) =>
        j.onRef('r.subject_id', '=', 't.id').on('r.subject_kind', '=', 'ticket'),
      )
      .select(['t.id', 't.number', 'q.name', 't.window_id', 't.clerk_id', 't.finished_at'])
      .where('t.status', '=', 'done')
      .where('t.phone', '=', phone)
      .where('t.finished_at', '>=', since)
      .where('r.id', 'is', null)
      .execute()
    const subjects: RatableSubject[] = [
      ...cases.map((c) => ({
        kind: 'case' as const,
        id: c.id,
        label: c.number,
        title: c.matter_name,
        departmentId: c.department_id,
        windowId: c.window_id,
        staffId: staffIdOf(c.received_by),
        endedAt: c.completed_at!,
        phone,
      })),
      ...bundles.map((b) => ({ ...b, phone })),
      ...tickets.map((t) => ({
        kind: 'ticket' as const,
        id: t.id,
        label: t.number,
        title: t.name,
        departmentId: null,
        windowId: t.window_id,
        staffId: t.clerk_id,
        endedAt: t.finished_at!,
        phone,
      })),
    ]
    return subjects.sort((a, b) => (a.endedAt < b.endedAt ? 1 : a.endedAt > b.endedAt ? -1 : 0))
  }

  /** Cases completed and visits finished since `since` that were not invited yet (the invitation sweep). */
  async uninvited(since: string, limit: number, tx: Executor = this.db): Promise<RatableSubject[]> {
    const cases = await tx
      .selectFrom('cases as c')
      .leftJoin('rating_invitations as i', (j) =>
        j.onRef('i.subject_id', '=', 'c.id').on('i.subject_kind', '=', 'case'),
      )
      .select([
        'c.id',
        'c.number',
        'c.matter_name',
        'c.department_id',
        'c.window_id',
        'c.received_by',
        'c.completed_at',
        'c.notify',
        'c.applicant_phone',
        'c.agent_phone',
      ])
      .where('c.status', 'in', RATED_CASE_STATUSES)
      .where('c.completed_at', '>=', since)
      .where('c.bundle_id', 'is', null)
      .where('i.subject_id', 'is', null)
      .orderBy('c.completed_at')
      .limit(limit)
      .execute()
    const bundleIds = await tx
      .selectFrom('cases as c')
      .leftJoin('rating_invitations as i', (j) =>
        j.onRef('i.subject_id', '=', 'c.bundle_id').on('i.subject_kind', '=', 'bundle'),
      )
      .select('c.bundle_id')
      .distinct()
      .where('c.bundle_id', 'is not', null)
      .where('c.status', 'in', RATED_CASE_STATUSES)
      .where('c.completed_at', '>=', since)
      .where('i.subject_id', 'is', null)
      .limit(limit)
      .execute()
    const bundles = await this.ratableBundles(
      bundleIds.map((b) => b.bundle_id!),
      since,
      tx,
    )
    const tickets = await tx
      .selectFrom('queue_tickets as t')
      .innerJoin('queue_categories as q', 'q.id', 't.category_id')
      .leftJoin('rating_invitations as i', (j) =>
        j.onRef('i.subject_id', '=', 't.id').on('i.subject_kind', '=', 'ticket'),
      )
      .select(['t.id', 't.number', 'q.name', 't.window_id', 't.clerk_id', 't.finished_at', 't.phone'])
      .where('t.status', '=', 'done')
      .where('t.phone', 'is not', null)
      .where('t.finished_at', '>=', since)
      .where('i.subject_id', 'is', null)
      .orderBy('t.finished_at')
      .limit(limit)
      .execute()
    return [
      ...cases.map((c) =>
        caseRatingSubject(
          { ...c, completed_at: c.completed_at! },
          c.notify === 'agent' && c.agent_phone ? c.agent_phone : c.applicant_phone,
        ),
      ),
      ...bundles,
      ...tickets.map((t) => ({
        kind: 'ticket' as const,
        id: t.id,
        label: t.number,
        title: t.name,
        departmentId: null,
        windowId: t.window_id,
        staffId: t.clerk_id,
        endedAt: t.finished_at!,
        phone: t.phone,
      })),
    ]
  }

  /** Of these bundles, those ratable now (every case finished) that ended since `since`. */
  private async ratableBundles(ids: string[], since: string, tx: Executor): Promise<RatableSubject[]> {
    const subjects: RatableSubject[] = []
    for (const id of ids) {
      const b = await this.bundle({ id }, tx)
      const subject = b ? bundleSubject(b) : null
      if (subject && subject.endedAt >= since) subjects.push(subject)
    }
    return subjects
  }

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

  async setExcluded(ratingId: string, isExcluded: boolean, tx: Executor): Promise<void> {
    await tx
      .updateTable('ratings')
      .set({ is_excluded: isExcluded ? 1 : 0 })
      .where('id', '=', ratingId)
      .execute()
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
      .leftJoin('departments as d', 'd.id', 'x.department_id')
      .leftJoin('users as u', 'u.id', 'x.callback_by')
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

  async appeals(status: string | null, tx: Executor = this.db) {
    let q = tx
      .selectFrom('rating_appeals as a')
      .innerJoin('ratings as r', 'r.id', 'a.rating_id')
      .leftJoin('departments as d', 'd.id', 'a.department_id')
      .selectAll('a')
      .select(['r.subject_label', 'r.level', 'r.comment', 'd.name as department_name'])
    if (status) q = q.where('a.status', '=', status as never)
    return q.orderBy('a.filed_at').limit(500).execute()
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
