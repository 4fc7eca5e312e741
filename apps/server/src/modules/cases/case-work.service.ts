import type { MatterDocument, Principal } from '@yimin/shared'
import type {
  approvalDecisionRequest,
  approvalRequest,
  completeCaseRequest,
  deliverRequest,
  feesRequest,
  supplementRequest,
  taskCompleteRequest,
  taskRouteRequest,
} from '@yimin/shared'
import type { z } from 'zod'
import type { Executor } from '../../db/database'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { extensionCap } from '../catalog/catalog.rules'
import { assertNothingAwaited, attachBundleResult } from './bundle-results'
import { authorize, intakeDepartments, type CaseActorWith } from './case-access'
import { checkExtension } from './case-clock'
import type { CaseContext } from './case-context'
import { recomputeDeadlines } from './case-deadlines'
import type { CaseJournal, CaseWritten } from './case-journal'
import { queueNotice, type CaseNotice } from './case-notices'
import type { CaseRow } from './cases.repository'

type In<T extends z.ZodType> = z.infer<T>

/**
 * Department work after acceptance: tasks (in parallel, routed across levels and back),
 * supplements and special procedures (the clock stops), extensions (approved, capped, told to
 * the applicant), the decision (办结), fees, handover (送达) and revocation.
 */
export class CaseWorkService {
  constructor(
    private readonly ctx: CaseContext,
    private readonly journal: CaseJournal,
  ) {}

  async completeTask(
    principal: Principal,
    caseId: string,
    taskId: string,
    input: In<typeof taskCompleteRequest>,
  ): Promise<CaseWritten> {
    return this.act(
      principal,
      caseId,
      { permission: 'case.handle' },
      async ({ tx, row, task, departments }) => {
        const t = task(taskId)
        if (t.status !== 'open') throw new AppError('CASE_TASK_CLOSED', 'this task is finished')
        if (row.status !== 'in_progress')
          throw new AppError(
            'CASE_INVALID_TRANSITION',
            `cannot finish a task while the case is ${row.status}`,
            { status: row.status },
          )
        const actor = authorize(principal, 'case.handle', [t.holder_department_id], departments)
        const now = this.ctx.clock.now().toISOString()
        await this.ctx.cases.updateTask(
          t,
          {
            status: 'done',
            outcome: input.outcome,
            note: input.note || null,
            finished_at: now,
            finished_by: actor.label,
            updated_at: now,
          },
          tx,
        )
        return this.journal.record(tx, row, actor, {
          type: 'task.completed',
          reason: input.note || null,
          data: { taskId: t.id, departmentId: t.department_id, outcome: input.outcome },
        })
      },
    )
  }

  /** Routes a task to a department at another level (跨层级) or back to its own. */
  async routeTask(
    principal: Principal,
    caseId: string,
    taskId: string,
    input: In<typeof taskRouteRequest>,
  ): Promise<CaseWritten> {
    return this.act(
      principal,
      caseId,
      { permission: 'case.handle' },
      async ({ tx, row, task, departments }) => {
        const t = task(taskId)
        if (t.status !== 'open') throw new AppError('CASE_TASK_CLOSED', 'this task is finished')
        const actor = authorize(principal, 'case.handle', [t.holder_department_id], departments)
        if (input.departmentId === t.holder_department_id)
          throw new AppError('CASE_ROUTE_INVALID', 'the task is already there')
        if (!(await this.ctx.departmentExists(input.departmentId, tx)))
          throw new AppError('ORG_DEPARTMENT_NOT_FOUND', 'no such department')
        await this.ctx.cases.updateTask(
          t,
          { holder_department_id: input.departmentId, updated_at: this.ctx.clock.now().toISOString() },
          tx,
        )
        const back = input.departmentId === t.department_id
        return this.journal.record(tx, row, actor, {
          type: back ? 'task.returned' : 'task.routed',
          reason: input.note || null,
          data: { taskId: t.id, from: t.holder_department_id, to: input.departmentId },
        })
      },
    )
  }

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

