import {
  bundleInputSchema,
  type Bundle,
  type BundleInput,
  type MatterDocument,
  type Principal,
} from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { isUniqueViolation } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { assertCan, can } from '../auth/permissions'
import type { BundleRow, BundlesRepository } from './bundles.repository'
import type { CatalogRepository } from './catalog.repository'
import { documentInvalid, presentDepartment, readDocument, schemaIssues } from './catalog.presenters'
import { checkFeeds, markIssued } from './bundle-feeds.rules'
import { mergeBundleMaterials } from './catalog.rules'

type Actor = Principal | 'system'
type Parsed = ReturnType<typeof bundleInputSchema.parse>

/**
 * Bundles (一件事一次办): one life event over several matters of several departments, with a
 * lead department, one form and one deduplicated material list.
 *
 * Bundles are not versioned: a bundle only groups matters, and the matters are versioned. Its
 * materials and limits are computed when read, from each matter's published version, so a
 * bundle never shows a stale material list; a bundle case (later issue) records the version id
 * of each matter it was accepted under, which is what must not change. The public sees a
 * bundle only when every matter in it is published.
 */
export class BundlesService {
  constructor(
    private readonly db: Db,
    private readonly repo: BundlesRepository,
    private readonly catalog: CatalogRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Staff with catalog.read see every bundle; everybody else the complete ones. */
  async list(principal: Principal): Promise<Bundle[]> {
    const all = await this.present(await this.repo.list())
    return can(principal, 'catalog.read') ? all : all.filter((b) => b.isComplete)
  }

  async get(principal: Principal, code: string): Promise<Bundle> {
    const row = await this.repo.findByCode(code)
    const [bundle] = row ? await this.present([row]) : []
    if (!bundle || (!bundle.isComplete && !can(principal, 'catalog.read')))
      throw new AppError('CATALOG_BUNDLE_NOT_FOUND', `no bundle ${code}`)
    return bundle
  }

  async create(actor: Actor, input: BundleInput): Promise<Bundle> {
    if (actor !== 'system') assertCan(actor, 'catalog.manage')
    const id = newId()
    await this.db.transaction().execute(async (tx) => {
      await this.saveIn(tx, this.parse(input), null, id)
      await this.audit.record({ actor, action: 'catalog.bundle-create', subject: `bundle:${id}` }, tx)
    })
    return this.presentOne(id)
  }

  async update(actor: Actor, id: string, input: BundleInput): Promise<Bundle> {
    if (actor !== 'system') assertCan(actor, 'catalog.manage')
    await this.db.transaction().execute(async (tx) => {
      const existing = await this.repo.findById(id, tx)
      if (!existing) throw new AppError('CATALOG_BUNDLE_NOT_FOUND', `no bundle ${id}`)
      await this.saveIn(tx, this.parse(input), existing, id)
      await this.audit.record({ actor, action: 'catalog.bundle-update', subject: `bundle:${id}` }, tx)
    })
    return this.presentOne(id)
  }

  async delete(actor: Actor, id: string): Promise<void> {
    if (actor !== 'system') assertCan(actor, 'catalog.manage')
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.delete(id, tx))) throw new AppError('CATALOG_BUNDLE_NOT_FOUND', `no bundle ${id}`)
      await this.audit.record({ actor, action: 'catalog.bundle-delete', subject: `bundle:${id}` }, tx)
    })
  }

  parse(input: BundleInput): Parsed {
    const parsed = bundleInputSchema.safeParse(input)
    if (!parsed.success) throw documentInvalid(schemaIssues(parsed.error))
    return parsed.data
  }

  /** Creates or rewrites a bundle inside a transaction (also used by the Excel import). */
  async saveIn(tx: Executor, input: Parsed, existing: BundleRow | null, id: string): Promise<void> {
    const matters = await this.catalog.findMattersByCodes(input.matterCodes, tx)
    const byCode = new Map(matters.map((m) => [m.code, m]))
    const seen = new Set<string>()
    input.matterCodes.forEach((code, i) => {
      const path = `matterCodes.${i}`
      if (seen.has(code))
        throw documentInvalid([
          { path, code: 'CATALOG_BUNDLE_DUPLICATE_MATTER', message: `matter ${code} is listed twice` },
        ])
      seen.add(code)
      if (!byCode.has(code))
        throw documentInvalid([
          { path, code: 'CATALOG_BUNDLE_MATTER_NOT_FOUND', message: `no matter ${code}` },
        ])
    })
    if ((await this.catalog.existingIds('departments', [input.leadDepartmentId], tx)).size === 0)
      throw documentInvalid([
        {
          path: 'leadDepartmentId',
          code: 'CATALOG_DEPARTMENT_NOT_FOUND',
          message: `no department ${input.leadDepartmentId}`,
        },
      ])
    // the lead department works one of the matters (as implementing or parallel department)
    const involved = new Set<string>()
    for (const m of matters) {
      const versionId = m.draft_version_id ?? m.published_version_id
      const version = versionId ? await this.catalog.findVersion(versionId, tx) : undefined
      if (!version) continue
      const doc = readDocument(version.document)
      involved.add(doc.departmentId)
      for (const p of doc.parallelDepartments) involved.add(p.departmentId)
    }
    if (!involved.has(input.leadDepartmentId))
      throw documentInvalid([
        {
          path: 'leadDepartmentId',
          code: 'CATALOG_BUNDLE_LEAD_NOT_INVOLVED',
          message: 'the lead department works none of the matters',
        },
      ])
    // results the bundle passes on: between its matters, each a material of the later one
    const docs = new Map<string, MatterDocument>()
    for (const m of matters) {
      const versionId = m.draft_version_id ?? m.published_version_id
      const version = versionId ? await this.catalog.findVersion(versionId, tx) : undefined
      if (version) docs.set(m.code, readDocument(version.document))
    }
    const feedProblems = checkFeeds(input.feeds, input.matterCodes, (code) => docs.get(code) ?? null)
    if (feedProblems.length)
      throw documentInvalid(feedProblems.map((p) => ({ ...p, code: 'CATALOG_BUNDLE_FEED_INVALID' as const })))
    const other = await this.repo.findByCode(input.code, tx)
    if (other && other.id !== id)
      throw new AppError('CATALOG_BUNDLE_CODE_TAKEN', `bundle code ${input.code} is taken`)
    const now = this.clock.now().toISOString()
    const row: BundleRow = {
      id,
      code: input.code,
      name: input.name,
      description: input.description,
      lead_department_id: input.leadDepartmentId,
      form: JSON.stringify(input.form),
      feeds: JSON.stringify(input.feeds),
      created_at: existing?.created_at ?? now,
      updated_at: now,
    }
    const matterIds = input.matterCodes.map((c) => byCode.get(c)!.id)
    try {
      if (existing) await this.repo.update(row, matterIds, tx)
      else await this.repo.insert(row, matterIds, tx)
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('CATALOG_BUNDLE_CODE_TAKEN', `bundle code ${input.code} is taken`)
      throw err
    }
  }

  private async presentOne(id: string): Promise<Bundle> {
    const row = await this.repo.findById(id)
    const [bundle] = row ? await this.present([row]) : []
    if (!bundle) throw new AppError('CATALOG_BUNDLE_NOT_FOUND', `no bundle ${id}`)
    return bundle
  }

  private async present(rows: BundleRow[]): Promise<Bundle[]> {
    const [links, departments] = await Promise.all([
      this.repo.mattersOf(rows.map((r) => r.id)),
      this.catalog.listDepartments(),
    ])
    const deps = new Map(departments.map((d) => [d.id, presentDepartment(d)]))
    return rows.map((row) => {
      const own = links.filter((l) => l.bundle_id === row.id)
      const publishedDocs = own.flatMap((l) =>
        l.document ? [{ code: l.code, document: readDocument(l.document) }] : [],
      )
      const limits = own.map((l) => (l.promised_limit_days === null ? null : Number(l.promised_limit_days)))
      const isComplete = own.length > 0 && limits.every((d) => d !== null)
      return {
        id: row.id,
        code: row.code,
        name: row.name,
        description: row.description,
        leadDepartment: deps.get(row.lead_department_id) ?? {
          id: row.lead_department_id,
          code: '',
          name: { zh: '' },
        },
        form: JSON.parse(row.form) as Bundle['form'],
        feeds: JSON.parse(row.feeds) as Bundle['feeds'],
        matters: own.map((l) => ({
          matterId: l.matter_id,
          code: l.code,
          // a matter not yet published (staff only see such bundles) shows its draft's Chinese name
          name: publishedDocs.find((p) => p.code === l.code)?.document.name ?? {
            zh: l.name ?? l.draft_name ?? '',
          },
          versionId: l.version_id,
          department: l.department_id ? (deps.get(l.department_id) ?? null) : null,
          promisedLimitDays: l.promised_limit_days === null ? null : Number(l.promised_limit_days),
        })),
        materials: markIssued(mergeBundleMaterials(publishedDocs), JSON.parse(row.feeds) as Bundle['feeds']),
        isComplete,
        promisedLimitDays: isComplete ? Math.max(...limits) : null,
        updatedAt: row.updated_at,
      }
    })
  }
}
