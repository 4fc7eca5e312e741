import type { Readable } from 'node:stream'
import type { Applicant, DeliveryChoice, OnlineApplication, Principal } from '@yimin/shared'
import { applicantSchema, checkFormData, deliveryChoiceSchema, normalizeFormData } from '@yimin/shared'
import { fileTypeFromBuffer } from 'file-type'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { Upload } from '../../platform/http/upload'
import { newId, newSecret } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { awaitedPositions } from '../catalog/bundle-feeds.rules'
import type { BundlesService } from '../catalog/bundles.service'
import type { MatterSource } from '../cases/case-context'
import type { OnlineCaseActions } from '../cases/online-intake'
import type { CitizensService } from '../citizens/citizens.service'
import { citizenOf } from '../citizens/citizens.service'
import type { FileStorage } from '../storage/file-storage'
import type { CalendarService } from '../calendar/calendar.service'
import { MAX_UPLOAD_BYTES, checkFileName, checkFileType } from './online-files'
import {
  applicantFormData,
  filesForMatter,
  missingForSubmit,
  onlineTarget,
  type OnlineTarget,
} from './online-targets'
import type { OnlineRepository } from './online.repository'
import type { OnlineApplicationsTable, OnlineFilesTable } from './online.tables'

export type { Upload }

export interface OnlineDeps {
  db: Db
  repo: OnlineRepository
  citizens: CitizensService
  matters: MatterSource
  bundles: BundlesService
  cases: OnlineCaseActions
  calendar: CalendarService
  storage: FileStorage
  audit: AuditService
  clock: Clock
}

/**
 * Online applications (网上申报): a draft per matter or bundle, one upload per material (a
 * bundle's shared materials once), submission into one case per matter (已接件, channel
 * online) under one bundle number. A citizen reaches only their own drafts and files.
 */
export class OnlineService {
  constructor(private readonly d: OnlineDeps) {}

  async createDraft(
    principal: Principal,
    input: { kind: 'matter' | 'bundle'; code: string },
  ): Promise<OnlineApplication> {
    const citizen = await this.d.citizens.require(principal)
    const target = await this.target(input.kind, input.code)
    const now = this.d.clock.now().toISOString()
    const id = newId()
    await this.d.repo.insertApplication({
      id,
      citizen_id: citizen.id,
      kind: input.kind,
      code: target.code,
      name: target.name.zh,
      status: 'draft',
      bundle_number: null,
      applicant: null,
      form_data: JSON.stringify({}),
      delivery: null,
      created_at: now,
      updated_at: now,
      submitted_at: null,
    })
    return this.get(principal, id)
  }