  /** 办结: every task done; a refusal that refuses the whole case forces 不予. */
  async complete(
    principal: Principal,
    caseId: string,
    input: In<typeof completeCaseRequest>,
  ): Promise<CaseWritten> {
    return this.act(
      principal,
      caseId,
      { permission: 'case.approve' },
      async ({ tx, row, actor, tasks, doc }) => {
        const open = tasks.filter((t) => t.status === 'open')
        if (open.length)
          throw new AppError('CASE_TASKS_OPEN', 'departments are still working on this case', {
            taskIds: open.map((t) => t.id),
          })
        const refusing = tasks.filter((t) => t.outcome === 'denied' && t.on_refusal === 'refuse_case')
        if (input.outcome === 'approved' && refusing.length)
          throw new AppError(
            'CASE_OUTCOME_CONFLICT',
            'a department refused and its refusal refuses the case',
            { departmentIds: refusing.map((t) => t.department_id) },
          )
        if (input.outcome === 'denied' && (!input.reason || !input.legalBasis))
          throw new AppError('CASE_REASON_REQUIRED', 'a denial needs its reason and legal basis')
        // a bundle's later case waits for the result an earlier matter issues
        if (input.outcome === 'approved') await assertNothingAwaited(tx, row.id)
        const now = this.ctx.clock.now().toISOString()
        const written = await this.journal.record(tx, row, actor, {
          type: 'completed',
          action: 'complete',
          patch: {
            outcome: input.outcome,
            completed_on: this.ctx.calendar.today(),
            completed_at: now,
            result_number: input.resultNumber,
          },
          reason: input.reason || null,
          data: {
            outcome: input.outcome,
            legalBasis: input.legalBasis || null,
            resultNumber: input.resultNumber,
          },
        })
        if (input.outcome === 'approved')
          await attachBundleResult(
            { cases: this.ctx.cases, journal: this.journal },
            tx,
            written.row,
            actor,
            input.resultNumber ?? null,
          )
        const notices: CaseNotice[] = [
          await queueNotice(this.ctx.sms, tx, written.row, {
            kind: 'completed',
            approved: input.outcome === 'approved',
          }),
        ]
        if (input.outcome === 'approved' && doc.delivery.includes('window'))
          notices.push(await queueNotice(this.ctx.sms, tx, written.row, { kind: 'ready_for_pickup' }))
        return { ...written, notices }
      },
    )
  }

  /** Fees charged, recorded against the catalog's fee items (a difference is for supervision to see). */
  async recordFees(
    principal: Principal,
    caseId: string,
    input: In<typeof feesRequest>,
  ): Promise<CaseWritten> {
    return this.act(principal, caseId, { permission: 'case.intake' }, async ({ tx, row, actor, doc }) => {
      const now = this.ctx.clock.now().toISOString()
      const items = input.items.map((i) => ({
        ...i,
        catalogAmount: doc.fees.find((f) => f.name === i.name)?.amount ?? null,
      }))
      await this.ctx.cases.insertFees(
        items.map((i) => ({
          id: newId(),
          case_id: row.id,
          name: i.name,
          amount: i.amount,
          catalog_amount: i.catalogAmount,
          recorded_by: actor.label,
          recorded_at: now,
        })),
        tx,
      )
      return this.journal.record(tx, row, actor, { type: 'fee.recorded', data: { items } })
    })
  }

  /** 送达: at the window after an ID check of the applicant or agent, by post, or electronically. */
  async deliver(
    principal: Principal,
    caseId: string,
    input: In<typeof deliverRequest>,
  ): Promise<CaseWritten> {
    return this.act(principal, caseId, { permission: 'case.intake' }, async ({ tx, row, actor }) => {
      if (
        input.method === 'window' &&
        ![row.applicant_id_number, row.agent_id_number].includes(input.receiverIdNumber)
      ) {
        throw new AppError('CASE_RECEIVER_MISMATCH', 'the receiver is neither the applicant nor the agent')
      }
      const now = this.ctx.clock.now().toISOString()
      const written = await this.journal.record(tx, row, actor, {
        type: 'delivered',
        action: 'deliver',
        patch: {
          delivery_method: input.method,
          tracking_number: input.method === 'post' ? input.trackingNumber : null,
          closed_at: now,
        },
        data: {
          method: input.method,
          ...(input.method === 'post' ? { trackingNumber: input.trackingNumber } : {}),
          idChecked: input.method === 'window',
        },
      })
      if (input.method === 'post') {
        const notice = await queueNotice(this.ctx.sms, tx, written.row, {
          kind: 'posted',
          trackingNumber: input.trackingNumber,
        })
        return { ...written, notices: [notice] }
      }
      return written
    })
  }

