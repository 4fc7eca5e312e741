import type { CaseDetail, CaseProgress, Principal } from '@yimin/shared'
import { AppError } from '../../platform/errors'
import { departmentsFor } from '../auth/permissions'
import type { Executor } from '../../db/database'
import type { WorkingCalendar } from '../calendar/working-days'
import { allowedActionsFor, grantFor, readDepartments, staffOf } from './case-access'
import type { CaseContext } from './case-context'
import type { CaseWritten } from './case-journal'
import { isIntakeStatus, isPausedStatus } from './case-state'
import { projectDueDates, withProjectedDue } from './projected-due'
import { maskApplicantName, presentCaseDetail, presentProgress } from './cases.presenters'
import type { DocumentKind } from './case-documents'
import { printCaseDocument } from './case-print'
import type { CaseRow } from './cases.repository'
import { findMatterNames } from '../catalog/catalog.queries'
import { staffIdOf } from '../audit/audit.service'

const LOOKUP_FAILED = 'no case with this number and these last four characters'

/** Reading cases: the full case for staff of its departments, lists, and the public lookup. */
export class CaseQueriesService {
  constructor(private readonly ctx: CaseContext) {}

  /** The full case; a staff read of personal data is recorded in the audit log (in the same transaction). */
  async detail(principal: Principal, caseId: string, meta: { ip: string | null }): Promise<CaseDetail> {
    staffOf(principal)
    // read outside the transaction (on SQLite a read beside it would wait for it forever)
    const cal = await this.ctx.calendar.get()
    const detail = await this.ctx.db.transaction().execute(async (tx) => {
      const row = await this.ctx.cases.find(caseId, tx)
      return row ? this.view(tx, principal, row, cal, meta) : null
    })
    if (!detail) throw new AppError('CASE_NOT_FOUND', 'no such case')
    return detail
  }

  /**
   * The case after a change, as the one who changed it sees it, built from what the change
   * wrote: the parts it holds in full are not read again (a new case's are all in hand).
   * CASE_NOT_FOUND when the change took the case out of their sight (e.g. its last task moved
   * away): the change stands.
   */
  async changed(
    principal: Principal,
    written: CaseWritten,
    meta: { ip: string | null },
  ): Promise<CaseDetail> {
    const cal = await this.ctx.calendar.get()
    const { row } = written
    // the events written are all of the case's when they are as many as the case counts
    const events = written.events.length === row.event_count ? written.events : undefined
    const detail = await this.view(this.ctx.db, principal, row, cal, meta, { ...written, events })
    if (!detail) throw new AppError('CASE_NOT_FOUND', 'no such case')
    return detail
  }

