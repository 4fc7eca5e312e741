import type { Executor } from '../../db/database'
import { localizedFromColumns } from '../../db/localized'
import {
  type DepartmentRef,
  departmentRefs,
  existingDepartmentIds,
  findDepartmentRefs,
  listDepartmentRefs,
} from '../org/departments.queries'
import { existingHallAreaIds, listHallAreas } from '../org/halls.queries'
import { existingCategoryIds, listCategoryNames } from '../queue/category-names.queries'
import type { MattersTable, MatterVersionsTable } from './catalog.tables'

export type MatterRow = MattersTable
export type VersionRow = MatterVersionsTable
export type DepartmentRow = DepartmentRef
export type VersionWithDepartment = VersionRow & {
  department_code: string
  department_name: string
  department_name_ug: string | null
  department_name_en: string | null
}

/** The system_settings row that changes with every catalog change: instances compare it. */
const VERSION_KEY = 'catalog.version'

/** All SQL of matters and their versions, and the lookups of what documents refer to. */
export class CatalogRepository {
  constructor(private readonly db: Executor) {}

  async findMatter(id: string, tx: Executor = this.db): Promise<MatterRow | undefined> {
    return tx.selectFrom('matters').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findMatterByCode(code: string, tx: Executor = this.db): Promise<MatterRow | undefined> {
    return tx.selectFrom('matters').selectAll().where('code', '=', code).executeTakeFirst()
  }

  async findMattersByCodes(codes: string[], tx: Executor = this.db): Promise<MatterRow[]> {
    if (codes.length === 0) return []
    return tx.selectFrom('matters').selectAll().where('code', 'in', codes).execute()
  }

  async insertMatter(row: MatterRow, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('matters').values(row).execute()
  }

  /** Also the row lock that serialises changes to one matter (PostgreSQL). */
  async updateMatter(
    id: string,
    patch: Partial<Omit<MatterRow, 'id' | 'code' | 'created_at'>>,
    tx: Executor = this.db,
  ): Promise<void> {
    await tx.updateTable('matters').set(patch).where('id', '=', id).execute()
  }

  async deleteMatter(id: string, tx: Executor = this.db): Promise<void> {
    await tx.deleteFrom('matters').where('id', '=', id).execute()
  }

  async insertVersion(row: VersionRow, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('matter_versions').values(row).execute()
  }

  /** Rewrites a draft. Only a row still in draft is touched: a published document never changes. */
  async updateDraft(
    id: string,
    patch: Pick<
      VersionRow,
      | 'document'
      | 'name'
      | 'type'
      | 'department_id'
      | 'level'
      | 'legal_limit_days'
      | 'promised_limit_days'
      | 'updated_at'
      | 'updated_by'
    >,
    tx: Executor = this.db,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('matter_versions')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async markPublished(id: string, at: string, by: string, tx: Executor): Promise<boolean> {
    const r = await tx
      .updateTable('matter_versions')
      .set({ status: 'published', published_at: at, published_by: by, updated_at: at, updated_by: by })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** The only change a published row ever sees: its status, when a newer version replaces it. */
  async markSuperseded(id: string, tx: Executor): Promise<void> {
    await tx
      .updateTable('matter_versions')
      .set({ status: 'superseded' })
      .where('id', '=', id)
      .where('status', '=', 'published')
      .execute()
  }

  async deleteDraft(id: string, tx: Executor): Promise<boolean> {
    const r = await tx
      .deleteFrom('matter_versions')
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .executeTakeFirst()
    return Number(r.numDeletedRows) === 1
  }

  async findVersion(id: string, tx: Executor = this.db): Promise<VersionRow | undefined> {
    return tx.selectFrom('matter_versions').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async listVersions(matterId: string, tx: Executor = this.db): Promise<VersionRow[]> {
    return tx
      .selectFrom('matter_versions')
      .selectAll()
      .where('matter_id', '=', matterId)
      .orderBy('version', 'desc')
      .execute()
  }

  /** Every published version with its department: what the search index and the export read. */
  async listPublished(tx: Executor = this.db): Promise<Array<VersionWithDepartment & { code: string }>> {
    return tx
      .selectFrom('matter_versions as v')
      .innerJoin('matters as m', 'm.id', 'v.matter_id')
      .innerJoin(departmentRefs(tx).as('d'), 'd.id', 'v.department_id')
      .selectAll('v')
      .select([
        'm.code',
        'd.code as department_code',
        'd.name as department_name',
        'd.name_ug as department_name_ug',
        'd.name_en as department_name_en',
      ])
      .where('v.status', '=', 'published')
      .orderBy('m.code')
      .execute()
  }

  /** Matters with their current draft and published heads, for the admin list. */
  async listForAdmin(filter: { departmentId?: string | undefined }, tx: Executor = this.db) {
    let q = tx
      .selectFrom('matters as m')
      .leftJoin('matter_versions as d', 'd.id', 'm.draft_version_id')
      .leftJoin('matter_versions as p', 'p.id', 'm.published_version_id')
      .select([
        'm.id',
        'm.code',
        'm.updated_at',
        'd.name as draft_name',
        'd.type as draft_type',
        'd.level as draft_level',
        'd.department_id as draft_department_id',
        'd.updated_at as draft_updated_at',
        'p.name as published_name',
        'p.type as published_type',
        'p.level as published_level',
        'p.department_id as published_department_id',
        'p.version as published_version',
        'p.published_at',
      ])
    if (filter.departmentId) {
      const dep = filter.departmentId
      q = q.where((eb) => eb.or([eb('d.department_id', '=', dep), eb('p.department_id', '=', dep)]))
    }
    return q.orderBy('m.code').execute()
  }

  // ---- what documents refer to: org's departments and hall areas, the queue's categories ----

  async findDepartments(ids: string[], tx: Executor = this.db): Promise<DepartmentRow[]> {
    return findDepartmentRefs(tx, ids)
  }

  async listDepartments(tx: Executor = this.db): Promise<DepartmentRow[]> {
    return listDepartmentRefs(tx)
  }

  async listHallAreas(tx: Executor = this.db) {
    return (await listHallAreas(tx)).map((r) => ({
      id: r.id,
      code: r.code,
      hall_id: r.hall_id,
      name: localizedFromColumns(r, 'name'),
    }))
  }

  async listQueueCategories(tx: Executor = this.db) {
    return (await listCategoryNames(tx)).map((r) => ({
      id: r.id,
      code: r.code,
      prefix: r.prefix,
      name: localizedFromColumns(r, 'name'),
    }))
  }

  async existingIds(
    kind: 'departments' | 'hall_areas' | 'queue_categories',
    ids: string[],
    tx: Executor = this.db,
  ): Promise<Set<string>> {
    if (kind === 'departments') return existingDepartmentIds(tx, ids)
    if (kind === 'hall_areas') return existingHallAreaIds(tx, ids)
    return existingCategoryIds(tx, ids)
  }

  async version(tx: Executor = this.db): Promise<string | null> {
    const row = await tx
      .selectFrom('system_settings')
      .select('value')
      .where('key', '=', VERSION_KEY)
      .executeTakeFirst()
    return row?.value ?? null
  }

  /** Writes a new catalog version inside a change's transaction (other instances rebuild). */
  async bumpVersion(value: string, at: string, tx: Executor): Promise<void> {
    await tx
      .insertInto('system_settings')
      .values({ key: VERSION_KEY, value, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
      .execute()
  }

  /** Whether a bundle lists the matter. */
  async isMatterInABundle(matterId: string, tx: Executor = this.db): Promise<boolean> {
    const row = await tx
      .selectFrom('bundle_matters')
      .select('bundle_id')
      .where('matter_id', '=', matterId)
      .executeTakeFirst()
    return row !== undefined
  }
}
