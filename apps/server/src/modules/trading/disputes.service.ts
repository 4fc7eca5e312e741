import type {
  AcceptDisputeRequest,
  AnswerDisputeRequest,
  DisputeKind,
  DisputeResponse,
  FileDisputeRequest,
  LotFactsRequest,
  LotFactsResponse,
  Principal,
  TradingCategory,
  TimetableViolation,
  TradingMethod,
} from '@yimin/shared'
import type { Db } from '../../db/database'
import { fromFlag, toNumber } from '../../db/convert'
import { localDate, type Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { can, requireStaff } from '../auth/permissions'
import type { CalendarService } from '../calendar/calendar.service'
import { complaintDecisionDue, disputeAllowed, disputeLimits, needsAcceptance } from './dispute.rules'
import type { DisputeRow, DisputesRepository } from './disputes.repository'
import { checkLotFacts, type LotFacts } from './lot-facts.rules'
import type { ProjectsService } from './projects.service'
import type { TimetableService } from './timetable.service'
import type { TradingJournal } from './trading-journal'
import type { LotFactsPatch, LotRow, ProjectRow, TradingRepository } from './trading.repository'

/**
 * Objections (异议), challenges (质疑) and complaints (投诉) on the record, with the limits of the
 * timetable (the lot's version): the project's agency records and answers objections and
 * challenges it received; the supervising department records, accepts (受理, works) and decides
 * complaints. An objection or challenge past its limit is refused (TRADING_DISPUTE_LATE, with the
 * rule and its basis) and nothing is stored; a complaint past its limit is recorded as not
 * accepted (不予受理), the late filing on the record. Also the facts of a lot the center records by hand: the award notice, the contract's
 * signing and filing, the result report, the awarded amount. Every step is an event in the
 * project's chain.
 */
export class DisputesService {
  constructor(
    private readonly db: Db,
    private readonly repo: DisputesRepository,
    private readonly projects: ProjectsService,
    private readonly trading: TradingRepository,
    private readonly journal: TradingJournal,
    private readonly timetable: TimetableService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  async file(actor: Principal, projectId: string, input: FileDisputeRequest): Promise<DisputeResponse> {
    requireStaff(actor)
    const project = await this.receiver(actor, projectId, input.kind)
    const today = this.today()
    if (input.filedOn > today)
      throw new AppError('TRADING_DISPUTE_DATE_INVALID', 'the day of filing is in the future')
    if (input.knownOn && input.knownOn > input.filedOn)
      throw new AppError('TRADING_DISPUTE_DATE_INVALID', 'the complainant knew after filing')
    if (!disputeAllowed(input.kind, project.category))
      throw new AppError('TRADING_DISPUTE_NOT_ALLOWED', `no ${input.kind} in ${project.category}`)
    const lots = await this.trading.lotsOf(project.id)
    const [rules, cal] = await Promise.all([this.rulesOf(lots), this.calendar.get()])
    const deadline = lots[0]?.bid_deadline
    const limits = disputeLimits(cal, rules, this.ctx(project), {
      kind: input.kind,
      filedOn: input.filedOn,
      knownOn: input.knownOn ?? null,
      // a lot in publicity makes an objection one to its candidates, though other lots still run
      status: lots.some((l) => l.stage === 'publicity') ? 'publicity' : project.status,
      bidDeadlineDate: deadline ? localDate(new Date(deadline), this.timeZone) : null,
    })
    if (!limits.ok && limits.problem === 'late' && input.kind === 'complaint')
      return this.recordNotAccepted(actor, project, input, limits.violation)
    if (!limits.ok) {
      if (limits.problem === 'late')
        throw new AppError(
          'TRADING_DISPUTE_LATE',
          `filed after its limit: ${limits.violation.ruleId} (${limits.violation.basis})`,
          { violations: [limits.violation] },
        )
      if (limits.problem === 'known_required')
        throw new AppError('TRADING_DISPUTE_DATE_INVALID', 'knownOn is required for this kind')
      throw new AppError('TRADING_DISPUTE_NOT_ALLOWED', `no ${input.kind} here: ${limits.problem}`)
    }
    const row = this.filedRow(actor, project, input, {
      due_on: limits.dueOn,
      rule_id: limits.rule.id,
      basis: limits.rule.basis,
    })
    await this.insertFiled(actor, project, row)
    return this.present(row, project, today)
  }

  /** A complaint filed after its limit: on the record, decided as not accepted (不予受理). */
  private async recordNotAccepted(
    actor: Principal,
    project: ProjectRow,
    input: FileDisputeRequest,
    late: TimetableViolation,
  ): Promise<DisputeResponse> {
    const staff = requireStaff(actor)
    const today = this.today()
    const row = this.filedRow(actor, project, input, {
      due_on: input.filedOn,
      rule_id: late.ruleId,
      basis: late.basis,
      status: 'decided',
      outcome: 'rejected',
      answered_on: today,
      answered_by: staff.userId,
      is_late: 1,
    })
    await this.insertFiled(actor, project, row, { late })
    return this.present(row, project, today)
  }

  /** A new record of a filing; `fields` say its limit (and, for a late complaint, its end). */
  private filedRow(
    actor: Principal,
    project: ProjectRow,
    input: FileDisputeRequest,
    fields: Pick<DisputeRow, 'due_on' | 'rule_id' | 'basis'> & Partial<DisputeRow>,
  ): DisputeRow {
    return {
      id: newId(),
      project_id: project.id,
      kind: input.kind,
      complainant: input.complainant,
      summary: input.summary,
      known_on: input.knownOn ?? null,
      filed_on: input.filedOn,
      status: 'open',
      outcome: null,
      answer: null,
      answered_on: null,
      answered_by: null,
      accepted_on: null,
      accepted_by: null,
      is_late: 0,
      created_by: requireStaff(actor).userId,
      created_at: this.clock.now().toISOString(),
      ...fields,
    }
  }

  private async insertFiled(
    actor: Principal,
    project: ProjectRow,
    row: DisputeRow,
    extra: { late?: TimetableViolation } = {},
  ): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await this.repo.insert(row, tx)
      await this.journal.append(tx, project, actor, row.created_at, 'dispute.filed', {
        disputeId: row.id,
        kind: row.kind,
        filedOn: row.filed_on,
        dueOn: row.due_on,
        ruleId: row.rule_id,
        ...(extra.late ? { late: extra.late, outcome: 'rejected' } : {}),
      })
    })
  }

  /**
   * The supervising department accepts a works complaint (受理, within 3 working days of
   * receipt): the decision is then due 30 working days after the day of acceptance.
   */
  async accept(actor: Principal, id: string, input: AcceptDisputeRequest): Promise<DisputeResponse> {
    const staff = requireStaff(actor)
    const { found, project } = await this.received(actor, id)
    if (found.kind !== 'complaint')
      throw new AppError('TRADING_DISPUTE_NOT_ALLOWED', 'only a complaint is accepted')
    if (found.status !== 'open') throw new AppError('TRADING_DISPUTE_ANSWERED', `it is ${found.status}`)
    const today = this.today()
    if (input.acceptedOn > today || input.acceptedOn < found.filed_on)
      throw new AppError('TRADING_DISPUTE_DATE_INVALID', 'accepted before receipt or in the future')
    const lots = await this.trading.lotsOf(project.id)
    const [rules, cal] = await Promise.all([this.rulesOf(lots), this.calendar.get()])
    const ctx = this.ctx(project)
    const due = needsAcceptance(rules, ctx) ? complaintDecisionDue(cal, rules, ctx, input.acceptedOn) : null
    if (!due)
      throw new AppError('TRADING_DISPUTE_NOT_ALLOWED', 'this complaint is decided without acceptance')
    const patch = {
      accepted_on: input.acceptedOn,
      accepted_by: staff.userId,
      due_on: due.dueOn,
      rule_id: due.rule.id,
      basis: due.rule.basis,
    }
    const at = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.accept(id, patch, tx)))
        throw new AppError('TRADING_DISPUTE_ANSWERED', 'no longer open')
      await this.journal.append(tx, project, actor, at, 'dispute.accepted', {
        disputeId: id,
        acceptedOn: input.acceptedOn,
        isLate: input.acceptedOn > found.due_on,
        dueOn: due.dueOn,
      })
    })
    return this.present({ ...found, ...patch, status: 'accepted' }, project, today)
  }

  async answer(actor: Principal, id: string, input: AnswerDisputeRequest): Promise<DisputeResponse> {
    const staff = requireStaff(actor)
    const { found, project } = await this.received(actor, id)
    if ((found.kind === 'complaint') !== (input.outcome !== undefined))
      throw new AppError(
        'TRADING_DISPUTE_OUTCOME_INVALID',
        'a complaint is decided with an outcome; an objection or challenge is answered without one',
      )
    if (found.status !== 'open' && found.status !== 'accepted')
      throw new AppError('TRADING_DISPUTE_ANSWERED', 'already answered')
    if (found.kind === 'complaint' && found.status === 'open') {
      // a works complaint is decided on its merits only once accepted; before, only not accepted
      const rules = await this.rulesOf(await this.trading.lotsOf(project.id))
      if (needsAcceptance(rules, this.ctx(project)) && input.outcome !== 'rejected')
        throw new AppError('TRADING_DISPUTE_OUTCOME_INVALID', 'accept the complaint before deciding it')
    }
    if (found.status === 'accepted' && input.outcome === 'rejected')
      throw new AppError('TRADING_DISPUTE_OUTCOME_INVALID', 'an accepted complaint is decided on its merits')
    const today = this.today()
    const at = this.clock.now().toISOString()
    const patch = {
      status: found.kind === 'complaint' ? ('decided' as const) : ('answered' as const),
      outcome: input.outcome ?? null,
      answer: input.answer,
      answered_on: today,
      answered_by: staff.userId,
    }
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.answer(id, found.status, patch, tx)))
        throw new AppError('TRADING_DISPUTE_ANSWERED', 'already answered')
      await this.journal.append(tx, project, actor, at, 'dispute.answered', {
        disputeId: id,
        kind: found.kind,
        answeredOn: today,
        isLate: today > found.due_on,
        ...(input.outcome ? { outcome: input.outcome } : {}),
      })
    })
    return this.present({ ...found, ...patch }, project, today)
  }

  async ofProject(actor: Principal, projectId: string): Promise<DisputeResponse[]> {
    const project = await this.projects.visibleProject(actor, projectId)
    const today = this.today()
    return (await this.repo.ofProjects([project.id])).map((d) => this.present(d, project, today))
  }

  async list(
    actor: Principal,
    filter: { kind?: DisputeKind | undefined; status?: string | undefined },
  ): Promise<DisputeResponse[]> {
    const scope = await this.projects.scopeOf(actor)
    const today = this.today()
    return (await this.repo.list(scope, filter, 500)).map((d) =>
      this.present(d, { code: d.project_code, name: d.project_name }, today),
    )
  }

  /** The center records the facts of a lot (award notice, contract, filing, report, amount). */
  async recordLotFacts(actor: Principal, lotId: string, input: LotFactsRequest): Promise<LotFactsResponse> {
    if (!can(actor, 'trading.register')) {
      requireStaff(actor)
      throw new AppError('TRADING_LOT_NOT_FOUND', 'no such lot')
    }
    const lot = await this.trading.findLot(lotId)
    if (!lot) throw new AppError('TRADING_LOT_NOT_FOUND', 'no such lot')
    const project = await this.projects.visibleProject(actor, lot.project_id)
    if (project.status === 'draft' || project.status === 'registered' || project.status === 'terminated')
      throw new AppError('TRADING_PROJECT_STATE', `the project is ${project.status}`)
    const patch: LotFactsPatch = {}
    if (input.awardNoticeOn !== undefined) patch.award_notice_on = input.awardNoticeOn
    if (input.contractSignedOn !== undefined) patch.contract_signed_on = input.contractSignedOn
    if (input.contractFiledOn !== undefined) patch.contract_filed_on = input.contractFiledOn
    if (input.resultReportOn !== undefined) patch.result_report_on = input.resultReportOn
    if (input.awardFen !== undefined) patch.award_fen = input.awardFen
    const next = { ...lot, ...patch }
    const problems = checkLotFacts(factsOf(next), this.today())
    if (problems.length > 0)
      throw new AppError('TRADING_LOT_FACTS_INVALID', problems.join('; '), { problems })
    const at = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      await this.trading.updateLotFacts(lot.id, patch, tx)
      await this.journal.append(tx, project, actor, at, 'lot.facts', { lotId: lot.id, ...input })
    })
    return presentLotFacts(next)
  }

  // ---- helpers ----

  /** A record and its project, if the principal receives its kind (404 otherwise). */
  private async received(actor: Principal, id: string): Promise<{ found: DisputeRow; project: ProjectRow }> {
    const found = await this.repo.find(id)
    if (!found) throw new AppError('TRADING_DISPUTE_NOT_FOUND', 'no such record')
    try {
      return { found, project: await this.receiver(actor, found.project_id, found.kind) }
    } catch (err) {
      if (err instanceof AppError && err.code === 'TRADING_PROJECT_NOT_FOUND')
        throw new AppError('TRADING_DISPUTE_NOT_FOUND', 'no such record')
      throw err
    }
  }

  /**
   * The project if the principal receives this kind: the agency for objections and challenges,
   * a supervisor of the project's department for complaints (404 otherwise, never 403).
   */
  private async receiver(actor: Principal, projectId: string, kind: DisputeKind): Promise<ProjectRow> {
    if (kind !== 'complaint') return this.projects.agencyProject(actor, projectId)
    const p = await this.projects.visibleProject(actor, projectId)
    if (!can(actor, 'trading.supervise', { departmentId: p.supervising_department_id }))
      throw new AppError('TRADING_PROJECT_NOT_FOUND', 'no such project')
    return p
  }

  private async rulesOf(lots: LotRow[]) {
    const fixed = lots.find((l) => l.timetable_version != null)?.timetable_version
    return (fixed != null ? await this.timetable.get(Number(fixed)) : await this.timetable.current()).rules
  }

  private ctx(p: ProjectRow) {
    return {
      category: p.category as TradingCategory,
      method: p.method as TradingMethod,
      isLegallyRequired: fromFlag(p.is_legally_required),
    }
  }

  private today(): string {
    return localDate(this.clock.now(), this.timeZone)
  }

  private present(d: DisputeRow, p: { code: string; name: string }, today: string): DisputeResponse {
    return {
      id: d.id,
      projectId: d.project_id,
      projectCode: p.code,
      projectName: p.name,
      kind: d.kind,
      complainant: d.complainant,
      summary: d.summary,
      knownOn: d.known_on,
      filedOn: d.filed_on,
      dueOn: d.due_on,
      ruleId: d.rule_id,
      basis: d.basis,
      status: d.status,
      outcome: (d.outcome as DisputeResponse['outcome']) ?? null,
      answer: d.answer,
      answeredOn: d.answered_on,
      acceptedOn: d.accepted_on,
      isLate: fromFlag(d.is_late),
      isOverdue: (d.status === 'open' || d.status === 'accepted') && today > d.due_on,
    }
  }
}

export function factsOf(l: LotRow): LotFacts {
  return {
    awardNoticeOn: l.award_notice_on,
    contractSignedOn: l.contract_signed_on,
    contractFiledOn: l.contract_filed_on,
    resultReportOn: l.result_report_on,
  }
}

export function presentLotFacts(l: LotRow): LotFactsResponse {
  return {
    lotId: l.id,
    ...factsOf(l),
    awardFen: l.award_fen == null ? null : toNumber(l.award_fen),
  }
}
