import { createHash, randomBytes } from 'node:crypto'
import type { z } from 'zod'
import {
  evaluationMethodsFor,
  type EvaluationStateResponse,
  type Principal,
  type TradingCategory,
  type TradingMethod,
  type StartEvaluationRequest,
  type evaluationReportResponse,
  type memberSessionResponse,
  type scoreRequest,
  type startEvaluationResponse,
} from '@yimin/shared'
import type { Db } from '../../db/database'
import { fromJson, toJson } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { assertCan, can } from '../auth/permissions'
import type { BiddingPort, OpenedBid } from '../experts/bidding-port'
import type { CommitteeService } from '../experts/committee.service'
import { moveLot } from '../trading/lot-stage'
import type { TradingJournal } from '../trading/trading-journal'
import type { LotRow, ProjectRow, TradingQueries } from '../trading/trading.queries'
import { deviations, type Deviation } from './deviation.rules'
import type { EvaluationRepository, MemberRow, SessionRow } from './evaluation.repository'
import {
  checkMarks,
  memberTotals,
  rankBids,
  type MemberMarks,
  type RankedBid,
  type ScoringSheet,
} from './scoring.rules'

type StartResponse = z.infer<typeof startEvaluationResponse>
type MemberView = z.infer<typeof memberSessionResponse>
type Report = z.infer<typeof evaluationReportResponse>

/** The stored report: the ranking and flags as produced (names from the opening). */
export interface StoredReport {
  ranked: Array<RankedBid & { name: string; orgId: string }>
  deviations: Deviation[]
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

/** Deviation threshold: a member more than 20 % from the median of the others on a bid. */
export const DEVIATION_THRESHOLD = 0.2

/**
 * The evaluation session (评标): started by the center once the committee has checked in; each
 * member works on the room terminal with a session token (only its hash is kept) and sees the
 * opened bids only while the session runs; the system totals, ranks and flags deviations; every
 * member confirms the report.
 */
export class EvaluationService {
  constructor(
    private readonly db: Db,
    private readonly repo: EvaluationRepository,
    private readonly trading: TradingQueries,
    private readonly journal: TradingJournal,
    private readonly committee: CommitteeService,
    private readonly bidding: () => BiddingPort,
    private readonly clock: Clock,
  ) {}

  private async lotAndProject(lotId: string): Promise<{ lot: LotRow; project: ProjectRow }> {
    const lot = await this.trading.findLot(lotId)
    const project = lot ? await this.trading.findProject(lot.project_id) : undefined
    if (!lot || !project) throw new AppError('TRADING_PROJECT_NOT_FOUND', 'no such lot')
    return { lot, project }
  }

  static checkSheet(input: StartEvaluationRequest): void {
    const prices = input.criteria.filter((c) => c.isPrice).length
    const total = input.criteria.reduce((a, c) => a + c.maxPoints, 0)
    const ids = new Set(input.criteria.map((c) => c.id))
    if (ids.size !== input.criteria.length)
      throw new AppError('EVAL_SHEET_INVALID', 'criteria ids repeat', { problem: 'duplicate' })
    if (input.method === 'comprehensive' && (prices !== 1 || total !== 100))
      throw new AppError(
        'EVAL_SHEET_INVALID',
        'a comprehensive sheet has one price criterion and 100 points',
        {
          problem: 'comprehensive',
          prices,
          total,
        },
      )
    if (input.method === 'lowest_price' && prices !== 0)
      throw new AppError('EVAL_SHEET_INVALID', 'the lowest price method scores no price criterion', {
        problem: 'lowest_price',
      })
  }

  async start(actor: Principal, lotId: string, input: StartEvaluationRequest): Promise<StartResponse> {
    assertCan(actor, 'trading.register')
    EvaluationService.checkSheet(input)
    const { lot, project } = await this.lotAndProject(lotId)
    const allowed = evaluationMethodsFor(project.category as TradingCategory, project.method as TradingMethod)
    if (!allowed.methods.includes(input.method))
      throw new AppError(
        'EVAL_METHOD_NOT_ALLOWED',
        `the ${project.method} method evaluates by ${allowed.methods.join(', ')}`,
        {
          allowed: allowed.methods,
          basis: allowed.basis,
        },
      )
    if (await this.repo.sessionOfLot(lotId))
      throw new AppError('EVAL_SESSION_EXISTS', 'the evaluation has started')
    const { invitationIds, size } = await this.committee.sessionMembers(lotId)
    if (size === null || invitationIds.length < size)
      throw new AppError('EVAL_TOO_FEW_MEMBERS', 'the committee has not checked in', {
        checkedIn: invitationIds.length,
        size,
      })
    const at = this.clock.now().toISOString()
    const sheet: ScoringSheet = { method: input.method, criteria: input.criteria }
    const session: SessionRow = {
      id: newId(),
      lot_id: lot.id,
      project_id: project.id,
      method: input.method,
      sheet: toJson(sheet),
      status: 'open',
      started_at: at,
      report: null,
      reported_at: null,
      confirmed_at: null,
      created_by: actor.kind === 'staff' ? actor.userId : 'system',
    }
    const tokens = invitationIds.map((invitationId) => ({
      invitationId,
      token: randomBytes(32).toString('base64url'),
    }))
    const members: MemberRow[] = tokens.map((t) => ({
      session_id: session.id,
      invitation_id: t.invitationId,
      token_hash: tokenHash(t.token),
      confirmed_at: null,
    }))
    await this.db.transaction().execute(async (tx) => {
      await this.repo.insertSession(session, members, tx)
      const p = (await this.trading.findProject(project.id, tx))!
      // the lot is in evaluation (评标); the project is once every lot still running is
      const status = await moveLot(this.trading, tx, p, lotId, 'evaluating')
      await this.journal.append(
        tx,
        p,
        actor,
        at,
        'eval.started',
        { sessionId: session.id, lotId, method: input.method, members: invitationIds, sheet },
        { status },
      )
    })
    return { sessionId: session.id, members: tokens }
  }

