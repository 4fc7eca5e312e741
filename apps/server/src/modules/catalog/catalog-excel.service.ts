import {
  bundleInputSchema,
  matterDocumentSchema,
  type CatalogExcelRowError,
  type CatalogImportResponse,
  type MatterDocument,
} from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { actorLabel, type AuditService } from '../audit/audit.service'
import { assertCan } from '../auth/permissions'
import type { BundlesRepository } from './bundles.repository'
import type { BundlesService } from './bundles.service'
import type { Refs } from './catalog-excel.columns'
import { locate, readWorkbook, writeWorkbook, type ParsedItem } from './catalog-excel'
import { allSheets } from './catalog-excel.sheets'
import type { CatalogRepository } from './catalog.repository'
import { readDocument } from './catalog.presenters'
import { checkMatterDocument } from './catalog.rules'
import type { Actor, CatalogService } from './catalog.service'

/**
 * Excel export and import of the catalog (issue 3.7).
 *
 * Export: the published catalog (what the public sees), one row per matter, bundles included.
 * Import: all or nothing. Every sheet, row and cell is checked first (schema, rules,
 * references); any bad row → CATALOG_EXCEL_ROWS_INVALID with each bad row's sheet, row and
 * column, nothing written. Then, in one transaction, matters are created or their drafts
 * rewritten, and — in the default `publish` mode — published, since the workbook is the catalog
 * as it is to be published (publishing 150 matters one by one after an import is busywork).
 * `draft` mode leaves the changes as drafts for review. A matter whose document equals the
 * file's is left alone; matters and bundles missing from the file are kept (an import never
 * deletes).
 */
export class CatalogExcelService {
  constructor(
    private readonly db: Db,
    private readonly repo: CatalogRepository,
    private readonly bundlesRepo: BundlesRepository,
    private readonly matters: CatalogService,
    private readonly bundles: BundlesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async exportWorkbook(actor: Actor): Promise<Buffer> {
    if (actor !== 'system') assertCan(actor, 'catalog.read')
    const [published, bundleRows, refs] = await Promise.all([
      this.repo.listPublished(),
      this.bundlesRepo.list(),
      this.refs(),
    ])
    const links = await this.bundlesRepo.mattersOf(bundleRows.map((b) => b.id))
    return writeWorkbook(
      {
        matters: published.map((row) => readDocument(row.document)),
        bundles: bundleRows.map((b) => ({
          code: b.code,
          name: b.name,
          description: b.description,
          leadDepartmentId: b.lead_department_id,
          matterCodes: links.filter((l) => l.bundle_id === b.id).map((l) => l.code),
          form: JSON.parse(b.form) as unknown[],
        })),
      },
      refs,
    )
  }

  async importWorkbook(
    actor: Actor,
    file: unknown,
    mode: 'publish' | 'draft' = 'publish',
  ): Promise<CatalogImportResponse> {
    if (actor !== 'system') assertCan(actor, 'catalog.manage')
    if (!Buffer.isBuffer(file) || file.length === 0)
      throw new AppError('CATALOG_EXCEL_INVALID', 'send the .xlsx file as the body')
    const parsed = await readWorkbook(file, await this.refs())
    const errors = [...parsed.errors]
    const docs = parsed.matters.flatMap((item) => this.checkMatter(item, errors))
    const known = new Set([
      ...parsed.matters.map((m) => m.code),
      ...(await this.existingCodes(parsed.bundles)),
    ])
    const bundles = parsed.bundles.flatMap((item) => this.checkBundle(item, known, errors))
    if (errors.length > 0) throw rowsInvalid(errors)

    const by = actor === 'system' ? 'system' : actorLabel(actor)
    const result = { created: 0, updated: 0, unchanged: 0, published: 0, bundles: 0 }
    await this.db.transaction().execute(async (tx) => {
      const now = this.clock.now().toISOString()
      for (const doc of docs) await this.applyMatter(tx, by, doc, mode, now, result)
      for (const input of bundles) {
        const existing = await this.bundlesRepo.findByCode(input.code, tx)
        await this.bundles.saveIn(tx, input, existing ?? null, existing?.id ?? newId())
        result.bundles++
      }
      await this.audit.record(
        { actor, action: 'catalog.import', subject: 'catalog', details: { mode, ...result } },
        tx,
      )
    })
    await this.matters.refresh()
    return result
  }

  private async applyMatter(
    tx: Executor,
    by: string,
    sheetDoc: MatterDocument,
    mode: 'publish' | 'draft',
    now: string,
    result: CatalogImportResponse,
  ): Promise<void> {
    let matter = await this.repo.findMatterByCode(sheetDoc.code, tx)
    // the workbook has no sheet for a matter's own form fields: an update keeps the latest ones
    const latestId = matter ? (matter.draft_version_id ?? matter.published_version_id) : null
    const latest = latestId ? await this.repo.findVersion(latestId, tx) : undefined
    const doc: MatterDocument = latest
      ? { ...sheetDoc, formFields: readDocument(latest.document).formFields }
      : sheetDoc
    if (!matter) {
      const id = newId()
      await this.matters.createIn(tx, by, doc, now, id)
      result.created++
      if (mode === 'publish') {
        await this.matters.publishIn(tx, by, (await this.repo.findMatter(id, tx))!, now)
        result.published++
      }
      return
    }
    const compareWith =
      mode === 'draft'
        ? (matter.draft_version_id ?? matter.published_version_id)
        : matter.draft_version_id
          ? null
          : matter.published_version_id
    const current = compareWith ? await this.repo.findVersion(compareWith, tx) : undefined
    if (current && JSON.stringify(readDocument(current.document)) === JSON.stringify(doc)) {
      result.unchanged++
      return
    }
    await this.matters.saveDraftIn(tx, by, matter, doc, now)
    result.updated++
    if (mode === 'publish') {
      matter = (await this.repo.findMatter(matter.id, tx))!
      await this.matters.publishIn(tx, by, matter, now)
      result.published++
    }
  }

  /** Cell and field problems first; the cross-field rules run on a matter whose cells all read. */
  private checkMatter(item: ParsedItem, errors: CatalogExcelRowError[]): MatterDocument[] {
    const parsed = matterDocumentSchema.safeParse(item.input)
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        errors.push({
          ...locate(item.origins, i.path.map(String).join('.')),
          code: 'VALIDATION_FAILED',
          message: i.message,
        })
      return []
    }
    const issues = checkMatterDocument(parsed.data)
    for (const i of issues) errors.push({ ...locate(item.origins, i.path), code: i.code, message: i.message })
    return issues.length === 0 ? [parsed.data] : []
  }