  /**
   * The case as this staff member sees it (with the actions they may take now), read with `tx`;
   * `inHand` holds parts already in hand, exactly as stored. The read of the personal data it
   * shows is recorded in the audit log. Null when they may not read the case.
   */
  async view(
    tx: Executor,
    principal: Principal,
    stored: CaseRow,
    cal: WorkingCalendar,
    meta: { ip: string | null },
    inHand: Partial<Omit<CaseWritten, 'row'>> = {},
  ): Promise<CaseDetail | null> {
    const staff = staffOf(principal)
    // the due dates as they stand today (a running pause moves them)
    const { row, tasks } = await withProjectedDue(this.ctx, cal, stored, {
      tx,
      tasks: inHand.tasks ?? (await this.ctx.cases.tasks(stored.id, tx)),
    })
    if (!grantFor(staff, 'case.read', readDepartments(row, tasks))) return null
    // one at a time: a transaction has one connection
    const materials = inHand.materials ?? (await this.ctx.cases.materials(row.id, tx))
    const fees = inHand.fees ?? (await this.ctx.cases.fees(row.id, tx))
    const approvals = inHand.approvals ?? (await this.ctx.approvals.forCase(row.id, tx))
    const events = inHand.events ?? (await this.ctx.events.list(row.id, tx))
    await this.ctx.audit.record(
      { actor: principal, action: 'case.read-personal-data', subject: `case:${row.id}`, ip: meta.ip },
      tx,
    )
    // the reader's own name is known; others' are looked up
    const others = new Set(events.map((e) => staffIdOf(e.actor)).filter((id): id is string => id !== null))
    others.delete(staff.userId)
    const staffNames = await this.ctx.cases.staffNames([...others], tx)
    staffNames.set(staff.userId, staff.displayName)
    const today = this.ctx.calendar.today()
    const remaining = (due: string | null) =>
      due === null ? null : cal.countWorkingDays(today, due).workingDays
    const frozen = isPausedStatus(row.status as never)
    // the version comes from memory after its first read
    const { formFields, materials: versionMaterials } = (
      await this.ctx.matters.getVersion(row.matter_version_id, tx)
    ).document
    const matterNames = (await findMatterNames(tx, [row.matter_id]))(row.matter_id)
    return presentCaseDetail(row, {
      formFields,
      versionMaterials,
      matterNames,
      materials,
      tasks,
      fees,
      approvals,
      events,
      remainingDays:
        row.closed_at || row.completed_at
          ? null
          : frozen
            ? null
            : remaining(row.accepted_on ? row.due_on : row.intake_due_on),
      taskRemaining: new Map(
        tasks.map((t) => [t.id, t.status === 'open' && !frozen ? remaining(t.due_on) : null]),
      ),
      staffNames,
      allowedActions: allowedActionsFor(staff, row, tasks),
      acceptOnDayOff:
        isIntakeStatus(row.status as never) && !cal.isWorkingDay(today)
          ? { today, nextWorkingDay: cal.addWorkingDays(today, 1).date }
          : null,
    })
  }

  /** A printable document of the case (HTML, A4); staff of the case's departments only. */
  async document(principal: Principal, caseId: string, kind: DocumentKind, origin: string): Promise<string> {
    const staff = staffOf(principal)
    const row = await this.ctx.cases.find(caseId)
    if (!row) throw new AppError('CASE_NOT_FOUND', 'no such case')
    const tasks = await this.ctx.cases.tasks(row.id)
    if (!grantFor(staff, 'case.read', readDepartments(row, tasks)))
      throw new AppError('CASE_NOT_FOUND', 'no such case')
    return printCaseDocument(this.ctx, row, kind, origin, () =>
      this.ctx.audit.record({
        actor: principal,
        action: 'case.print',
        subject: `case:${row.id}`,
        details: { kind },
      }),
    )
  }

  /** The counter's queue: applications waiting for the intake decision, masked. */
  async intakeQueue(principal: Principal) {
    const scope = departmentsFor(staffOf(principal), 'case.intake')
    const rows = await this.ctx.cases.intakeQueue(scope, 200)
    const cal = await this.ctx.calendar.get()
    const today = this.ctx.calendar.today()
    return rows.map((r) =>
      this.listItem(r, r.intake_due_on, cal.countWorkingDays(today, r.intake_due_on).workingDays, null, null),
    )
  }

  /** Cases whose departments have all finished: waiting for an approver's decision. */
  async decisionQueue(principal: Principal) {
    const scope = departmentsFor(staffOf(principal), 'case.approve')
    const rows = await this.ctx.cases.decisionQueue(scope, 200)
    const cal = await this.ctx.calendar.get()
    const today = this.ctx.calendar.today()
    return rows.map((r) =>
      this.listItem(
        r,
        r.due_on,
        r.due_on ? cal.countWorkingDays(today, r.due_on).workingDays : null,
        null,
        null,
      ),
    )
  }

  /** Staff find a case by its number (the counter's handover, the workbench search). */
  async idByNumber(principal: Principal, number: string): Promise<string> {
    const staff = staffOf(principal)
    const row = await this.ctx.cases.findByNumber(number)
    if (!row) throw new AppError('CASE_NOT_FOUND', 'no such case')
    const tasks = await this.ctx.cases.tasks(row.id)
    if (!grantFor(staff, 'case.read', readDepartments(row, tasks)))
      throw new AppError('CASE_NOT_FOUND', 'no such case')
    return row.id
  }