  /** The member behind a session token, while the session runs (401 otherwise). */
  private async member(token: string | undefined): Promise<{ member: MemberRow; session: SessionRow }> {
    const member = token ? await this.repo.memberByToken(tokenHash(token)) : undefined
    const session = member ? await this.repo.findSession(member.session_id) : undefined
    if (!member || !session || session.status === 'confirmed')
      throw new AppError('EVAL_TOKEN_INVALID', 'no running evaluation session for this token')
    return { member, session }
  }

  private async bidsOf(lotId: string): Promise<OpenedBid[]> {
    return this.bidding().openedBids(this.db, lotId)
  }

  async memberView(token: string | undefined): Promise<MemberView> {
    const { session } = await this.member(token)
    const sheet = fromJson<ScoringSheet>(session.sheet)!
    const bids = await this.bidsOf(session.lot_id)
    return {
      sessionId: session.id,
      lotId: session.lot_id,
      status: session.status,
      method: sheet.method,
      criteria: [...sheet.criteria],
      bids: bids.map((b) => ({
        bidId: b.bidId,
        name: b.name,
        priceFen: b.figures.priceFen,
        durationDays: b.figures.durationDays ?? null,
      })),
    }
  }

  async score(
    token: string | undefined,
    bidId: string,
    input: z.infer<typeof scoreRequest>,
  ): Promise<{ ok: true }> {
    const { member, session } = await this.member(token)
    if (session.status !== 'open')
      throw new AppError('EVAL_SESSION_STATE', 'the report is out: scores are closed')
    const bids = await this.bidsOf(session.lot_id)
    if (!bids.some((b) => b.bidId === bidId))
      throw new AppError('EVAL_BID_NOT_FOUND', 'no such bid in this lot')
    const sheet = fromJson<ScoringSheet>(session.sheet)!
    const points = Object.fromEntries(Object.entries(input.points).map(([k, v]) => [k, Math.round(v * 100)]))
    const problems = checkMarks(sheet, points)
    if (problems.length)
      throw new AppError('EVAL_MARKS_INVALID', 'the marks do not fit the sheet', { problems })
    const at = this.clock.now().toISOString()
    const row = {
      session_id: session.id,
      invitation_id: member.invitation_id,
      bid_id: bidId,
      points: toJson(points),
      is_passed: input.isPassed ? 1 : 0,
      adjustment_fen: input.adjustmentFen,
      updated_at: at,
    }
    await this.db.transaction().execute(async (tx) => {
      await this.repo.upsertScore(row, tx)
      const p = (await this.trading.findProject(session.project_id, tx))!
      await this.journal.append(tx, p, 'system', at, 'eval.scored', {
        sessionId: session.id,
        member: member.invitation_id,
        bidId,
        points,
        isPassed: input.isPassed,
        adjustmentFen: input.adjustmentFen,
      })
    })
    return { ok: true }
  }