  async list(principal: Principal) {
    const rows = await this.d.repo.applications(citizenOf(principal).citizenId)
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      code: r.code,
      name: r.name,
      status: r.status,
      bundleNumber: r.bundle_number,
      updatedAt: r.updated_at,
      submittedAt: r.submitted_at,
    }))
  }

  async get(principal: Principal, id: string): Promise<OnlineApplication> {
    const row = await this.own(principal, id)
    return this.present(row, await this.target(row.kind, row.code), citizenOf(principal).phone)
  }

  async save(
    principal: Principal,
    id: string,
    input: {
      applicant: Applicant | null
      formData: Record<string, string | number | boolean>
      delivery: DeliveryChoice | null
    },
  ): Promise<OnlineApplication> {
    const row = await this.own(principal, id)
    if (row.status !== 'draft')
      throw new AppError('ONLINE_APPLICATION_SUBMITTED', 'this application was submitted; it cannot change')
    const target = await this.target(row.kind, row.code)
    const allowedKeys = new Set(target.form.map((f) => f.key))
    const unknown = Object.keys(input.formData).filter((k) => !allowedKeys.has(k))
    if (unknown.length)
      throw new AppError('VALIDATION_FAILED', 'unknown form fields', {
        issues: unknown.map((k) => ({
          path: `body.formData.${k}`,
          message: 'not a field of this form',
          code: 'unknown',
        })),
      })
    // a draft may leave answers out (submit asks for them); what it answers must be right, as at the window
    const wrong = checkFormData(target.form, input.formData).filter((i) => i.problem !== 'required')
    if (wrong.length)
      throw new AppError('CASE_FORM_INVALID', 'the application form has wrong answers', { fields: wrong })
    if (input.delivery && !target.deliveryMethods.includes(input.delivery.method))
      throw new AppError('ONLINE_NOT_AVAILABLE', 'this delivery method is not offered', {
        deliveryMethods: target.deliveryMethods,
      })
    const ok = await this.d.repo.updateDraft(row.id, {
      applicant: input.applicant ? JSON.stringify(input.applicant) : null,
      form_data: JSON.stringify(normalizeFormData(target.form, input.formData)),
      delivery: input.delivery ? JSON.stringify(input.delivery) : null,
      updated_at: this.d.clock.now().toISOString(),
    })
    if (!ok)
      throw new AppError('ONLINE_APPLICATION_SUBMITTED', 'this application was submitted; it cannot change')
    return this.get(principal, id)
  }

  /** One file per material (a new upload replaces the earlier one). */
  async upload(
    principal: Principal,
    id: string,
    materialKey: string,
    upload: Upload,
  ): Promise<OnlineApplication> {
    const row = await this.own(principal, id)
    if (row.status !== 'draft')
      throw new AppError('ONLINE_APPLICATION_SUBMITTED', 'this application was submitted; it cannot change')
    const target = await this.target(row.kind, row.code)
    if (!target.materials.some((m) => m.key === materialKey))
      throw new AppError('ONLINE_MATERIAL_UNKNOWN', 'no such material in this application', { materialKey })
    const stored = await storeUpload(this.d.storage, upload)
    await this.d.db.transaction().execute(async (tx) => {
      await this.d.repo.deleteApplicationMaterialFiles(row.id, materialKey, tx)
      await this.d.repo.insertFile(
        {
          ...stored,
          citizen_id: row.citizen_id,
          application_id: row.id,
          case_id: null,
          material_key: materialKey,
          position: null,
          is_resubmitted: 0,
          created_at: this.d.clock.now().toISOString(),
        },
        tx,
      )
      await this.d.repo.updateDraft(row.id, { updated_at: this.d.clock.now().toISOString() }, tx)
    })
    return this.get(principal, id)
  }

  async deleteFile(principal: Principal, fileId: string): Promise<void> {
    const file = await this.d.repo.ownFile(citizenOf(principal).citizenId, fileId)
    if (!file) throw new AppError('ONLINE_FILE_NOT_FOUND', 'no such file')
    const app = file.application_id
      ? await this.d.repo.ownApplication(file.citizen_id, file.application_id)
      : undefined
    const isPendingCorrection = file.case_id !== null && !file.is_resubmitted
    if (app?.status !== 'draft' && !isPendingCorrection)
      throw new AppError('ONLINE_APPLICATION_SUBMITTED', 'this file was submitted; it cannot be removed')
    await this.d.repo.deleteFile(file.id)
  }

  /** The citizen's own file; any other id is not found (the same answer as a wrong id). */
  async file(
    principal: Principal,
    fileId: string,
  ): Promise<{ stream: Readable; mime: string; name: string; size: number }> {
    const file = await this.d.repo.ownFile(citizenOf(principal).citizenId, fileId)
    if (!file) throw new AppError('ONLINE_FILE_NOT_FOUND', 'no such file')
    return {
      stream: await this.d.storage.get(file.file_key),
      mime: file.mime,
      name: file.name,
      size: file.size,
    }
  }

  /** Submits: every case is filed in one transaction (all or none), under one bundle number. */
  async submit(principal: Principal, id: string): Promise<OnlineApplication> {
    const row = await this.own(principal, id)
    if (row.status !== 'draft')
      throw new AppError('ONLINE_APPLICATION_SUBMITTED', 'this application was already submitted')
    const target = await this.target(row.kind, row.code)
    const files = await this.d.repo.applicationFiles(row.id)
    const fileByKey = new Map(files.map((f) => [f.material_key, f.file_key]))
    const applicant = row.applicant ? applicantSchema.parse(JSON.parse(row.applicant)) : null
    const formData = {
      ...applicantFormData(applicant),
      ...(JSON.parse(row.form_data) as Record<string, string | number | boolean>),
    }
    const missing = missingForSubmit(target, {
      hasApplicant: applicant !== null,
      formData,
      materialKeys: new Set(fileByKey.keys()),
    })
    if (!applicant || missing.fields.length || missing.materials.length)
      throw new AppError('ONLINE_APPLICATION_INCOMPLETE', 'the application is not complete', missing)
    // read before the transaction (SQLite has one connection)
    const cal = await this.d.calendar.get()
    const now = this.d.clock.now().toISOString()
    // PostgreSQL: numbers taken before the transaction (cases/cases.repository.ts says why)
    const bundleAhead = row.kind === 'bundle' ? await this.d.cases.numbersAhead('YJS', 1) : null
    const numbersAhead = await this.d.cases.numbersAhead('', target.versions.length)
    await this.d.cases.transact(async (tx) => {
      const bundleNumber =
        row.kind === 'bundle' ? (bundleAhead?.[0] ?? (await this.d.cases.nextNumber('YJS', tx))) : null
      for (const [i, version] of target.versions.entries()) {
        const c = await this.d.cases.open(tx, {
          version,
          cal,
          citizenId: row.citizen_id,
          applicant,
          formData,
          bundleId: row.kind === 'bundle' ? row.id : null,
          intakeDepartmentId: target.leadDepartmentId ?? null,
          files: filesForMatter(version, fileByKey),
          awaited: awaitedPositions(target.feeds, version.document.code, version.document),
          ...(numbersAhead ? { number: numbersAhead[i]! } : {}),
        })
        await this.d.repo.linkCase(row.id, c.id, version.document.code, tx)
      }
      if (bundleNumber)
        await this.d.cases.fileBundleNotice(tx, {
          bundleId: row.id,
          bundleName: target.name.zh,
          bundleNumber,
          count: target.versions.length,
          recipient: applicant.phone,
        })
      if (
        !(await this.d.repo.updateDraft(
          row.id,
          { status: 'submitted', bundle_number: bundleNumber, submitted_at: now, updated_at: now },
          tx,
        ))
      ) {
        throw new AppError('ONLINE_APPLICATION_SUBMITTED', 'this application was already submitted')
      }
    })
    return this.get(principal, id)
  }

  async own(principal: Principal, id: string): Promise<OnlineApplicationsTable> {
    const row = await this.d.repo.ownApplication(citizenOf(principal).citizenId, id)
    if (!row) throw new AppError('ONLINE_APPLICATION_NOT_FOUND', 'no such application')
    return row
  }

  async target(kind: 'matter' | 'bundle', code: string): Promise<OnlineTarget> {
    if (kind === 'matter') {
      const version = await this.d.matters.getPublished(code)
      const { document: doc } = version
      return onlineTarget('matter', doc.code, doc.name, [], [version])
    }
    const bundle = await this.d.bundles.get({ kind: 'anonymous' }, code)
    const versions = await Promise.all(bundle.matters.map((m) => this.d.matters.getPublished(m.code)))
    return {
      ...onlineTarget('bundle', bundle.code, bundle.name, bundle.form, versions, bundle.feeds),
      leadDepartmentId: bundle.leadDepartment.id,
    }
  }

  private async present(
    row: OnlineApplicationsTable,
    target: OnlineTarget,
    citizenPhone: string,
  ): Promise<OnlineApplication> {
    const [files, cases] = await Promise.all([
      this.d.repo.applicationFiles(row.id),
      this.d.repo.casesOf(row.id),
    ])
    return {
      id: row.id,
      kind: row.kind,
      code: row.code,
      // the application keeps the Chinese name it was started with
      name: { ...target.name, zh: row.name },
      status: row.status,
      bundleNumber: row.bundle_number,
      form: target.form,
      applicant: row.applicant ? applicantSchema.parse(JSON.parse(row.applicant)) : null,
      citizenPhone,
      formData: JSON.parse(row.form_data) as Record<string, string | number | boolean>,
      delivery: row.delivery ? deliveryChoiceSchema.parse(JSON.parse(row.delivery)) : null,
      deliveryMethods: target.deliveryMethods,
      materials: target.materials.map((m) => ({
        ...m,
        files: files.filter((f) => f.material_key === m.key).map(presentFile),
      })),
      cases: cases.map((c) => ({
        id: c.id,
        number: c.number,
        matterCode: c.matter_code,
        matterName: c.matter_name,
        status: c.status as never,
      })),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      submittedAt: row.submitted_at,
    }
  }
}

