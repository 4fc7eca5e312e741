import type { MatterDocument, MatterVersion, Principal } from '@yimin/shared'
import {
  checkFormData,
  normalizeFormData,
  type acceptRequest,
  type correctionRequest,
  type createCaseRequest,
  type refuseRequest,
  type resubmitRequest,
} from '@yimin/shared'
import type { z } from 'zod'
import type { Executor } from '../../db/database'
import { toFlag } from '../../db/convert'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { isMaterialIn } from '../catalog/bundle-feeds.rules'
import { authorize, intakeDepartments, staffOf } from './case-access'
import { checkAgentAuthorisation } from './case-authorisation.service'
import { deadline, intakeDeadline, supplyDeadline } from './case-clock'
import type { CaseJournal, CaseWritten } from './case-journal'
import { queueNotice } from './case-notices'
import type { CaseContext } from './case-context'
import { receivedCaseRow, receivedMaterialRows } from './case-rows'
import type { CaseRow } from './cases.repository'
import type { CaseTasksTable } from './cases.tables'
import type { WorkingCalendar } from '../calendar/working-days'

/**
 * One-window intake (一窗受理): receive an application, issue the one-time correction notice,
 * take the resubmission, accept (spawning the department tasks with their deadlines) or refuse.
 */
export class CaseIntakeService {
  constructor(
    private readonly ctx: CaseContext,
    private readonly journal: CaseJournal,
  ) {}

  async create(principal: Principal, input: z.infer<typeof createCaseRequest>): Promise<CaseWritten> {
    const { ctx } = this
    const version = await ctx.matters.getPublished(input.matterCode)
    const doc = version.document
    const actor = authorize(principal, 'case.intake', [doc.departmentId])
    if (input.notify === 'agent' && !input.agent)
      throw new AppError('CASE_AGENT_INCOMPLETE', 'notices to the agent need an agent')
    const positions = checkPositions(doc, input.submittedMaterials)
    const formIssues = checkFormData(doc.formFields, input.formData)
    if (formIssues.length)
      throw new AppError('CASE_FORM_INVALID', 'the application form is incomplete or wrong', {
        fields: formIssues,
      })
    const authorisation = await checkAgentAuthorisation(ctx, principal, input.agent)
    const cal = await ctx.calendar.get()
    const today = ctx.calendar.today()
    const now = ctx.clock.now().toISOString()
    const division = (await ctx.divisionOfWindow(input.windowId)) ?? ctx.config.centerDivisionCode
    const intake = intakeDeadline(cal, { submittedOn: today, intakeLimitDays: doc.intakeLimitDays, today })
    const prefix = `${division}${today.replaceAll('-', '')}`
    // PostgreSQL: the number is taken before the case transaction (cases.repository.ts says why)
    const ahead = await ctx.cases.nextSequencesAhead(prefix, 1)
    return this.journal.transact(async (tx) => {
      const seq = ahead?.[0] ?? (await ctx.cases.nextSequence(prefix, tx))
      const number = `${prefix}${String(seq).padStart(5, '0')}`
      const id = newId()
      const opened = await this.journal.open(
        tx,
        receivedCaseRow({
          id,
          number,
          version,
          division,
          channel: input.channel,
          bundleId: null,
          applicant: input.applicant,
          agent: input.agent,
          notify: input.notify,
          citizenId: null,
          formData: normalizeFormData(doc.formFields, input.formData),
          today,
          now,
          intake,
          receivedBy: actor.label,
          windowId: input.windowId,
        }),
        actor,
        {
          type: 'received',
          data: {
            channel: input.channel,
            submittedMaterials: [...positions],
            hasAgent: input.agent !== null,
          },
        },
      )
      const { row } = opened
      await authorisation?.markUsed(tx, id)
      const materials = receivedMaterialRows(id, doc, (i) => ({
        isSubmitted: positions.has(i),
        fileKey: null,
      }))
      await ctx.cases.insertMaterials(materials, tx)
      const notice = await queueNotice(ctx.sms, tx, row, { kind: 'received' })
      // a new case's parts are all in hand: the answer reads none of them back
      return { ...opened, tasks: [], materials, fees: [], approvals: [], notices: [notice] }
    })
  }

