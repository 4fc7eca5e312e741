import type { LocalizedText } from '@yimin/shared'
import type { Executor } from '../../db/database'
import { localizedFromColumns, localizedToColumns } from '../../db/localized'
import type { BundlesTable } from './catalog.tables'

/** A bundle as stored, its name one `LocalizedText` (three columns in the table). */
export type BundleRow = Omit<BundlesTable, 'name' | 'name_ug' | 'name_en'> & { name: LocalizedText }

const fromTable = ({ name_ug: _ug, name_en: _en, ...row }: BundlesTable): BundleRow => ({
  ...row,
  name: localizedFromColumns({ name: row.name, name_ug: _ug, name_en: _en }, 'name'),
})
const toTable = (row: BundleRow): BundlesTable => ({ ...row, ...localizedToColumns('name', row.name) })

/** All SQL of bundles (一件事一次办) and their matters. */
export class BundlesRepository {
  constructor(private readonly db: Executor) {}

  async list(tx: Executor = this.db): Promise<BundleRow[]> {
    return (await tx.selectFrom('bundles').selectAll().orderBy('code').execute()).map(fromTable)
  }

  async findByCode(code: string, tx: Executor = this.db): Promise<BundleRow | undefined> {
    const row = await tx.selectFrom('bundles').selectAll().where('code', '=', code).executeTakeFirst()
    return row && fromTable(row)
  }

  async findById(id: string, tx: Executor = this.db): Promise<BundleRow | undefined> {
    const row = await tx.selectFrom('bundles').selectAll().where('id', '=', id).executeTakeFirst()
    return row && fromTable(row)
  }

  async insert(row: BundleRow, matterIds: string[], tx: Executor): Promise<void> {
    await tx.insertInto('bundles').values(toTable(row)).execute()
    await this.replaceMatters(row.id, matterIds, tx)
  }

  async update(row: BundleRow, matterIds: string[], tx: Executor): Promise<void> {
    const { id, created_at: _created, ...patch } = toTable(row)
    await tx.updateTable('bundles').set(patch).where('id', '=', id).execute()
    await this.replaceMatters(id, matterIds, tx)
  }

  async delete(id: string, tx: Executor = this.db): Promise<boolean> {
    const r = await tx.deleteFrom('bundles').where('id', '=', id).executeTakeFirst()
    return Number(r.numDeletedRows) === 1
  }

  private async replaceMatters(bundleId: string, matterIds: string[], tx: Executor): Promise<void> {
    await tx.deleteFrom('bundle_matters').where('bundle_id', '=', bundleId).execute()
    if (matterIds.length === 0) return
    await tx
      .insertInto('bundle_matters')
      .values(matterIds.map((matter_id, sort_order) => ({ bundle_id: bundleId, matter_id, sort_order })))
      .execute()
  }

  /** The matters of each bundle, in order, with their code and published version (if any). */
  async mattersOf(bundleIds: string[], tx: Executor = this.db) {
    if (bundleIds.length === 0) return []
    return tx
      .selectFrom('bundle_matters as bm')
      .innerJoin('matters as m', 'm.id', 'bm.matter_id')
      .leftJoin('matter_versions as v', 'v.id', 'm.published_version_id')
      .leftJoin('matter_versions as dv', 'dv.id', 'm.draft_version_id')
      .select([
        'bm.bundle_id',
        'bm.sort_order',
        'm.id as matter_id',
        'm.code',
        'v.id as version_id',
        'v.name',
        'dv.name as draft_name',
        'v.document',
        'v.department_id',
        'v.promised_limit_days',
      ])
      .where('bm.bundle_id', 'in', bundleIds)
      .orderBy('bm.bundle_id')
      .orderBy('bm.sort_order')
      .execute()
  }
}