  private checkBundle(item: ParsedItem, knownMatters: Set<string>, errors: CatalogExcelRowError[]) {
    const parsed = bundleInputSchema.safeParse(item.input)
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        errors.push({
          ...locate(item.origins, i.path.map(String).join('.')),
          code: 'VALIDATION_FAILED',
          message: i.message,
        })
      return []
    }
    const missing = parsed.data.matterCodes.filter((c) => !knownMatters.has(c))
    if (missing.length > 0) {
      errors.push({
        ...locate(item.origins, 'matterCodes'),
        code: 'CATALOG_BUNDLE_MATTER_NOT_FOUND',
        message: `no matter ${missing.join('、')}`,
      })
      return []
    }
    return [parsed.data]
  }

  private async existingCodes(bundles: ParsedItem[]): Promise<string[]> {
    const codes = bundles.flatMap((b) =>
      Array.isArray(b.input.matterCodes) ? (b.input.matterCodes as string[]) : [],
    )
    return (await this.repo.findMattersByCodes([...new Set(codes)])).map((m) => m.code)
  }

  private async refs(): Promise<Refs> {
    const [departments, areas, categories] = await Promise.all([
      this.repo.listDepartments(),
      this.repo.listHallAreas(),
      this.repo.listQueueCategories(),
    ])
    // an area code is unique within a hall; with several halls the first hall's wins on import
    return {
      departmentIdByCode: new Map(departments.map((d) => [d.code, d.id])),
      departmentCodeById: new Map(departments.map((d) => [d.id, d.code])),
      areaIdByCode: new Map([...areas].reverse().map((a) => [a.code, a.id])),
      areaCodeById: new Map(areas.map((a) => [a.id, a.code])),
      categoryIdByCode: new Map(categories.map((c) => [c.code, c.id])),
      categoryCodeById: new Map(categories.map((c) => [c.id, c.code])),
    }
  }
}

const sheetOrder = new Map(allSheets.map((s, i) => [s.name, i]))

/** Every bad cell once, in workbook order. */
function rowsInvalid(errors: CatalogExcelRowError[]): AppError {
  const seen = new Set<string>()
  const unique = errors
    .filter((e) => {
      const key = `${e.sheet}|${e.row}|${e.column}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row)
  const first = unique[0]!
  return new AppError(
    'CATALOG_EXCEL_ROWS_INVALID',
    `${unique.length} bad cell(s); first: sheet ${first.sheet} row ${first.row} column ${first.column}: ${first.message}`,
    { errors: unique },
  )
}
