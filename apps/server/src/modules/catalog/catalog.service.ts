import {
  matterDocumentSchema,
  type AdminMatterListItem,
  type AdminMatterResponse,
  type MatterDocument,
  type MatterDocumentInput,
  type MatterGuide,
  type MatterVersion,
  type Principal,
  type SearchMattersQuery,
  type SearchMattersResponse,
} from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { isUniqueViolation } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { actorLabel, type AuditService } from '../audit/audit.service'
import { assertCan } from '../auth/permissions'
import type { CatalogRepository, MatterRow } from './catalog.repository'
import {
  documentInvalid,
  presentDepartment,
  presentVersion,
  readDocument,
  schemaIssues,
  versionColumns,
} from './catalog.presenters'
import { checkMatterDocument, checkReferences, extensionCap, isInstant, referencedIds } from './catalog.rules'
import type { PublishedCatalog } from './published-catalog'
import { nameMatches } from './catalog.search'

export type Actor = Principal | 'system'
const label = (actor: Actor) => (actor === 'system' ? 'system' : actorLabel(actor))
const manage = (actor: Actor) => actor !== 'system' && assertCan(actor, 'catalog.manage')

/**
 * The matter catalog: drafts, publishing, the public service guide and search. A matter has at
 * most one draft and one published version; a published version's document never changes
 * (the repository only ever updates rows still in draft); cases hold version ids and read them
 * with getVersion().
 */