  /** Totals, ranks and flags (center staff), once every member scored every bid. */
  async produceReport(actor: Principal, lotId: string): Promise<Report> {
    assertCan(actor, 'trading.register')
    const session = await this.repo.sessionOfLot(lotId)
    if (!session) throw new AppError('EVAL_SESSION_NOT_FOUND', 'no evaluation for this lot')
    if (session.status !== 'open') throw new AppError('EVAL_SESSION_STATE', 'the report is already out')
    const members = await this.repo.membersOf(session.id)
    const bids = await this.bidsOf(lotId)
    const scores = await this.repo.scoresOf(session.id)
    const missing = members.length * bids.length - scores.length
    if (missing > 0 || bids.length === 0)
      throw new AppError('EVAL_SCORES_MISSING', 'every member scores every bid first', { missing })
    const sheet = fromJson<ScoringSheet>(session.sheet)!
    const marks: MemberMarks[] = scores.map((s) => ({
      memberId: s.invitation_id,
      bidId: s.bid_id,
      points: fromJson<Record<string, number>>(s.points) ?? {},
      isPassed: Number(s.is_passed) === 1,
      adjustmentFen: Number(s.adjustment_fen),
    }))
    const figures = bids.map((b) => ({ bidId: b.bidId, priceFen: b.figures.priceFen }))
    const ranked = rankBids(sheet, figures, marks)
    const byId = new Map(bids.map((b) => [b.bidId, b]))
    const report: StoredReport = {
      ranked: ranked.map((r) => ({ ...r, name: byId.get(r.bidId)!.name, orgId: byId.get(r.bidId)!.orgId })),
      deviations:
        sheet.method === 'comprehensive'
          ? deviations(memberTotals(sheet, figures, marks), DEVIATION_THRESHOLD)
          : [],
    }
    const at = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      if (
        !(await this.repo.updateSession(
          session.id,
          'open',
          { status: 'reported', report: toJson(report), reported_at: at },
          tx,
        ))
      )
        throw new AppError('EVAL_SESSION_STATE', 'the report is already out')
      const p = (await this.trading.findProject(session.project_id, tx))!
      await this.journal.append(tx, p, actor, at, 'eval.reported', {
        sessionId: session.id,
        reportSha256: createHash('sha256').update(toJson(report)).digest('hex'),
        deviations: report.deviations.length,
      })
    })
    return this.present({ ...session, status: 'reported', report: toJson(report) }, members)
  }

  /** A member confirms the report; the last confirmation closes the session. */
  async confirm(token: string | undefined): Promise<Report> {
    const { member, session } = await this.member(token)
    if (session.status !== 'reported')
      throw new AppError('EVAL_SESSION_STATE', 'there is no report to confirm')
    const at = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      await this.repo.confirmMember(session.id, member.invitation_id, at, tx)
      let p = (await this.trading.findProject(session.project_id, tx))!
      p = await this.journal.append(tx, p, 'system', at, 'eval.member-confirmed', {
        sessionId: session.id,
        member: member.invitation_id,
      })
      const all = await this.repo.membersOf(session.id, tx)
      if (all.every((m) => m.confirmed_at !== null)) {
        await this.repo.updateSession(session.id, 'reported', { status: 'confirmed', confirmed_at: at }, tx)
        await this.journal.append(tx, p, 'system', at, 'eval.report-confirmed', { sessionId: session.id })
      }
    })
    const after = (await this.repo.findSession(session.id))!
    return this.present(after, await this.repo.membersOf(session.id))
  }

  /**
   * Where the lot's evaluation stands (none, open, reported, confirmed), for center staff and the
   * supervising department: the staff page reads it so a started session shows as started.
   */
  async state(actor: Principal, lotId: string): Promise<EvaluationStateResponse> {
    const { project } = await this.lotAndProject(lotId)
    if (
      !can(actor, 'trading.register') &&
      !can(actor, 'trading.supervise', { departmentId: project.supervising_department_id })
    )
      throw new AppError('EVAL_SESSION_NOT_FOUND', 'no evaluation for this lot')
    const session = await this.repo.sessionOfLot(lotId)
    if (!session) return { lotId, status: 'none', startedAt: null, method: null, memberCount: 0 }
    return {
      lotId,
      status: session.status as EvaluationStateResponse['status'],
      startedAt: session.started_at,
      method: session.method as EvaluationStateResponse['method'],
      memberCount: (await this.repo.membersOf(session.id)).length,
    }
  }

  /** The report for center staff and the supervising department (members see it on their terminal). */
  async report(actor: Principal, lotId: string): Promise<Report> {
    const { project } = await this.lotAndProject(lotId)
    if (
      !can(actor, 'trading.register') &&
      !can(actor, 'trading.supervise', { departmentId: project.supervising_department_id })
    )
      throw new AppError('EVAL_SESSION_NOT_FOUND', 'no evaluation for this lot')
    const session = await this.repo.sessionOfLot(lotId)
    if (!session?.report) throw new AppError('EVAL_SESSION_NOT_FOUND', 'no evaluation report for this lot')
    return this.present(session, await this.repo.membersOf(session.id))
  }

  async memberReport(token: string | undefined): Promise<Report> {
    const { session } = await this.member(token)
    if (!session.report) throw new AppError('EVAL_SESSION_STATE', 'there is no report yet')
    return this.present(session, await this.repo.membersOf(session.id))
  }

  /** The confirmed report of a lot (for results), or null. */
  async confirmedReport(lotId: string): Promise<{ session: SessionRow; report: StoredReport } | null> {
    const session = await this.repo.sessionOfLot(lotId)
    if (!session || session.status !== 'confirmed' || !session.report) return null
    return { session, report: fromJson<StoredReport>(session.report)! }
  }

  private present(session: SessionRow, members: MemberRow[]): Report {
    const report = fromJson<StoredReport>(session.report)!
    return {
      sessionId: session.id,
      status: session.status,
      ranked: report.ranked.map((r) => ({
        bidId: r.bidId,
        name: r.name,
        priceFen: r.priceFen,
        score: r.score,
        evaluatedPriceFen: r.evaluatedPriceFen,
        isQualified: r.isQualified,
        rank: r.rank,
        memberTotals: r.memberTotals,
      })),
      deviations: report.deviations,
      confirmations: members.map((m) => ({ invitationId: m.invitation_id, confirmedAt: m.confirmed_at })),
    }
  }
}
