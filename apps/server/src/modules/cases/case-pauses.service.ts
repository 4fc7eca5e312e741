import type { MatterDocument, Principal } from '@yimin/shared'
import type { approvalDecisionRequest, approvalRequest, supplementRequest } from '@yimin/shared'
import type { z } from 'zod'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { extensionCap } from '../catalog/catalog.rules'
import type { CaseActorWith } from './case-access'
import { checkExtension } from './case-clock'
import type { CaseContext } from './case-context'
import { recomputeDeadlines } from './case-deadlines'
import type { CaseJournal, CaseWritten } from './case-journal'
import { queueNotice } from './case-notices'
import { actOnCase, type CaseWorkOptions } from './case-work-act'
import type { CaseRow } from './cases.repository'

type In<T extends z.ZodType> = z.infer<T>

/**
 * Department work that stops or moves the clock: supplements (补正) and special procedures
 * (特别程序) pause it until the applicant supplies the items or the procedure ends; extensions
 * (延期) move the due date, approved, capped and told to the applicant.
 */
export class CasePausesService {
  constructor(
    private readonly ctx: CaseContext,
    private readonly journal: CaseJournal,
  ) {}

  /** 补正 during processing: the clock stops until the applicant supplies the items. */
  async requestSupplement(
    principal: Principal,
    caseId: string,
    input: In<typeof supplementRequest>,
  ): Promise<CaseWritten> {
    return this.act(principal, caseId, { permission: 'case.handle' }, async ({ tx, row, actor }) => {
      const now = this.ctx.clock.now().toISOString()
      await this.ctx.cases.insertPause(
        {
          id: newId(),
          case_id: row.id,
          kind: 'supplement',
          procedure: null,
          max_days: null,
          approved_by: null,
          reason: input.reason,
          from_on: this.ctx.calendar.today(),
          to_on: null,
          started_at: now,
          ended_at: null,
        },
        tx,
      )
      const written = await this.journal.record(tx, row, actor, {
        type: 'supplement.requested',
        action: 'request_supplement',
        reason: input.reason,
        data: { items: input.items },
      })
      const notice = await queueNotice(
        this.ctx.sms,
        tx,
        written.row,
        { kind: 'supplement', items: input.items },
        written.row.event_count,
      )
      return { ...written, notices: [notice] }
    })
  }

  async supply(principal: Principal, caseId: string): Promise<CaseWritten> {
    return this.resume(principal, caseId, 'supplement', 'supply', 'supplement.supplied')
  }

  async endSpecialProcedure(principal: Principal, caseId: string): Promise<CaseWritten> {
    return this.resume(
      principal,
      caseId,
      'special_procedure',
      'end_special_procedure',
      'special_procedure.ended',
    )
  }

  /** A handler asks for an extension or a special procedure; an approver decides. */
  async requestApproval(
    principal: Principal,
    caseId: string,
    input: In<typeof approvalRequest>,
  ): Promise<CaseWritten> {
    return this.act(principal, caseId, { permission: 'case.handle' }, async ({ tx, row, actor, doc }) => {
      if (row.status !== 'in_progress')
        throw new AppError('CASE_INVALID_TRANSITION', `cannot ask for this while the case is ${row.status}`, {
          status: row.status,
        })
      if (input.kind === 'extension') this.checkExtension(doc, row, input.days)
      else this.checkProcedure(doc, input.procedure, input.days)
      const now = this.ctx.clock.now().toISOString()
      const id = newId()
      await this.ctx.approvals.insert(
        {
          id,
          case_id: row.id,
          kind: input.kind,
          days: input.days,
          procedure: input.kind === 'special_procedure' ? input.procedure : null,
          reason: input.reason,
          status: 'pending',
          department_id: row.department_id,
          requested_by: actor.label,
          requested_at: now,
          decided_by: null,
          decided_at: null,
          decision_note: null,
        },
        tx,
      )
      return this.journal.record(tx, row, actor, {
        type: `${input.kind}.requested`,
        reason: input.reason,
        data: {
          approvalId: id,
          days: input.days,
          ...(input.kind === 'special_procedure' ? { procedure: input.procedure } : {}),
        },
      })
    })
  }

