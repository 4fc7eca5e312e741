import { materialNameAt } from '../cases/cases.presenters'
import type { Readable } from 'node:stream'
import type { CaseProgress, DeliveryChoice, LocalizedText, MyCaseDetail, Principal } from '@yimin/shared'
import { deliveryChoiceSchema } from '@yimin/shared'
import type { Db } from '../../db/database'
import { fromFlag } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { AuditService } from '../audit/audit.service'
import { grantFor } from '../cases/case-access'
import type { CaseContext } from '../cases/case-context'
import { documentEvent, documentKinds, type DocumentKind } from '../cases/case-documents'
import { isPausedStatus, nextStatus } from '../cases/case-state'
import { withProjectedDue } from '../cases/projected-due'
import { presentProgress } from '../cases/cases.presenters'
import { findBundleNames, findMatterNames } from '../catalog/catalog.queries'
import type { OnlineCaseActions } from '../cases/online-intake'
import { citizenOf } from '../citizens/citizens.service'
import type { FileStorage } from '../storage/file-storage'
import { normalizeName } from '../catalog/catalog.rules'
import { renderBundleReceipt } from './bundle-receipt'
import type { OnlineRepository } from './online.repository'
import { presentFile, storeUpload, type Upload } from './online.service'

/**
 * My cases (我的办件): the citizen's own cases with their timeline, the one-time correction
 * notice and its uploads, resubmission, withdrawal, the result's delivery, printable documents.
 * Also the staff side of the uploaded files: reachable only through the case's access rules.
 */
