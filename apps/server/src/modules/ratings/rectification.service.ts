import {
  maskPhone,
  type AppealResponse,
  type Principal,
  type RatingLevel,
  type RectificationResponse,
  type RectificationStatus,
} from '@yimin/shared'
import type { Db } from '../../db/database'
import { fromFlag } from '../../db/convert'
import { localDate, type Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { can, departmentsFor, requireStaff } from '../auth/permissions'
import type { RectificationRow, RectificationsRepository } from './rectifications.repository'
import type { RatingAppealsTable } from './ratings.tables'

/**
 * Bad reviews (差评) and what follows (PRODUCT.md 2.6): the department's rectification
 * (整改) with its deadline, the callback to the citizen (回访: who called, when, what was said),
 * the citizen's rating of the fix, closing; an appeal (申诉) the department files against a
 * malicious or mistaken review and a supervisor decides — upheld takes the rating out of the
 * statistics, rejected leaves it.
 *
 * Department staff act with `supervision.answer` in the rectification's department (as they
 * answer supervision alerts); supervisors (`supervision.manage`) see all and decide appeals.
 */
export class RectificationService {
  constructor(
    private readonly db: Db,
    private readonly repo: RectificationsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly options: { timeZone: string },
  ) {}

  async list(
    principal: Principal,
    status: RectificationStatus | undefined,
  ): Promise<RectificationResponse[]> {
    const staff = requireStaff(principal)
    const scope = can(staff, 'supervision.manage') ? 'all' : departmentsFor(staff, 'supervision.answer')
    if (scope !== 'all' && scope.length === 0)
      throw new AppError('FORBIDDEN', 'missing permission supervision.answer')
    const rows = await this.repo.rectifications({ departments: scope, ...(status ? { status } : {}) })
    return this.present(rows)
  }

  async callback(
    principal: Principal,
    id: string,
    input: { calledAt: string; note: string; fixLevel?: RatingLevel | undefined },
  ): Promise<RectificationResponse> {
    const staff = requireStaff(principal)
    const x = await this.mine(staff, id)
    const now = this.clock.now().toISOString()
    if (Date.parse(input.calledAt) > Date.parse(now) + 5 * 60_000)
      throw new AppError('RATING_CALLBACK_IN_FUTURE', 'the call cannot be in the future')
    await this.db.transaction().execute(async (tx) => {
      const ok = await this.repo.updateRectification(
        x.id,
        ['open', 'called_back'],
        {
          status: 'called_back',
          callback_by: staff.userId,
          callback_at: now,
          called_at: new Date(input.calledAt).toISOString(),
          callback_note: input.note,
          fix_level: input.fixLevel ?? x.fix_level,
          updated_at: now,
        },
        tx,
      )
      if (!ok) throw new AppError('RATING_RECTIFICATION_CLOSED', 'the rectification is closed')
      await this.audit.record(
        {
          actor: staff,
          action: 'rating.rectification.callback',
          subject: `rectification:${x.id}`,
          details: { fixLevel: input.fixLevel ?? null },
        },
        tx,
      )
    })
    return this.one(x.id)
  }

  async close(
    principal: Principal,
    id: string,
    input: { note: string; fixLevel?: RatingLevel | undefined },
  ): Promise<RectificationResponse> {
    const staff = requireStaff(principal)
    const x = await this.mine(staff, id)
    if (x.status === 'closed')
      throw new AppError('RATING_RECTIFICATION_CLOSED', 'the rectification is closed')
    if (x.status !== 'called_back')
      throw new AppError('RATING_CALLBACK_REQUIRED', 'record the callback to the citizen first')
    const now = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      const ok = await this.repo.updateRectification(
        x.id,
        ['called_back'],
        {
          status: 'closed',
          closed_by: staff.userId,
          closed_at: now,
          close_note: input.note,
          fix_level: input.fixLevel ?? x.fix_level,
          updated_at: now,
        },
        tx,
      )
      if (!ok) throw new AppError('RATING_RECTIFICATION_CLOSED', 'the rectification is closed')
      await this.audit.record(
        { actor: staff, action: 'rating.rectification.close', subject: `rectification:${x.id}` },
        tx,
      )
    })
    return this.one(x.id)
  }

  async appeal(principal: Principal, id: string, reason: string): Promise<RectificationResponse> {
    const staff = requireStaff(principal)
    const x = await this.mine(staff, id)
    const now = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      const row: RatingAppealsTable = {
        id: newId(),
        rectification_id: x.id,
        rating_id: x.rating_id,
        department_id: x.department_id,
        reason,
        filed_by: staff.userId,
        filed_at: now,
        status: 'pending',
        decided_by: null,
        decided_at: null,
        decision_note: null,
      }
      if (!(await this.repo.insertAppeal(row, tx)))
        throw new AppError('RATING_APPEAL_EXISTS', 'this bad review was appealed already')
      await this.audit.record(
        { actor: staff, action: 'rating.appeal.file', subject: `rectification:${x.id}` },
        tx,
      )
    })
    return this.one(x.id)
  }

  async appeals(
    principal: Principal,
    status: RatingAppealsTable['status'] | undefined,
  ): Promise<AppealResponse[]> {
    const staff = requireStaff(principal)
    if (!can(staff, 'supervision.manage'))
      throw new AppError('FORBIDDEN', 'missing permission supervision.manage')
    const rows = await this.repo.appeals(status ?? null)
    return rows.map((a) => ({
      id: a.id,
      rectificationId: a.rectification_id,
      ratingId: a.rating_id,
      departmentId: a.department_id,
      departmentName: a.department_name ?? '',
      subjectLabel: a.subject_label,
      level: a.level,
      comment: a.comment,
      reason: a.reason,
      status: a.status,
      filedAt: a.filed_at,
      decidedAt: a.decided_at,
      decisionNote: a.decision_note,
    }))
  }

  /** Upheld: the bad rating leaves the statistics and its rectification closes. Rejected: both stay. */
  async decide(
    principal: Principal,
    appealId: string,
    input: { decision: 'upheld' | 'rejected'; note: string },
  ): Promise<AppealResponse> {
    const staff = requireStaff(principal)
    if (!can(staff, 'supervision.manage'))
      throw new AppError('FORBIDDEN', 'missing permission supervision.manage')
    const a = await this.repo.appeal(appealId)
    if (!a) throw new AppError('RATING_APPEAL_NOT_FOUND', 'no such appeal')
    const now = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      if (
        !(await this.repo.decideAppeal(
          a.id,
          { status: input.decision, decided_by: staff.userId, decided_at: now, decision_note: input.note },
          tx,
        ))
      ) {
        throw new AppError('RATING_APPEAL_DECIDED', 'the appeal was decided already')
      }
      if (input.decision === 'upheld') {
        await this.repo.setExcluded(a.rating_id, true, tx)
        await this.repo.updateRectification(
          a.rectification_id,
          ['open', 'called_back'],
          {
            status: 'closed',
            closed_by: staff.userId,
            closed_at: now,
            close_note: input.note,
            updated_at: now,
          },
          tx,
        )
      }
      await this.audit.record(
        { actor: staff, action: `rating.appeal.${input.decision}`, subject: `appeal:${a.id}` },
        tx,
      )
    })
    return (await this.appeals(principal, undefined)).find((x) => x.id === a.id)!
  }

  // --- helpers ---

  /** The rectification, if the caller's department answers for it (another department's: not found). */
  private async mine(staff: ReturnType<typeof requireStaff>, id: string): Promise<RectificationRow> {
    const x = await this.repo.rectification(id)
    if (!x || !can(staff, 'supervision.answer', { departmentId: x.department_id }))
      throw new AppError('RATING_RECTIFICATION_NOT_FOUND', 'no such rectification in your departments')
    return x
  }

  private async one(id: string): Promise<RectificationResponse> {
    return (await this.present([(await this.repo.rectification(id))!]))[0]!
  }

  private async present(rows: RectificationRow[]): Promise<RectificationResponse[]> {
    const today = localDate(this.clock.now(), this.options.timeZone)
    const appeals = new Map(
      (await this.repo.appealsOf(rows.map((r) => r.id))).map((a) => [a.rectification_id, a]),
    )
    return rows.map((x) => {
      const a = appeals.get(x.id)
      return {
        id: x.id,
        ratingId: x.rating_id,
        departmentId: x.department_id,
        departmentName: x.department_name ?? '',
        subjectKind: x.subject_kind,
        subjectLabel: x.subject_label,
        level: x.level,
        comment: x.comment,
        channel: x.channel,
        phoneMasked: x.phone ? maskPhone(x.phone) : null,
        ratedAt: x.rated_at,
        status: x.status,
        dueOn: x.due_on,
        isOverdue: x.status !== 'closed' && today > x.due_on,
        callback:
          x.callback_by && x.callback_at && x.called_at
            ? {
                by: x.callback_by,
                byName: x.callback_name ?? '',
                at: x.callback_at,
                calledAt: x.called_at,
                note: x.callback_note ?? '',
              }
            : null,
        fixLevel: x.fix_level,
        closedAt: x.closed_at,
        closeNote: x.close_note,
        appeal: a
          ? {
              id: a.id,
              status: a.status,
              reason: a.reason,
              filedAt: a.filed_at,
              decidedAt: a.decided_at,
              decisionNote: a.decision_note,
            }
          : null,
        isExcluded: fromFlag(x.is_excluded),
      }
    })
  }
}