export const presentFile = (f: OnlineFilesTable) => ({
  id: f.id,
  materialKey: f.material_key,
  name: f.name,
  mime: f.mime,
  size: f.size,
  uploadedAt: f.created_at,
})

/** Checks an upload (name, size, sniffed type) and stores it by content hash. */
export async function storeUpload(
  storage: FileStorage,
  upload: Upload,
): Promise<Pick<OnlineFilesTable, 'id' | 'file_key' | 'mime' | 'size' | 'name'>> {
  const name = checkFileName(upload.name)
  if (upload.content.length > MAX_UPLOAD_BYTES)
    throw new AppError('ONLINE_FILE_TOO_LARGE', 'a file may have at most 10 MB', {
      maxBytes: MAX_UPLOAD_BYTES,
    })
  if (upload.content.length === 0) throw new AppError('ONLINE_UPLOAD_INVALID', 'the file is empty')
  // a malformed container (a broken zip …) makes the sniffer throw: then the type is unknown
  const sniffed = await fileTypeFromBuffer(upload.content).catch(() => undefined)
  const mime = checkFileType(name, upload.mime, sniffed?.mime)
  const stored = await storage.put(upload.content, { maxBytes: MAX_UPLOAD_BYTES })
  return { id: newSecret(), file_key: stored.key, mime, size: stored.size, name }
}