  /** 一次性告知: one notice listing everything missing. A second notice is allowed and counted. */
  async requestCorrection(
    principal: Principal,
    caseId: string,
    input: z.infer<typeof correctionRequest>,
  ): Promise<CaseWritten> {
    return this.act(principal, caseId, async (tx, row, actor, doc) => {
      const missing = checkPositions(doc, input.missingMaterials)
      if (missing.size === 0 && !input.note)
        throw new AppError('CASE_REASON_REQUIRED', 'a correction notice lists what is missing')
      const materials = await this.ctx.cases.materials(row.id, tx)
      for (const m of materials)
        if (missing.has(m.position)) await this.ctx.cases.updateMaterial(m.id, { status: 'missing' }, tx)
      const items = [...missing].sort((x, y) => x - y).map((p) => doc.materials[p]?.name.zh ?? '')
      if (input.note) items.push(input.note)
      const count = row.correction_count + 1
      const written = await this.journal.record(tx, row, actor, {
        type: count > 1 ? 'correction.repeated' : 'correction.requested',
        action: 'request_correction',
        patch: { correction_count: count },
        reason: input.note || null,
        data: { missingMaterials: [...missing], items, notice: count },
      })
      const notice = await queueNotice(this.ctx.sms, tx, written.row, { kind: 'correction', items }, count)
      return { ...written, notices: [notice] }
    })
  }

  /** The applicant brings what the notice listed: the intake clock starts again. */
  async resubmit(
    principal: Principal,
    caseId: string,
    input: z.infer<typeof resubmitRequest>,
  ): Promise<CaseWritten> {
    return this.act(
      principal,
      caseId,
      async (tx, row, actor, doc, cal) => {
        const supplied = checkPositions(doc, input.suppliedMaterials)
        const materials = await this.ctx.cases.materials(row.id, tx)
        for (const m of materials)
          if (supplied.has(m.position)) await this.ctx.cases.updateMaterial(m.id, { status: 'supplied' }, tx)
        const today = this.ctx.calendar.today()
        const intake = intakeDeadline(cal, {
          submittedOn: today,
          intakeLimitDays: doc.intakeLimitDays,
          today,
        })
        return this.journal.record(tx, row, actor, {
          type: 'resubmitted',
          action: 'resubmit',
          patch: {
            submitted_on: today,
            intake_due_on: intake.dueDate,
            is_due_provisional: toFlag(intake.isProvisional),
          },
          data: { suppliedMaterials: [...supplied] },
        })
      },
      { calendar: true },
    )
  }

  /**
   * 受理: every required material is in, except 容缺 ones named as deferred (they get a supply
   * deadline). Spawns the lead task and one task per parallel department, each with its limit.
   */
  async accept(
    principal: Principal,
    caseId: string,
    input: z.infer<typeof acceptRequest>,
  ): Promise<CaseWritten> {
    return this.act(
      principal,
      caseId,
      async (tx, row, actor, doc, cal) => {
        const deferred = checkPositions(doc, input.deferredMaterials)
        const materials = await this.ctx.cases.materials(row.id, tx)
        const problems: Array<{ position: number; name: string; problem: string }> = []
        for (const m of materials) {
          const isIn = isMaterialIn(m.status)
          if (deferred.has(m.position)) {
            if (!m.is_deferrable)
              problems.push({ position: m.position, name: m.name, problem: 'not-deferrable' })
            else if (isIn) problems.push({ position: m.position, name: m.name, problem: 'already-submitted' })
          } else if (m.is_required && !isIn)
            problems.push({ position: m.position, name: m.name, problem: 'missing' })
        }
        if (problems.length)
          throw new AppError('CASE_MATERIALS_MISSING', 'required materials are missing', {
            materials: problems,
          })
        const today = this.ctx.calendar.today()
        const now = this.ctx.clock.now().toISOString()
        for (const m of materials) {
          if (!deferred.has(m.position)) continue
          const days = doc.materials[m.position]?.deferralDays ?? doc.promisedLimitDays
          const patch = { status: 'deferred', supply_due_on: supplyDeadline(cal, today, days).date }
          await this.ctx.cases.updateMaterial(m.id, patch, tx)
          Object.assign(m, patch)
        }
        const due = deadline(cal, { startOn: today, limitDays: doc.promisedLimitDays, pauses: [], today })
        const legal = deadline(cal, { startOn: today, limitDays: doc.legalLimitDays, pauses: [], today })
        const tasks = [
          {
            departmentId: doc.departmentId,
            kind: 'lead' as const,
            limitDays: doc.promisedLimitDays,
            onRefusal: 'refuse_case',
          },
          ...doc.parallelDepartments.map((p) => ({
            departmentId: p.departmentId,
            kind: 'parallel' as const,
            limitDays: p.limitDays,
            onRefusal: p.onRefusal,
          })),
        ]
        const taskRows = tasks.map((t): CaseTasksTable => {
          const d = deadline(cal, { startOn: today, limitDays: t.limitDays, pauses: [], today })
          return {
            id: newId(),
            case_id: row.id,
            department_id: t.departmentId,
            holder_department_id: t.departmentId,
            kind: t.kind,
            status: 'open',
            outcome: null,
            limit_days: t.limitDays,
            due_on: d.dueDate,
            is_due_provisional: toFlag(d.isProvisional),
            on_refusal: t.onRefusal,
            note: null,
            finished_at: null,
            finished_by: null,
            created_at: now,
            updated_at: now,
          }
        })
        await this.ctx.cases.insertTasks(taskRows, tx)
        const written = await this.journal.record(tx, row, actor, {
          type: 'accepted',
          action: 'accept',
          patch: {
            accepted_on: today,
            accepted_at: now,
            due_on: due.dueDate,
            legal_due_on: legal.dueDate,
            is_due_provisional: toFlag(due.isProvisional || legal.isProvisional),
          },
          data: {
            dueOn: due.dueDate,
            legalDueOn: legal.dueDate,
            deferredMaterials: [...deferred],
            tasks: tasks.map((t) => t.departmentId),
          },
        })
        const notice = await queueNotice(this.ctx.sms, tx, written.row, {
          kind: 'accepted',
          dueOn: due.dueDate,
        })
        // the tasks and materials as written here are all of the case's
        return { ...written, tasks: taskRows, materials, notices: [notice] }
      },
      { calendar: true },
    )
  }

