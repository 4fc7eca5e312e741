import type { Executor } from '../../db/database'
import { staffIdOf } from '../audit/audit.service'
import { caseRatingFacts } from '../cases/case-rating-facts.queries'
import { bundleLeads } from '../catalog/bundle-leads.queries'
import { submittedBundles } from '../online/bundle-applications.queries'
import { leadWindowDepartment } from '../org/windows.queries'
import { ticketRatingFacts } from '../queue/ticket-rating-facts.queries'
import { bundleSubject, type BundleFacts } from './bundle-subject'
import type { RatableSubject } from './ratable-subject'

const RATED_CASE_STATUSES = ['completed', 'delivered']

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

/**
 * What can be rated and whom to invite: cases, bundles and tickets that ended, read through the
 * derived tables the cases, online, catalog and queue modules give (`*.queries.ts`) joined with
 * ratings' own rows in one statement each.
 */
export class RatingSubjectsRepository {
  constructor(private readonly db: Executor) {}

  async caseByNumber(number: string, tx: Executor = this.db) {
    return tx
      .selectFrom(caseRatingFacts(tx).as('c'))
      .selectAll('c')
      .where('c.number', '=', number)
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
      .selectFrom(submittedBundles(tx).as('a'))
      .leftJoin(bundleLeads(tx).as('b'), 'b.code', 'a.code')
      .select(['a.id', 'a.bundle_number', 'a.name', 'b.lead_department_id'])
    q = 'number' in by ? q.where('a.bundle_number', '=', by.number) : q.where('a.id', '=', by.id)
    const a = await q.executeTakeFirst()
    if (!a?.bundle_number) return undefined
    const cases = await tx
      .selectFrom(caseRatingFacts(tx).as('c'))
      .select([
        'c.status',
        'c.completed_at',
        'c.notify',
        'c.applicant_phone',
        'c.agent_phone',
        'c.applicant_id_number',
      ])
      .where('c.bundle_id', '=', a.id)
      .orderBy('c.number')
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
      .selectFrom(ticketRatingFacts(tx).as('t'))
      .selectAll('t')
      .where('t.id', '=', id)
      .executeTakeFirst()
  }

  /** The department that answers for a window's visits (the first it serves, in a stable order). */
  async windowDepartment(windowId: string, tx: Executor = this.db): Promise<string | null> {
    return leadWindowDepartment(tx, windowId)
  }

  /**
   * Subjects of a phone that ended since `since` and have no rating yet, newest first: cases the
   * phone gets notices for, visits whose ticket carries the phone.
   */
  async unratedOfPhone(phone: string, since: string, tx: Executor = this.db): Promise<RatableSubject[]> {
    const cases = await tx
      .selectFrom(caseRatingFacts(tx).as('c'))
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
      .selectFrom(caseRatingFacts(tx).as('c'))
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
      .selectFrom(ticketRatingFacts(tx).as('t'))
      .leftJoin('ratings as r', (j) =>
        j.onRef('r.subject_id', '=', 't.id').on('r.subject_kind', '=', 'ticket'),
      )
      .select(['t.id', 't.number', 't.category_name', 't.window_id', 't.clerk_id', 't.finished_at'])
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
        title: t.category_name,
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
      .selectFrom(caseRatingFacts(tx).as('c'))
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
      .selectFrom(caseRatingFacts(tx).as('c'))
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
      .selectFrom(ticketRatingFacts(tx).as('t'))
      .leftJoin('rating_invitations as i', (j) =>
        j.onRef('i.subject_id', '=', 't.id').on('i.subject_kind', '=', 'ticket'),
      )
      .select([
        't.id',
        't.number',
        't.category_name',
        't.window_id',
        't.clerk_id',
        't.finished_at',
        't.phone',
      ])
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
        title: t.category_name,
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
}