export class MyCasesService {
  constructor(
    private readonly db: Db,
    private readonly repo: OnlineRepository,
    private readonly cases: OnlineCaseActions,
    private readonly ctx: CaseContext,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal) {
    const rows = await this.repo.citizenCases(citizenOf(principal).citizenId)
    // a paused case's due date as it stands today (few are paused: each is read whole)
    const paused = rows.filter((r) => isPausedStatus(r.status as never))
    const cal = paused.length ? await this.ctx.calendar.get() : null
    const projected = new Map<string, string | null>()
    for (const r of paused) {
      const row = await this.ctx.cases.find(r.id)
      if (row && cal) projected.set(r.id, (await withProjectedDue(this.ctx, cal, row)).row.due_on)
    }
    const namesOf = await findMatterNames(
      this.db,
      rows.map((r) => r.matter_id),
    )
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      matterName: { zh: r.matter_name, ...namesOf(r.matter_id) },
      status: r.status as never,
      bundleNumber: r.bundle_number,
      receivedOn: r.received_on,
      intakeDueOn: r.intake_due_on,
      dueOn: projected.has(r.id) ? projected.get(r.id)! : r.due_on,
    }))
  }

  async detail(principal: Principal, caseId: string): Promise<MyCaseDetail> {
    const own = await this.cases.own(citizenOf(principal).citizenId, caseId)
    // the due dates as they stand today (a running pause moves them)
    const { row } = await withProjectedDue(this.ctx, await this.ctx.calendar.get(), own)
    const [events, materials, pending, application, version] = await Promise.all([
      this.ctx.events.list(row.id),
      this.ctx.cases.materials(row.id),
      this.repo.pendingCaseFiles(row.id),
      this.repo.applicationOfCase(row.id),
      this.ctx.matters.getVersion(row.matter_version_id),
    ])
    const nameAt = (position: number, zh: string) => materialNameAt(version.document.materials, position, zh)
    const lastCorrection = events
      .filter((e) => e.type === 'correction.requested' || e.type === 'correction.repeated')
      .at(-1)
    let correction: MyCaseDetail['correction'] = null
    if (row.status === 'correction_requested' && lastCorrection) {
      const data = JSON.parse(lastCorrection.data) as {
        items?: string[]
        missingMaterials?: number[]
        notice?: number
      }
      correction = {
        items: data.items ?? [],
        missingMaterials: (data.missingMaterials ?? []).map((p) => ({
          position: p,
          name: nameAt(p, materials.find((m) => m.position === p)?.name ?? ''),
        })),
        notice: data.notice ?? 1,
      }
    }
    const names = (await findMatterNames(this.db, [row.matter_id]))(row.matter_id)
    const progress = presentProgress(row, events, names)
    return {
      id: row.id,
      number: row.number,
      matterName: { zh: row.matter_name, ...names },
      status: row.status as never,
      bundleNumber: application?.bundle_number ?? null,
      applicationId: application?.id ?? null,
      receivedOn: row.received_on,
      intakeDueOn: row.intake_due_on,
      dueOn: row.due_on,
      acceptedOn: row.accepted_on,
      legalDueOn: row.legal_due_on,
      completedOn: row.completed_on,
      isDueProvisional: fromFlag(row.is_due_provisional),
      outcome: row.outcome,
      resultNumber: row.result_number,
      correction,
      materials: materials.map((m) => ({
        position: m.position,
        name: nameAt(m.position, m.name),
        status: m.status,
        hasFile: m.file_key !== null,
      })),
      pendingFiles: pending.map((f) => ({ ...presentFile(f), position: f.position ?? -1 })),
      delivery: application?.delivery ? deliveryChoiceSchema.parse(JSON.parse(application.delivery)) : null,
      canWithdraw: nextStatus(row.status as never, 'withdraw') !== null,
      canResubmit: row.status === 'correction_requested' && pending.length > 0,
      documents: documentKinds.filter((k) => events.some((e) => documentEvent[k].includes(e.type))),
      timeline: progress.timeline,
    }
  }

  /** The citizen's own case (AUTH_REQUIRED when not signed in, CASE_NOT_FOUND for anyone else's). */
  async ownCase(principal: Principal, caseId: string): Promise<void> {
    await this.cases.own(citizenOf(principal).citizenId, caseId)
  }

  /** A file for an item of the correction notice (one per material; a new one replaces it). */
  async uploadCorrection(
    principal: Principal,
    caseId: string,
    position: number,
    upload: Upload,
  ): Promise<MyCaseDetail> {
    const citizenId = citizenOf(principal).citizenId
    const row = await this.cases.own(citizenId, caseId)
    if (row.status !== 'correction_requested')
      throw new AppError('CASE_INVALID_TRANSITION', 'no correction is asked for this case', {
        status: row.status,
      })
    const material = (await this.ctx.cases.materials(row.id)).find((m) => m.position === position)
    if (!material)
      throw new AppError('ONLINE_MATERIAL_UNKNOWN', 'no such material in this case', { position })
    const stored = await storeUpload(this.storage, upload)
    await this.db.transaction().execute(async (tx) => {
      await this.repo.deletePendingCaseFiles(row.id, position, tx)
      await this.repo.insertFile(
        {
          ...stored,
          citizen_id: citizenId,
          application_id: null,
          case_id: row.id,
          material_key: normalizeName(material.name),
          position,
          is_resubmitted: 0,
          created_at: this.clock.now().toISOString(),
        },
        tx,
      )
    })
    return this.detail(principal, caseId)
  }

  /** Resubmits with the uploaded files (the intake clock starts again, as at the window). */
  async resubmit(principal: Principal, caseId: string): Promise<MyCaseDetail> {
    const citizenId = citizenOf(principal).citizenId
    await this.cases.own(citizenId, caseId)
    const pending = await this.repo.pendingCaseFiles(caseId)
    if (pending.length === 0)
      throw new AppError('ONLINE_NOTHING_SUPPLIED', 'upload the items of the notice first')
    const supplied = new Map(pending.map((f) => [f.position ?? -1, f.file_key]))
    await this.cases.resubmit(citizenId, caseId, supplied, (tx) => this.repo.markResubmitted(caseId, tx))
    return this.detail(principal, caseId)
  }

  async withdraw(principal: Principal, caseId: string, reason: string): Promise<MyCaseDetail> {
    await this.cases.withdraw(citizenOf(principal).citizenId, caseId, reason)
    return this.detail(principal, caseId)
  }

  /** Pickup at the window or by post (with the address); for a bundle, for all its cases. */
  async setDelivery(principal: Principal, caseId: string, delivery: DeliveryChoice): Promise<MyCaseDetail> {
    const row = await this.cases.own(citizenOf(principal).citizenId, caseId)
    if (row.status === 'delivered' || row.closed_at)
      throw new AppError('CASE_INVALID_TRANSITION', 'the result was delivered or the case is closed', {
        status: row.status,
      })
    const application = await this.repo.applicationOfCase(row.id)
    if (!application) throw new AppError('CASE_NOT_FOUND', 'no such case')
    const version = await this.ctx.matters.getVersion(row.matter_version_id)
    if (!(version.document.delivery as string[]).includes(delivery.method))
      throw new AppError('ONLINE_NOT_AVAILABLE', 'this delivery method is not offered for this matter', {
        deliveryMethods: version.document.delivery,
      })
    await this.repo.setDelivery(application.id, JSON.stringify(delivery), this.clock.now().toISOString())
    return this.detail(principal, caseId)
  }

  async document(principal: Principal, caseId: string, kind: DocumentKind, origin: string): Promise<string> {
    return this.cases.document(citizenOf(principal).citizenId, caseId, kind, origin)
  }

  /**
   * The printable receipt of a submitted bundle (一件事受理回执): the bundle number, each matter's
   * case number and due date, the materials once each, a QR code to the bundle's progress page.
   */
  async bundleReceipt(principal: Principal, applicationId: string, origin: string): Promise<string> {
    const application = await this.repo.ownApplication(citizenOf(principal).citizenId, applicationId)
    if (!application) throw new AppError('ONLINE_APPLICATION_NOT_FOUND', 'no such application')
    const rows = application.bundle_number ? await this.repo.casesOf(application.id) : []
    if (!application.bundle_number || rows.length === 0)
      throw new AppError('CASE_DOCUMENT_NOT_AVAILABLE', 'there is no bundle receipt for this application')
    const [departments, materials] = await Promise.all([
      this.repo.departmentNames([...new Set(rows.map((r) => r.department_id))]),
      Promise.all(rows.map((r) => this.ctx.cases.materials(r.id))),
    ])
    const base = this.ctx.config.publicUrl ?? origin
    return renderBundleReceipt({
      centerName: this.ctx.config.centerName,
      bundleNumber: application.bundle_number,
      bundleName: application.name,
      progressUrl: `${base}/portal/progress?number=${application.bundle_number}`,
      cases: rows.map((row, i) => ({
        row,
        departmentName: departments.get(row.department_id) ?? '',
        materials: materials[i] ?? [],
      })),
      issuedOn: this.ctx.calendar.today(),
    })
  }

  /**
   * The public progress of a bundle: its number + the last four of the applicant's ID or phone;
   * a wrong number and a wrong factor get the same answer.
   */
  async lookupBundle(
    bundleNumber: string,
    factor: string,
  ): Promise<{
    bundleNumber: string
    name: LocalizedText
    cases: CaseProgress[]
  }> {
    const application = await this.repo.findByBundleNumber(bundleNumber)
    const rows = application ? await this.repo.casesOf(application.id) : []
    const first = rows[0]
    const f = factor.toUpperCase()
    if (
      !application ||
      !first ||
      (first.applicant_id_number.slice(-4).toUpperCase() !== f && first.applicant_phone.slice(-4) !== f)
    ) {
      throw new AppError('CASE_LOOKUP_NOT_FOUND', 'no bundle with this number and these last four characters')
    }
    const namesOf = await findMatterNames(
      this.db,
      rows.map((r) => r.matter_id),
    )
    const cases = await Promise.all(
      rows.map(async (r) => presentProgress(r, await this.ctx.events.list(r.id), namesOf(r.matter_id))),
    )
    const name = { zh: application.name, ...(await findBundleNames(this.db, application.code)) }
    return { bundleNumber, name, cases }
  }

  /** Staff open an uploaded material of a case only with read access to the case; the read is audited. */
  async staffMaterialFile(
    principal: Principal,
    caseId: string,
    position: number,
    meta: { ip: string | null },
  ): Promise<{ stream: Readable; mime: string }> {
    if (principal.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
    const row = await this.ctx.cases.find(caseId)
    if (!row || principal.kind !== 'staff') throw new AppError('CASE_NOT_FOUND', 'no such case')
    const tasks = await this.ctx.cases.tasks(row.id)
    if (
      !grantFor(principal, 'case.read', [
        row.department_id,
        ...tasks.flatMap((t) => [t.department_id, t.holder_department_id]),
      ])
    )
      throw new AppError('CASE_NOT_FOUND', 'no such case')
    const material = (await this.ctx.cases.materials(row.id)).find((m) => m.position === position)
    if (!material?.file_key) throw new AppError('ONLINE_FILE_NOT_FOUND', 'no file for this material')
    await this.audit.record({
      actor: principal,
      action: 'case.read-file',
      subject: `case:${row.id}`,
      details: { position },
      ip: meta.ip,
    })
    return {
      stream: await this.storage.get(material.file_key),
      mime: (await this.repo.mimeOf(material.file_key)) ?? 'application/octet-stream',
    }
  }
}