  /** 不予受理, with the reason and its legal basis (both required). */
  async refuse(
    principal: Principal,
    caseId: string,
    input: z.infer<typeof refuseRequest>,
  ): Promise<CaseWritten> {
    return this.act(principal, caseId, async (tx, row, actor) => {
      const now = this.ctx.clock.now().toISOString()
      const written = await this.journal.record(tx, row, actor, {
        type: 'refused',
        action: 'refuse',
        patch: { closed_at: now },
        reason: input.reason,
        data: { legalBasis: input.legalBasis },
      })
      const notice = await queueNotice(this.ctx.sms, tx, written.row, {
        kind: 'refused',
        reason: input.reason,
      })
      return { ...written, notices: [notice] }
    })
  }

  /** 撤回 at the applicant's request, recorded by the window. */
  async withdraw(principal: Principal, caseId: string, reason: string): Promise<CaseWritten> {
    staffOf(principal)
    return this.act(principal, caseId, async (tx, row, actor) =>
      this.journal.record(tx, row, actor, {
        type: 'withdrawn',
        action: 'withdraw',
        patch: { closed_at: this.ctx.clock.now().toISOString() },
        reason,
      }),
    )
  }

  /**
   * Runs an intake action on the case in one transaction and returns what it wrote. The working
   * calendar is read only for actions that compute dates, and outside the transaction: on SQLite
   * one connection serves both, a read beside the transaction would wait for it forever.
   */
  private async act(
    principal: Principal,
    caseId: string,
    fn: (
      tx: Executor,
      row: CaseRow,
      actor: ReturnType<typeof authorize>,
      doc: MatterDocument,
      cal: WorkingCalendar,
    ) => Promise<CaseWritten>,
    opts: { calendar?: boolean } = {},
  ): Promise<CaseWritten> {
    const cal = opts.calendar ? await this.ctx.calendar.get() : null
    return this.journal.transact(async (tx) => {
      const row = await this.ctx.cases.find(caseId, tx)
      if (!row) throw new AppError('CASE_NOT_FOUND', 'no such case')
      const actor = authorize(principal, 'case.intake', intakeDepartments(row))
      const version: MatterVersion = await this.ctx.matters.getVersion(row.matter_version_id, tx)
      // without `calendar`, the action gets the calendar last loaded and must not compute dates with it
      return fn(tx, row, actor, version.document, cal ?? this.ctx.calendar.current)
    })
  }
}

/** Material positions must name materials of the matter. */
function checkPositions(doc: MatterDocument, positions: readonly number[]): Set<number> {
  const bad = positions.filter((p) => p >= doc.materials.length)
  if (bad.length)
    throw new AppError('CASE_MATERIAL_UNKNOWN', 'no such material in this matter', { positions: bad })
  return new Set(positions)
}