  async decideApproval(
    principal: Principal,
    caseId: string,
    approvalId: string,
    input: In<typeof approvalDecisionRequest>,
  ): Promise<CaseWritten> {
    return this.act(
      principal,
      caseId,
      { permission: 'case.approve', calendar: true },
      async ({ tx, row, actor, doc, cal }) => {
        const approval = await this.ctx.approvals.find(approvalId, tx)
        if (!approval || approval.case_id !== row.id)
          throw new AppError('CASE_APPROVAL_NOT_FOUND', 'no such request')
        if (approval.status !== 'pending')
          throw new AppError('CASE_APPROVAL_DECIDED', 'this request was decided')
        const now = this.ctx.clock.now().toISOString()
        await this.ctx.approvals.decide(
          approval.id,
          {
            status: input.approve ? 'approved' : 'rejected',
            decided_by: actor.label,
            decided_at: now,
            decision_note: input.note || null,
          },
          tx,
        )
        if (!input.approve)
          return this.journal.record(tx, row, actor, {
            type: `${approval.kind}.rejected`,
            reason: input.note || null,
            data: { approvalId },
          })
        if (approval.kind === 'extension') {
          this.checkExtension(doc, row, approval.days)
          const extended = { ...row, extension_days: row.extension_days + approval.days }
          const { patch } = await recomputeDeadlines(
            this.ctx.cases,
            tx,
            extended,
            doc,
            cal,
            this.ctx.calendar.today(),
          )
          const written = await this.journal.record(tx, row, actor, {
            type: 'extension.approved',
            reason: input.note || null,
            patch: { ...patch, extension_days: extended.extension_days },
            data: { approvalId, days: approval.days, dueOn: patch.due_on },
          })
          const notice = await queueNotice(
            this.ctx.sms,
            tx,
            written.row,
            { kind: 'extended', days: approval.days, dueOn: written.row.due_on ?? '' },
            approvalId,
          )
          return { ...written, notices: [notice] }
        }
        if (row.status !== 'in_progress')
          throw new AppError(
            'CASE_INVALID_TRANSITION',
            `cannot start a special procedure while the case is ${row.status}`,
            { status: row.status },
          )
        await this.ctx.cases.insertPause(
          {
            id: newId(),
            case_id: row.id,
            kind: 'special_procedure',
            procedure: approval.procedure,
            max_days: approval.days,
            approved_by: actor.label,
            reason: approval.reason,
            from_on: this.ctx.calendar.today(),
            to_on: null,
            started_at: now,
            ended_at: null,
          },
          tx,
        )
        return this.journal.record(tx, row, actor, {
          type: 'special_procedure.started',
          action: 'start_special_procedure',
          reason: approval.reason,
          data: { approvalId, procedure: approval.procedure, maxDays: approval.days },
        })
      },
    )
  }

  private async resume(
    principal: Principal,
    caseId: string,
    kind: 'supplement' | 'special_procedure',
    action: 'supply' | 'end_special_procedure',
    type: string,
  ): Promise<CaseWritten> {
    return this.act(
      principal,
      caseId,
      { permission: 'case.handle', calendar: true },
      async ({ tx, row, actor, doc, cal }) => {
        const pause = (await this.ctx.cases.pauses(row.id, tx)).find(
          (p) => p.kind === kind && p.to_on === null,
        )
        if (!pause)
          throw new AppError('CASE_INVALID_TRANSITION', `no ${kind} is running`, { status: row.status })
        const today = this.ctx.calendar.today()
        await this.ctx.cases.updatePause(
          pause.id,
          { to_on: today, ended_at: this.ctx.clock.now().toISOString() },
          tx,
        )
        const { patch } = await recomputeDeadlines(this.ctx.cases, tx, row, doc, cal, today)
        return this.journal.record(tx, row, actor, {
          type,
          action,
          patch,
          data: { pausedFrom: pause.from_on, resumedOn: today, dueOn: patch.due_on },
        })
      },
    )
  }

  private checkExtension(doc: MatterDocument, row: CaseRow, days: number): void {
    const cap = extensionCap(doc)
    const problem = checkExtension(days, row.extension_days, cap)
    if (problem)
      throw new AppError(
        'CASE_EXTENSION_OVER_CAP',
        `an extension of ${days} days exceeds what this matter allows`,
        { capDays: cap, extendedDays: row.extension_days, problem },
      )
  }

  private checkProcedure(doc: MatterDocument, procedure: string, days: number): void {
    const allowed = doc.specialProcedures.find((p) => p.kind === procedure)
    if (!allowed)
      throw new AppError('CASE_PROCEDURE_NOT_ALLOWED', `this matter has no special procedure ${procedure}`)
    if (days > allowed.maxDays)
      throw new AppError(
        'CASE_PROCEDURE_NOT_ALLOWED',
        `${procedure} may last at most ${allowed.maxDays} days`,
        { maxDays: allowed.maxDays },
      )
  }

  private act(
    principal: Principal,
    caseId: string,
    opts: CaseWorkOptions,
    fn: (c: CaseActorWith) => Promise<CaseWritten>,
  ): Promise<CaseWritten> {
    return actOnCase(this.ctx, this.journal, principal, caseId, opts, fn)
  }
}
