import type { Executor } from '../../db/database'
import type { ProjectScope } from './trading.repository'
import type { TradingDisputesTable } from './trading.tables'

export type DisputeRow = TradingDisputesTable
export type DisputeWithProject = DisputeRow & { project_code: string; project_name: string }

/** All SQL of objections, challenges and complaints. */
export class DisputesRepository {
  constructor(private readonly db: Executor) {}

  async insert(row: DisputeRow, tx: Executor): Promise<void> {
    await tx.insertInto('trading_disputes').values(row).execute()
  }

  async find(id: string, tx: Executor = this.db): Promise<DisputeRow | undefined> {
    return tx.selectFrom('trading_disputes').selectAll().where('id', '=', id).executeTakeFirst()
  }

  /** Records the answer once: false when the record left `from` meanwhile. */
  async answer(
    id: string,
    from: DisputeRow['status'],
    patch: Pick<DisputeRow, 'status' | 'outcome' | 'answer' | 'answered_on' | 'answered_by'>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('trading_disputes')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** Accepts an open complaint once (受理), with its decision's limit: false when no longer open. */
  async accept(
    id: string,
    patch: Pick<DisputeRow, 'accepted_on' | 'accepted_by' | 'due_on' | 'rule_id' | 'basis'>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('trading_disputes')
      .set({ ...patch, status: 'accepted' })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async ofProjects(projectIds: string[], tx: Executor = this.db): Promise<DisputeRow[]> {
    if (projectIds.length === 0) return []
    return tx
      .selectFrom('trading_disputes')
      .selectAll()
      .where('project_id', 'in', projectIds)
      .orderBy('filed_on')
      .orderBy('id')
      .execute()
  }

  /** Disputes of the projects in a scope, newest first, with the project's code and name. */
  async list(
    scope: ProjectScope,
    filter: { kind?: string | undefined; status?: string | undefined },
    limit: number,
    tx: Executor = this.db,
  ): Promise<DisputeWithProject[]> {
    let q = tx
      .selectFrom('trading_disputes as d')
      .innerJoin('trading_projects as p', 'p.id', 'd.project_id')
      .selectAll('d')
      .select(['p.code as project_code', 'p.name as project_name'])
    if (!scope.all) {
      if (scope.departmentIds.length === 0 && scope.orgIds.length === 0) return []
      q = q.where((eb) =>
        eb.or([
          ...(scope.departmentIds.length
            ? [eb('p.supervising_department_id', 'in', scope.departmentIds)]
            : []),
          ...(scope.orgIds.length
            ? [eb('p.agency_org_id', 'in', scope.orgIds), eb('p.owner_org_id', 'in', scope.orgIds)]
            : []),
        ]),
      )
    }
    if (filter.kind) q = q.where('d.kind', '=', filter.kind as DisputeRow['kind'])
    if (filter.status) q = q.where('d.status', '=', filter.status as DisputeRow['status'])
    return q.orderBy('d.filed_on', 'desc').orderBy('d.id', 'desc').limit(limit).execute()
  }
}
