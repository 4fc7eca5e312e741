import type { Executor } from '../../db/database'
import type { DepartmentsTable, DivisionsTable } from './org.tables'

/** Divisions and departments: all their SQL. */
export class OrgRepository {
  constructor(private readonly db: Executor) {}

  async listDivisions(tx: Executor = this.db): Promise<DivisionsTable[]> {
    return tx.selectFrom('divisions').selectAll().orderBy('code').execute()
  }

  async findDivision(code: string, tx: Executor = this.db): Promise<DivisionsTable | undefined> {
    return tx.selectFrom('divisions').selectAll().where('code', '=', code).executeTakeFirst()
  }

  async upsertDivision(row: DivisionsTable, tx: Executor = this.db): Promise<void> {
    await tx
      .insertInto('divisions')
      .values(row)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet({
          name: row.name,
          name_ug: row.name_ug,
          name_en: row.name_en,
          level: row.level,
          parent_code: row.parent_code,
        }),
      )
      .execute()
  }

  async listDepartments(
    options: { activeOnly: boolean },
    tx: Executor = this.db,
  ): Promise<DepartmentsTable[]> {
    let q = tx.selectFrom('departments').selectAll()
    if (options.activeOnly) q = q.where('is_active', '=', 1)
    return q.orderBy('sort_order').orderBy('code').execute()
  }

  async findDepartment(id: string, tx: Executor = this.db): Promise<DepartmentsTable | undefined> {
    return tx.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findDepartmentByCode(code: string, tx: Executor = this.db): Promise<DepartmentsTable | undefined> {
    return tx.selectFrom('departments').selectAll().where('code', '=', code).executeTakeFirst()
  }

  async existingDepartmentIds(ids: string[], tx: Executor = this.db): Promise<Set<string>> {
    if (ids.length === 0) return new Set()
    const rows = await tx.selectFrom('departments').select('id').where('id', 'in', ids).execute()
    return new Set(rows.map((r) => r.id))
  }

  async insertDepartment(row: DepartmentsTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('departments').values(row).execute()
  }

  async updateDepartment(
    id: string,
    patch: Omit<DepartmentsTable, 'id' | 'created_at'>,
    tx: Executor = this.db,
  ): Promise<void> {
    await tx.updateTable('departments').set(patch).where('id', '=', id).execute()
  }
}