  /** 容缺 materials handed in after acceptance, before their supply deadline or late (supervision sees late ones). */
  async supplyDeferred(principal: Principal, caseId: string, positions: number[]): Promise<CaseWritten> {
    return this.act(principal, caseId, { permission: 'case.intake' }, async ({ tx, row, actor }) => {
      const wanted = new Set(positions)
      const materials = await this.ctx.cases.materials(row.id, tx)
      const deferred = materials.filter((m) => wanted.has(m.position) && m.status === 'deferred')
      if (deferred.length !== wanted.size)
        throw new AppError(
          'CASE_MATERIAL_UNKNOWN',
          'only materials accepted as missing (容缺) can be supplied here',
          { positions },
        )
      for (const m of deferred) await this.ctx.cases.updateMaterial(m.id, { status: 'supplied' }, tx)
      const today = this.ctx.calendar.today()
      return this.journal.record(tx, row, actor, {
        type: 'deferred.supplied',
        data: {
          materials: deferred.map((m) => ({
            position: m.position,
            name: m.name,
            dueOn: m.supply_due_on,
            isLate: m.supply_due_on !== null && today > m.supply_due_on,
          })),
        },
      })
    })
  }

  /** 撤销 by the authority, with reason and legal basis. */
  async revoke(
    principal: Principal,
    caseId: string,
    reason: string,
    legalBasis: string,
  ): Promise<CaseWritten> {
    return this.act(principal, caseId, { permission: 'case.approve' }, async ({ tx, row, actor }) =>
      this.journal.record(tx, row, actor, {
        type: 'revoked',
        action: 'revoke',
        patch: { closed_at: this.ctx.clock.now().toISOString() },
        reason,
        data: { legalBasis },
      }),
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

  /**
   * Runs a department action in one transaction and returns what it wrote. The working calendar
   * is read only for actions that compute dates (`calendar`), and outside the transaction (on
   * SQLite a read beside it would wait for it forever).
   */
  private async act(
    principal: Principal,
    caseId: string,
    opts: {
      permission: 'case.handle' | 'case.approve' | 'case.intake'
      calendar?: boolean
    },
    fn: (c: CaseActorWith) => Promise<CaseWritten>,
  ): Promise<CaseWritten> {
    const { permission } = opts
    const loaded = opts.calendar ? await this.ctx.calendar.get() : null
    // without `calendar`, the action gets the calendar last loaded and must not compute dates with it
    const cal = loaded ?? this.ctx.calendar.current
    return this.journal.transact(async (tx: Executor) => {
      const row = await this.ctx.cases.find(caseId, tx)
      if (!row) throw new AppError('CASE_NOT_FOUND', 'no such case')
      const tasks = await this.ctx.cases.tasks(row.id, tx)
      const departments = [
        row.department_id,
        ...tasks.flatMap((t) => [t.department_id, t.holder_department_id]),
      ]
      const actor = authorize(
        principal,
        permission,
        permission === 'case.handle'
          ? departments
          : permission === 'case.intake'
            ? intakeDepartments(row)
            : [row.department_id],
      )
      const doc = (await this.ctx.matters.getVersion(row.matter_version_id, tx)).document
      const task = (id: string) => {
        const t = tasks.find((x) => x.id === id)
        if (!t) throw new AppError('CASE_TASK_NOT_FOUND', 'no such task on this case')
        return t
      }
      return fn({ tx, row, actor, doc, tasks, task, cal, departments })
    })
  }
}