export class CatalogService {
  constructor(
    private readonly db: Db,
    private readonly repo: CatalogRepository,
    readonly published: PublishedCatalog,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ------------------------------------------------------------ public

  /** Published matters (the service guide's search); anyone may ask. */
  async search(query: SearchMattersQuery): Promise<SearchMattersResponse> {
    const index = await this.published.get()
    const all = index.search(query)
    const start = (query.page - 1) * query.pageSize
    return {
      total: all.length,
      page: query.page,
      pageSize: query.pageSize,
      items: all.slice(start, start + query.pageSize),
    }
  }

  /** The full service guide (办事指南) of a matter's published version, by code. */
  async guide(code: string): Promise<MatterGuide> {
    const matter = await this.repo.findMatterByCode(code)
    const version = matter?.published_version_id
      ? await this.repo.findVersion(matter.published_version_id)
      : undefined
    if (!matter || !version) throw new AppError('CATALOG_MATTER_NOT_FOUND', `no published matter ${code}`)
    const doc = readDocument(version.document)
    const ids = referencedIds(doc)
    const [departments, areas, categories] = await Promise.all([
      this.repo.findDepartments(ids.departmentIds),
      this.repo.listHallAreas(),
      this.repo.listQueueCategories(),
    ])
    const area = areas.find((a) => a.id === doc.hallAreaId)
    const category = categories.find((c) => c.id === doc.queueCategoryId)
    return {
      matterId: matter.id,
      versionId: version.id,
      version: Number(version.version),
      publishedAt: version.published_at ?? version.updated_at,
      document: doc,
      departments: Object.fromEntries(departments.map((d) => [d.id, presentDepartment(d)])),
      extensionCapDays: extensionCap(doc),
      isInstant: isInstant(doc),
      hallArea: area ? { id: area.id, code: area.code, name: area.name } : null,
      queueCategory: category
        ? { id: category.id, code: category.code, prefix: category.prefix, name: category.name }
        : null,
    }
  }

  // ------------------------------------------------------------ for cases (no permission: callers check theirs)

  /** A version by id, whatever its status: a case reads the one it was accepted under. */
  async getVersion(versionId: string, tx?: Executor): Promise<MatterVersion> {
    const row = await this.repo.findVersion(versionId, tx)
    if (!row) throw new AppError('CATALOG_VERSION_NOT_FOUND', `no matter version ${versionId}`)
    return presentVersion(row)
  }

  /** The published version of a matter, by id or code (what a new case is accepted under). */
  async getPublished(matterIdOrCode: string, tx?: Executor): Promise<MatterVersion> {
    const matter =
      (await this.repo.findMatter(matterIdOrCode, tx)) ??
      (await this.repo.findMatterByCode(matterIdOrCode, tx))
    if (!matter?.published_version_id)
      throw new AppError('CATALOG_MATTER_NOT_FOUND', `no published matter ${matterIdOrCode}`)
    return this.getVersion(matter.published_version_id, tx)
  }

  // ------------------------------------------------------------ staff

  async listForAdmin(
    actor: Principal,
    filter: {
      q?: string | undefined
      departmentId?: string | undefined
      status?: 'draft' | 'published' | 'unpublished' | undefined
    },
  ): Promise<AdminMatterListItem[]> {
    assertCan(actor, 'catalog.read')
    const [rows, departments] = await Promise.all([
      this.repo.listForAdmin(filter),
      this.repo.listDepartments(),
    ])
    const names = new Map(departments.map((d) => [d.id, d.name]))
    const q = filter.q?.toLowerCase()
    const items = rows.map((r): AdminMatterListItem => {
      const departmentId = r.draft_department_id ?? r.published_department_id ?? ''
      return {
        id: r.id,
        code: r.code,
        name: r.draft_name ?? r.published_name ?? '',
        type: r.draft_type ?? r.published_type ?? 'public_service',
        level: r.draft_level ?? r.published_level ?? 'city',
        departmentId,
        departmentName: names.get(departmentId) ?? '',
        publishedVersion: r.published_version === null ? null : Number(r.published_version),
        publishedAt: r.published_at,
        hasDraft: r.draft_name !== null,
        draftUpdatedAt: r.draft_updated_at,
        updatedAt: r.updated_at,
      }
    })
    return items.filter(
      (i) =>
        (!q || i.code.toLowerCase().includes(q) || nameMatches(i.name, q)) &&
        (!filter.status ||
          (filter.status === 'draft'
            ? i.hasDraft
            : filter.status === 'published'
              ? i.publishedVersion !== null
              : i.publishedVersion === null)),
    )
  }

  async getForAdmin(actor: Principal, matterId: string): Promise<AdminMatterResponse> {
    assertCan(actor, 'catalog.read')
    return this.present(await this.requireMatter(matterId))
  }

  async getVersionForStaff(actor: Principal, versionId: string): Promise<MatterVersion> {
    assertCan(actor, 'catalog.read')
    return this.getVersion(versionId)
  }

  /** A new matter with its first draft. */
  async create(actor: Actor, input: MatterDocumentInput): Promise<AdminMatterResponse> {
    manage(actor)
    const doc = this.parse(input)
    const now = this.clock.now().toISOString()
    const matterId = newId()
    await this.db.transaction().execute(async (tx) => {
      await this.createIn(tx, label(actor), doc, now, matterId)
      await this.audit.record(
        {
          actor,
          action: 'catalog.matter-create',
          subject: `matter:${matterId}`,
          details: { code: doc.code },
        },
        tx,
      )
    })
    return this.present((await this.repo.findMatter(matterId))!)
  }

  /** Writes the matter's draft (a new one, numbered after the last version, when it has none). */
  async saveDraft(actor: Actor, matterId: string, input: MatterDocumentInput): Promise<AdminMatterResponse> {
    manage(actor)
    const doc = this.parse(input)
    await this.db.transaction().execute(async (tx) => {
      const matter = await this.lockMatter(matterId, tx)
      await this.saveDraftIn(tx, label(actor), matter, doc, this.clock.now().toISOString())
      await this.audit.record({ actor, action: 'catalog.draft-save', subject: `matter:${matterId}` }, tx)
    })
    return this.present(await this.requireMatter(matterId))
  }

  /** Publishes the draft; the version published before is superseded. */
  async publish(actor: Actor, matterId: string): Promise<AdminMatterResponse> {
    manage(actor)
    await this.db.transaction().execute(async (tx) => {
      const matter = await this.lockMatter(matterId, tx)
      const version = await this.publishIn(tx, label(actor), matter, this.clock.now().toISOString())
      await this.audit.record(
        { actor, action: 'catalog.publish', subject: `matter:${matterId}`, details: { version } },
        tx,
      )
    })
    await this.refresh()
    return this.present(await this.requireMatter(matterId))
  }

  /** Discards the draft. A matter never published goes with it (its code becomes free). */
  async discardDraft(actor: Actor, matterId: string): Promise<{ matterDeleted: boolean }> {
    manage(actor)
    return this.db.transaction().execute(async (tx) => {
      const matter = await this.lockMatter(matterId, tx)
      if (!matter.draft_version_id) throw new AppError('CATALOG_NO_DRAFT', 'this matter has no draft')
      const isLast = matter.published_version_id === null
      if (isLast && (await this.repo.isMatterInABundle(matterId, tx)))
        throw new AppError(
          'CATALOG_MATTER_IN_BUNDLE',
          'a bundle lists this matter: take it out of the bundle first',
        )
      await this.repo.updateMatter(
        matterId,
        { draft_version_id: null, updated_at: this.clock.now().toISOString() },
        tx,
      )
      if (!(await this.repo.deleteDraft(matter.draft_version_id, tx)))
        throw new AppError('CATALOG_VERSION_PUBLISHED', 'the draft was published meanwhile')
      if (isLast) await this.repo.deleteMatter(matterId, tx)
      await this.audit.record({ actor, action: 'catalog.draft-discard', subject: `matter:${matterId}` }, tx)
      return { matterDeleted: isLast }
    })
  }

  // ------------------------------------------------------------ building blocks (also used by the Excel import)

  parse(input: MatterDocumentInput): MatterDocument {
    const parsed = matterDocumentSchema.safeParse(input)
    if (!parsed.success) throw documentInvalid(schemaIssues(parsed.error))
    return parsed.data
  }

  /** Rule and reference problems of a document (empty when it may be saved). */
  async problems(doc: MatterDocument, tx: Executor = this.db) {
    const ids = referencedIds(doc)
    const [departmentIds, hallAreaIds, queueCategoryIds] = await Promise.all([
      this.repo.existingIds('departments', ids.departmentIds, tx),
      this.repo.existingIds('hall_areas', ids.hallAreaIds, tx),
      this.repo.existingIds('queue_categories', ids.queueCategoryIds, tx),
    ])
    return [
      ...checkMatterDocument(doc),
      ...checkReferences(doc, { departmentIds, hallAreaIds, queueCategoryIds }),
    ]
  }

  async createIn(
    tx: Executor,
    by: string,
    doc: MatterDocument,
    now: string,
    matterId = newId(),
  ): Promise<void> {
    if (await this.repo.findMatterByCode(doc.code, tx))
      throw new AppError('CATALOG_CODE_TAKEN', `matter code ${doc.code} is taken`)
    await this.assertSound(doc, tx)
    const versionId = newId()
    try {
      await this.repo.insertMatter(
        {
          id: matterId,
          code: doc.code,
          draft_version_id: versionId,
          published_version_id: null,
          last_version: 1,
          created_at: now,
          updated_at: now,
        },
        tx,
      )
    } catch (err) {
      // two creations of one code at once: the unique index decides
      if (isUniqueViolation(err)) throw new AppError('CATALOG_CODE_TAKEN', `matter code ${doc.code} is taken`)
      throw err
    }
    await this.repo.insertVersion(
      {
        id: versionId,
        matter_id: matterId,
        version: 1,
        status: 'draft',
        ...versionColumns(doc),
        created_at: now,
        created_by: by,
        updated_at: now,
        updated_by: by,
        published_at: null,
        published_by: null,
      },
      tx,
    )
  }

  async saveDraftIn(
    tx: Executor,
    by: string,
    matter: MatterRow,
    doc: MatterDocument,
    now: string,
  ): Promise<void> {
    if (doc.code !== matter.code)
      throw new AppError('CATALOG_CODE_IMMUTABLE', `a matter's code does not change (${matter.code})`, {
        issues: [{ path: 'code', code: 'CATALOG_CODE_IMMUTABLE', message: 'the code is fixed' }],
      })
    await this.assertSound(doc, tx)
    if (matter.draft_version_id) {
      if (
        !(await this.repo.updateDraft(
          matter.draft_version_id,
          { ...versionColumns(doc), updated_at: now, updated_by: by },
          tx,
        ))
      )
        throw new AppError('CATALOG_VERSION_PUBLISHED', 'a published version never changes')
      await this.repo.updateMatter(matter.id, { updated_at: now }, tx)
      return
    }
    const version = Number(matter.last_version) + 1
    const id = newId()
    await this.repo.insertVersion(
      {
        id,
        matter_id: matter.id,
        version,
        status: 'draft',
        ...versionColumns(doc),
        created_at: now,
        created_by: by,
        updated_at: now,
        updated_by: by,
        published_at: null,
        published_by: null,
      },
      tx,
    )
    await this.repo.updateMatter(
      matter.id,
      { draft_version_id: id, last_version: version, updated_at: now },
      tx,
    )
  }

  /** Publishes the draft inside a transaction; returns the version number. */
  async publishIn(tx: Executor, by: string, matter: MatterRow, now: string): Promise<number> {
    if (!matter.draft_version_id)
      throw new AppError('CATALOG_NO_DRAFT', 'this matter has no draft to publish')
    const draft = await this.repo.findVersion(matter.draft_version_id, tx)
    if (!draft || draft.status !== 'draft')
      throw new AppError('CATALOG_NO_DRAFT', 'this matter has no draft to publish')
    // what was sound when saved may not be now (a department removed meanwhile)
    await this.assertSound(readDocument(draft.document), tx)
    if (matter.published_version_id) await this.repo.markSuperseded(matter.published_version_id, tx)
    if (!(await this.repo.markPublished(draft.id, now, by, tx)))
      throw new AppError('CATALOG_VERSION_PUBLISHED', 'the draft was published meanwhile')
    await this.repo.updateMatter(
      matter.id,
      { draft_version_id: null, published_version_id: draft.id, updated_at: now },
      tx,
    )
    await this.repo.bumpVersion(newId(), now, tx)
    return Number(draft.version)
  }

  /** Rebuilds this instance's search index (after a change it committed). */
  async refresh(): Promise<void> {
    this.published.invalidate()
    await this.published.get()
  }

  async lockMatter(matterId: string, tx: Executor): Promise<MatterRow> {
    // the update takes the row lock first on PostgreSQL, so two changes to one matter queue up
    await this.repo.updateMatter(matterId, { updated_at: this.clock.now().toISOString() }, tx)
    const matter = await this.repo.findMatter(matterId, tx)
    if (!matter) throw new AppError('CATALOG_MATTER_NOT_FOUND', `no matter ${matterId}`)
    return matter
  }

  private async assertSound(doc: MatterDocument, tx: Executor): Promise<void> {
    const issues = await this.problems(doc, tx)
    if (issues.length > 0) throw documentInvalid(issues)
  }

  private async requireMatter(matterId: string): Promise<MatterRow> {
    const matter = await this.repo.findMatter(matterId)
    if (!matter) throw new AppError('CATALOG_MATTER_NOT_FOUND', `no matter ${matterId}`)
    return matter
  }

  private async present(matter: MatterRow): Promise<AdminMatterResponse> {
    const versions = (await this.repo.listVersions(matter.id)).map(presentVersion)
    const draft = versions.find((v) => v.id === matter.draft_version_id) ?? null
    const published = versions.find((v) => v.id === matter.published_version_id) ?? null
    const current = draft ?? published
    return {
      id: matter.id,
      code: matter.code,
      createdAt: matter.created_at,
      updatedAt: matter.updated_at,
      draft,
      published,
      history: versions.map(({ document: _document, ...head }) => head),
      extensionCapDays: current ? extensionCap(current.document) : null,
    }
  }
}
