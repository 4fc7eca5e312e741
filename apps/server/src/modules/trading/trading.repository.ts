import type { Executor } from '../../db/database'
import { staffExists } from '../auth/auth.queries'
import type {
  TradingLotsTable,
  TradingOrganisationsTable,
  TradingProjectEventsTable,
  TradingProjectsTable,
  TradingTimetableVersionsTable,
} from './trading.tables'

export type ProjectRow = TradingProjectsTable
export type LotRow = TradingLotsTable
export type OrgRow = TradingOrganisationsTable
/** The facts of a lot after its award: recorded by hand (part 1) or by the results (part 2). */
export type LotFactsPatch = Partial<
  Pick<
    LotRow,
    | 'stage'
    | 'award_notice_on'
    | 'contract_signed_on'
    | 'contract_filed_on'
    | 'result_report_on'
    | 'award_fen'
  >
>

/** Who may see which projects: everything, some supervising departments, some organisations. */
export interface ProjectScope {
  all: boolean
  departmentIds: string[]
  orgIds: string[]
}

/** All SQL of organisations, projects, lots, their history and the timetable versions. */
export class TradingRepository {
  constructor(private readonly db: Executor) {}

  // ---- organisations ----

  async insertOrg(row: OrgRow, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('trading_organisations').values(row).execute()
  }

  async findOrg(id: string, tx: Executor = this.db): Promise<OrgRow | undefined> {
    return tx.selectFrom('trading_organisations').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findOrgs(ids: string[], tx: Executor = this.db): Promise<OrgRow[]> {
    if (ids.length === 0) return []
    return tx.selectFrom('trading_organisations').selectAll().where('id', 'in', ids).execute()
  }

  async listOrgs(tx: Executor = this.db): Promise<OrgRow[]> {
    return tx.selectFrom('trading_organisations').selectAll().orderBy('name').execute()
  }

  async addMember(userId: string, organisationId: string, tx: Executor = this.db): Promise<void> {
    await tx
      .insertInto('trading_org_members')
      .values({ user_id: userId, organisation_id: organisationId })
      .onConflict((oc) => oc.columns(['user_id', 'organisation_id']).doNothing())
      .execute()
  }

  async orgsOfUser(userId: string, tx: Executor = this.db): Promise<string[]> {
    const rows = await tx
      .selectFrom('trading_org_members')
      .select('organisation_id')
      .where('user_id', '=', userId)
      .execute()
    return rows.map((r) => r.organisation_id)
  }

  async userExists(userId: string, tx: Executor = this.db): Promise<boolean> {
    return staffExists(tx, userId)
  }

  // ---- projects and lots ----

  async insertProject(row: ProjectRow, lots: LotRow[], tx: Executor): Promise<void> {
    await tx.insertInto('trading_projects').values(row).execute()
    await tx.insertInto('trading_lots').values(lots).execute()
  }

  async findProject(id: string, tx: Executor = this.db): Promise<ProjectRow | undefined> {
    return tx.selectFrom('trading_projects').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async listProjects(scope: ProjectScope, limit: number, tx: Executor = this.db): Promise<ProjectRow[]> {
    let q = tx.selectFrom('trading_projects').selectAll()
    if (!scope.all) {
      if (scope.departmentIds.length === 0 && scope.orgIds.length === 0) return []
      q = q.where((eb) =>
        eb.or([
          ...(scope.departmentIds.length ? [eb('supervising_department_id', 'in', scope.departmentIds)] : []),
          ...(scope.orgIds.length
            ? [eb('agency_org_id', 'in', scope.orgIds), eb('owner_org_id', 'in', scope.orgIds)]
            : []),
        ]),
      )
    }
    return q.orderBy('created_at', 'desc').limit(limit).execute()
  }

  async lotsOf(projectId: string, tx: Executor = this.db): Promise<LotRow[]> {
    return tx
      .selectFrom('trading_lots')
      .selectAll()
      .where('project_id', '=', projectId)
      .orderBy('seq')
      .execute()
  }

  async lotsOfMany(projectIds: string[], tx: Executor = this.db): Promise<LotRow[]> {
    if (projectIds.length === 0) return []
    return tx
      .selectFrom('trading_lots')
      .selectAll()
      .where('project_id', 'in', projectIds)
      .orderBy('project_id')
      .orderBy('seq')
      .execute()
  }

  async findLot(id: string, tx: Executor = this.db): Promise<LotRow | undefined> {
    return tx.selectFrom('trading_lots').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async updateLots(
    projectId: string,
    patch: Partial<Pick<LotRow, 'bid_deadline' | 'opening_at'>>,
    tx: Executor,
  ): Promise<void> {
    await tx.updateTable('trading_lots').set(patch).where('project_id', '=', projectId).execute()
  }

  /** Sets the timetable version of the project's lots that have none yet (first announcement). */
  async fixTimetableVersion(projectId: string, version: number, tx: Executor): Promise<void> {
    await tx
      .updateTable('trading_lots')
      .set({ timetable_version: version })
      .where('project_id', '=', projectId)
      .where('timetable_version', 'is', null)
      .execute()
  }

  /** Optimistic update: false when another change moved the project's history first. */
  async updateProject(
    id: string,
    eventCount: number,
    patch: Partial<ProjectRow>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('trading_projects')
      .set(patch)
      .where('id', '=', id)
      .where('event_count', '=', eventCount)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  // ---- the history ----

  async insertEvent(row: TradingProjectEventsTable, tx: Executor): Promise<void> {
    await tx.insertInto('trading_project_events').values(row).execute()
  }

  async eventsOf(projectId: string, tx: Executor = this.db): Promise<TradingProjectEventsTable[]> {
    return tx
      .selectFrom('trading_project_events')
      .selectAll()
      .where('project_id', '=', projectId)
      .orderBy('seq')
      .execute()
  }

  // ---- timetable versions ----

  async latestTimetable(tx: Executor = this.db): Promise<TradingTimetableVersionsTable | undefined> {
    return tx
      .selectFrom('trading_timetable_versions')
      .selectAll()
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst()
  }

  async findTimetable(
    version: number,
    tx: Executor = this.db,
  ): Promise<TradingTimetableVersionsTable | undefined> {
    return tx
      .selectFrom('trading_timetable_versions')
      .selectAll()
      .where('version', '=', version)
      .executeTakeFirst()
  }

  async insertTimetable(row: TradingTimetableVersionsTable, tx: Executor): Promise<void> {
    await tx.insertInto('trading_timetable_versions').values(row).execute()
  }

  async updateLotFacts(lotId: string, patch: LotFactsPatch, tx: Executor): Promise<void> {
    await tx.updateTable('trading_lots').set(patch).where('id', '=', lotId).execute()
  }
}