  /**
   * A department's open tasks, soonest due first, masked. A paused case's task shows the due
   * date moved by the running pause (as on the case page); a case with an extension or special
   * procedure waiting for the approver is marked.
   */
  async taskQueue(principal: Principal) {
    const scope = departmentsFor(staffOf(principal), 'case.handle')
    const rows = await this.ctx.cases.openTasksFor(scope, 200)
    const cal = await this.ctx.calendar.get()
    const today = this.ctx.calendar.today()
    const pending = await this.ctx.approvals.casesPending([...new Set(rows.map((r) => r.case_id))])
    const documents = new Map<string, Promise<{ promisedLimitDays: number; legalLimitDays: number }>>()
    const documentOf = (versionId: string) => {
      if (!documents.has(versionId))
        documents.set(
          versionId,
          this.ctx.matters.getVersion(versionId).then((v) => v.document),
        )
      return documents.get(versionId)!
    }
    const projectedDue = async (r: (typeof rows)[number]): Promise<string | null> => {
      if (!r.task_due_on || !r.accepted_on || !isPausedStatus(r.status as never)) return r.task_due_on
      const pauses = (await this.ctx.cases.pauses(r.case_id)).map((p) => ({ from: p.from_on, to: p.to_on }))
      const p = projectDueDates(
        cal,
        {
          status: r.status,
          acceptedOn: r.accepted_on,
          extensionDays: r.extension_days,
          stored: { dueOn: r.due_on, legalDueOn: null, isDueProvisional: false },
          taskLimits: [{ id: r.task_id, limitDays: r.limit_days }],
        },
        await documentOf(r.matter_version_id),
        pauses,
        today,
      )
      return p.tasks.get(r.task_id) ?? r.task_due_on
    }
    const dues = await Promise.all(rows.map(projectedDue))
    return rows.map((r, i) => ({
      id: r.case_id,
      number: r.number,
      matterName: r.matter_name,
      status: r.status as never,
      applicantName: maskApplicantName(r),
      dueOn: dues[i]!,
      remainingDays:
        r.task_due_on && !isPausedStatus(r.status as never)
          ? cal.countWorkingDays(today, r.task_due_on).workingDays
          : null,
      taskId: r.task_id,
      taskDepartmentId: r.holder_department_id,
      awaitingApproval: pending.has(r.case_id),
    }))
  }

  /** Pending extension and special-procedure requests for an approver. */
  async approvalQueue(principal: Principal) {
    const scope = departmentsFor(staffOf(principal), 'case.approve')
    return (await this.ctx.approvals.pending(scope)).map((a) => ({
      id: a.id,
      caseId: a.case_id,
      kind: a.kind,
      days: a.days,
      procedure: a.procedure,
      reason: a.reason,
      requestedAt: a.requested_at,
    }))
  }

  /**
   * The public progress page: number + last four of the applicant's ID or phone. A wrong
   * number and a wrong factor get the same answer; nothing personal is returned.
   */
  async lookup(number: string, factor: string): Promise<CaseProgress> {
    const row = await this.ctx.cases.findByNumber(number)
    const f = factor.toUpperCase()
    if (
      !row ||
      (row.applicant_id_number.slice(-4).toUpperCase() !== f && row.applicant_phone.slice(-4) !== f)
    ) {
      throw new AppError('CASE_LOOKUP_NOT_FOUND', LOOKUP_FAILED)
    }
    const events = await this.ctx.events.list(row.id)
    const projected = (await withProjectedDue(this.ctx, await this.ctx.calendar.get(), row)).row
    return presentProgress(
      projected,
      events,
      (await findMatterNames(this.ctx.db, [row.matter_id]))(row.matter_id),
    )
  }

  private listItem(
    r: CaseRow,
    dueOn: string | null,
    remainingDays: number | null,
    taskId: string | null,
    taskDepartmentId: string | null,
  ) {
    return {
      id: r.id,
      number: r.number,
      matterName: r.matter_name,
      status: r.status as never,
      applicantName: maskApplicantName(r),
      dueOn,
      remainingDays,
      taskId,
      taskDepartmentId,
      awaitingApproval: false,
    }
  }
}
