import {
  methodsByCategory,
  rolePermissions,
  type CreateTradingProjectRequest,
  type Principal,
  type TradingOrgKind,
  type TradingOrgResponse,
  type TradingProjectResponse,
} from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { isUniqueViolation } from '../../db/dialect'
import { fromJson, toFlag } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { assertCan, canSomewhere, requireStaff } from '../auth/permissions'
import { GENESIS_HASH } from '../cases/event-chain'
import { departmentExists } from '../org/departments.queries'
import type { TradingJournal } from './trading-journal'
import { presentOrg, presentProject } from './trading.presenters'
import type { LotRow, OrgRow, ProjectRow, ProjectScope, TradingRepository } from './trading.repository'

const CATEGORY_PREFIX = { works: 'GC', procurement: 'CG', land: 'TD', mining: 'KY', property: 'CQ' } as const

/**
 * Organisations, projects and lots, registration (进场登记), and who sees what: center staff
 * and administrators everything; a trading supervisor the projects their department supervises;
 * agencies and tenderees their organisations' projects. Anything else is 404, never 403, so a
 * project's existence does not leak.
 */
export class ProjectsService {
  constructor(
    private readonly db: Db,
    private readonly repo: TradingRepository,
    private readonly journal: TradingJournal,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ---- organisations ----

  async createOrg(
    actor: Principal,
    input: { name: string; creditCode: string; kind: TradingOrgKind },
  ): Promise<TradingOrgResponse> {
    assertCan(actor, 'trading.register')
    const row: OrgRow = {
      id: newId(),
      name: input.name,
      credit_code: input.creditCode,
      kind: input.kind,
      created_at: this.clock.now().toISOString(),
    }
    try {
      await this.db.transaction().execute(async (tx) => {
        await this.repo.insertOrg(row, tx)
        await this.audit.record({ actor, action: 'trading.org.create', subject: `trading-org:${row.id}` }, tx)
      })
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('TRADING_ORG_CODE_TAKEN', 'an organisation with this code exists')
      throw err
    }
    return presentOrg(row)
  }

  async listOrgs(actor: Principal): Promise<TradingOrgResponse[]> {
    assertCan(actor, 'trading.register')
    return (await this.repo.listOrgs()).map(presentOrg)
  }

  async addMember(actor: Principal, orgId: string, userId: string): Promise<void> {
    assertCan(actor, 'trading.register')
    if (!(await this.repo.findOrg(orgId))) throw new AppError('TRADING_ORG_NOT_FOUND', 'no such organisation')
    if (!(await this.repo.userExists(userId))) throw new AppError('TRADING_USER_NOT_FOUND', 'no such account')
    await this.db.transaction().execute(async (tx) => {
      await this.repo.addMember(userId, orgId, tx)
      await this.audit.record(
        { actor, action: 'trading.org.member', subject: `trading-org:${orgId}`, details: { userId } },
        tx,
      )
    })
  }

  // ---- scope ----

  /** What a principal may see; AUTH_REQUIRED / FORBIDDEN without trading.read anywhere. */
  async scopeOf(actor: Principal, tx: Executor = this.db): Promise<ProjectScope> {
    if (actor.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
    if (!canSomewhere(actor, 'trading.read'))
      throw new AppError('FORBIDDEN', 'missing permission trading.read')
    const staff = requireStaff(actor)
    const scope: ProjectScope = { all: false, departmentIds: [], orgIds: [] }
    let orgScoped = false
    for (const g of staff.grants) {
      if (!rolePermissions[g.role].includes('trading.read')) continue
      if (g.role === 'trading_agency' || g.role === 'trading_tenderee') orgScoped = true
      else if (g.role === 'trading_supervisor' && g.departmentId !== null)
        scope.departmentIds.push(g.departmentId)
      else scope.all = true
    }
    if (orgScoped) scope.orgIds = await this.repo.orgsOfUser(staff.userId, tx)
    return scope
  }

  static sees(scope: ProjectScope, p: ProjectRow): boolean {
    return (
      scope.all ||
      scope.departmentIds.includes(p.supervising_department_id) ||
      scope.orgIds.includes(p.agency_org_id) ||
      scope.orgIds.includes(p.owner_org_id)
    )
  }

  /** The project if the principal may see it, else TRADING_PROJECT_NOT_FOUND. */
  async visibleProject(actor: Principal, id: string, tx: Executor = this.db): Promise<ProjectRow> {
    const scope = await this.scopeOf(actor, tx)
    const p = await this.repo.findProject(id, tx)
    if (!p || !ProjectsService.sees(scope, p))
      throw new AppError('TRADING_PROJECT_NOT_FOUND', 'no such project')
    return p
  }

  /** The project if the principal is staff of its agency with trading.draft (404 otherwise). */
  async agencyProject(actor: Principal, id: string, tx: Executor = this.db): Promise<ProjectRow> {
    const p = await this.visibleProject(actor, id, tx)
    const staff = requireStaff(actor)
    const orgs = await this.repo.orgsOfUser(staff.userId, tx)
    if (!canSomewhere(actor, 'trading.draft') || !orgs.includes(p.agency_org_id))
      throw new AppError('TRADING_PROJECT_NOT_FOUND', 'no such project')
    return p
  }

  // ---- projects ----

  async create(actor: Principal, input: CreateTradingProjectRequest): Promise<TradingProjectResponse> {
    assertCan(actor, 'trading.draft')
    const staff = requireStaff(actor)
    if (!methodsByCategory[input.category].includes(input.method))
      throw new AppError('TRADING_METHOD_NOT_ALLOWED', `${input.method} is not a method of ${input.category}`)
    const [owner, agency] = await Promise.all([
      this.repo.findOrg(input.ownerOrgId),
      this.repo.findOrg(input.agencyOrgId),
    ])
    if (!owner || !agency) throw new AppError('TRADING_ORG_NOT_FOUND', 'no such organisation')
    if (owner.kind !== 'tenderee' || agency.kind !== 'agency')
      throw new AppError('TRADING_ORG_KIND_MISMATCH', 'the owner must be a tenderee and the agency an agency')
    // an agency enters projects only in its own name
    if (!(await this.repo.orgsOfUser(staff.userId)).includes(agency.id))
      throw new AppError('TRADING_ORG_NOT_FOUND', 'no such organisation')
    if (!(await departmentExists(this.db, input.supervisingDepartmentId)))
      throw new AppError('TRADING_DEPARTMENT_NOT_FOUND', 'no such department')
    const now = this.clock.now()
    const at = now.toISOString()
    const id = newId(now.getTime())
    const project: ProjectRow = {
      id,
      code: `${CATEGORY_PREFIX[input.category]}${at.slice(0, 4)}-${id.slice(-8).toUpperCase()}`,
      name: input.name,
      category: input.category,
      method: input.method,
      region: input.region,
      owner_org_id: owner.id,
      agency_org_id: agency.id,
      supervising_department_id: input.supervisingDepartmentId,
      budget_fen: input.budgetFen,
      is_legally_required: toFlag(input.isLegallyRequired),
      status: 'draft',
      event_count: 0,
      head_hash: GENESIS_HASH,
      created_by: staff.userId,
      created_at: at,
      updated_at: at,
      registered_at: null,
    }
    const lots: LotRow[] = input.lots.map((l, i) => ({
      id: newId(now.getTime()),
      project_id: id,
      seq: i + 1,
      name: l.name,
      budget_fen: l.budgetFen,
      ceiling_fen: l.ceilingFen ?? null,
      bid_deadline: null,
      opening_at: null,
      timetable_version: null,
      stage: 'open',
      award_notice_on: null,
      contract_signed_on: null,
      contract_filed_on: null,
      result_report_on: null,
      award_fen: null,
    }))
    await this.db.transaction().execute(async (tx) => {
      await this.repo.insertProject(project, lots, tx)
      await this.journal.append(tx, project, actor, at, 'project.created', {
        name: input.name,
        category: input.category,
        method: input.method,
        budgetFen: input.budgetFen,
        lots: input.lots.length,
      })
    })
    return this.get(actor, id)
  }

  async get(actor: Principal, id: string): Promise<TradingProjectResponse> {
    const p = await this.visibleProject(actor, id)
    const [lots, orgs] = await Promise.all([
      this.repo.lotsOf(id),
      this.repo.findOrgs([p.owner_org_id, p.agency_org_id]),
    ])
    return presentProject(p, lots, new Map(orgs.map((o) => [o.id, o])))
  }

  async list(actor: Principal): Promise<TradingProjectResponse[]> {
    const scope = await this.scopeOf(actor)
    const projects = await this.repo.listProjects(scope, 500)
    const ids = projects.map((p) => p.id)
    const lots = await this.repo.lotsOfMany(ids)
    const orgs = await this.repo.findOrgs([
      ...new Set(projects.flatMap((p) => [p.owner_org_id, p.agency_org_id])),
    ])
    const orgMap = new Map(orgs.map((o) => [o.id, o]))
    return projects.map((p) =>
      presentProject(
        p,
        lots.filter((l) => l.project_id === p.id),
        orgMap,
      ),
    )
  }

  /** 进场登记: the center registers a project the agency entered. */
  async register(actor: Principal, id: string): Promise<TradingProjectResponse> {
    assertCan(actor, 'trading.register')
    const at = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      const p = await this.visibleProject(actor, id, tx)
      if (p.status !== 'draft') throw new AppError('TRADING_PROJECT_STATE', `the project is ${p.status}`)
      await this.journal.append(
        tx,
        p,
        actor,
        at,
        'project.registered',
        {},
        { status: 'registered', registered_at: at },
      )
    })
    return this.get(actor, id)
  }

  async history(actor: Principal, id: string) {
    await this.visibleProject(actor, id)
    return (
      (await this.repo.eventsOf(id))
        .map((e) => ({
          seq: Number(e.seq),
          at: e.at,
          type: e.type,
          actorRole: e.actor_role,
          data: fromJson<Record<string, unknown>>(e.data) ?? {},
          hash: e.hash,
        }))
        // bidding's sealed events (documents obtained, bids before the opening) stay off every list
        // (招标投标法 第22条); the opening's event reveals what each one sealed
        .filter((e) => !(e.type.startsWith('bid.') && e.data.sealed === true))
    )
  }
}
