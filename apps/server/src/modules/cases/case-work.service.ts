import type { Principal } from '@yimin/shared'
import type {
  completeCaseRequest,
  deliverRequest,
  feesRequest,
  taskCompleteRequest,
  taskRouteRequest,
} from '@yimin/shared'
import type { z } from 'zod'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { assertNothingAwaited, attachBundleResult } from './bundle-results'
import { authorize, type CaseActorWith } from './case-access'
import type { CaseContext } from './case-context'
import type { CaseJournal, CaseWritten } from './case-journal'
import { queueNotice, type CaseNotice } from './case-notices'
import { actOnCase, type CaseWorkOptions } from './case-work-act'

type In<T extends z.ZodType> = z.infer<T>

/**
 * Department work after acceptance: tasks (in parallel, routed across levels and back), the
 * decision (办结), fees, handover (送达), late 容缺 materials and revocation. What stops or moves
 * the clock (supplements, special procedures, extensions) is in `case-pauses.service.ts`.
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

  private act(
    principal: Principal,
    caseId: string,
    opts: CaseWorkOptions,
    fn: (c: CaseActorWith) => Promise<CaseWritten>,
  ): Promise<CaseWritten> {
    return actOnCase(this.ctx, this.journal, principal, caseId, opts, fn)
  }
}
