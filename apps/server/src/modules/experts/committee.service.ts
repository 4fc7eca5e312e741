import { randomBytes } from 'node:crypto'
import type { CommitteeCountsResponse, DrawRequest, DrawResponse, Principal } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { fromJson, toJson } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { assertCan } from '../auth/permissions'
import type { SmsService } from '../sms/sms.service'
import type { VoiceService } from '../voice/voice.service'
import { committeeRequirement } from '../trading/timetable.rules'
import { memberUserIds } from '../trading/organisations.queries'
import type { TradingJournal } from '../trading/trading-journal'
import type { LotRow, ProjectRow, TradingQueries } from '../trading/trading.queries'
import type { TradingCategory, TradingMethod } from '@yimin/shared'
import type { BiddingPort } from './bidding-port'
import type { ReplacementDraw } from './invitation-answers.service'
import { rulesOf, type PublicRules, type SealedExclusions } from './draw-record'
import { draw, type PoolExpert } from './draw.rules'
import type { DrawRow, ExpertsRepository, InvitationRow } from './experts.repository'
import {
  invitationCauseOf,
  invitationText,
  voiceInvitationParams,
  voiceInvitationText,
} from './invitation-messages'
import { sealDigest, type Sealer } from './seal'

export interface CommitteeOptions {
  /** minutes an invited expert has to answer */
  answerMinutes: number
  /** an expert invited more than this many times within `recentDays` is skipped */
  maxRecentDraws: number
  recentDays: number
  timeZone: string
}

const OPEN_STATUSES = ['registered', 'announced']

/**
 * Committees (评标委员会): the draw with avoidance, invitations by SMS (and a call where voice is
 * configured) that never name the project, replacement draws for declines and silence (the
 * answers themselves are `InvitationAnswersService`'s, which asks for them through its
 * `ReplacementDraw` port), check-in at the evaluation room. Who sits on a committee is known only to the system and the
 * supervising department until the result is decided (招标投标法 第37条): 404 for everyone else,
 * and the refusal is audited.
 */
export class CommitteeService {
  constructor(
    private readonly db: Db,
    private readonly repo: ExpertsRepository,
    private readonly trading: TradingQueries,
    private readonly journal: TradingJournal,
    private readonly bidding: () => BiddingPort,
    private readonly sealer: Sealer,
    private readonly sms: SmsService,
    private readonly voice: Pick<VoiceService, 'queue'>,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly options: CommitteeOptions,
  ) {}

  private async lotAndProject(
    lotId: string,
    tx: Executor = this.db,
  ): Promise<{ lot: LotRow; project: ProjectRow }> {
    const lot = await this.trading.findLot(lotId, tx)
    const project = lot ? await this.trading.findProject(lot.project_id, tx) : undefined
    if (!lot || !project) throw new AppError('TRADING_PROJECT_NOT_FOUND', 'no such lot')
    return { lot, project }
  }

  /** Draws the committee of a lot and invites it (center staff). Answers counts, never names. */
  async drawCommittee(actor: Principal, lotId: string, input: DrawRequest): Promise<DrawResponse> {
    assertCan(actor, 'trading.register')
    const { lot, project } = await this.lotAndProject(lotId)
    if (!OPEN_STATUSES.includes(project.status))
      throw new AppError(
        'TRADING_PROJECT_STATE',
        'a committee is drawn for a registered or announced project',
      )
    const req = committeeRequirement(
      {
        category: project.category as TradingCategory,
        method: project.method as TradingMethod,
        isLegallyRequired: Number(project.is_legally_required) === 1,
      },
      Number(lot.budget_fen),
      input.size,
    )
    const size = input.size ?? req?.minMembers ?? 3
    if (req && (size < req.minMembers || (req.isOdd && size % 2 === 0)))
      throw new AppError(
        'EXPERT_COMMITTEE_SIZE',
        `the committee needs at least ${req.minMembers} members, odd`,
        {
          minMembers: req.minMembers,
          isOdd: req.isOdd,
          basis: req.basis,
        },
      )
    if ((await this.repo.drawsOfLot(lotId)).length)
      throw new AppError('EXPERT_DRAW_EXISTS', 'this lot has its committee drawn')
    const avoidance = await this.avoidance(project, lotId)
    const result = await this.db.transaction().execute(async (tx) => {
      const r = await this.runDraw(tx, actor, lot, project, avoidance, {
        seq: 1,
        size,
        specialty: input.specialty,
        alreadyDrawn: [],
        reason: 'committee',
        session: { at: input.sessionAt, place: input.place },
      })
      if (r.selected.length < size)
        throw new AppError('EXPERT_POOL_SHORT', 'too few eligible experts in the pool', {
          eligible: r.selected.length,
          size,
        })
      return r
    })
    return { drawId: result.drawId, seq: 1, size, invited: result.selected.length }
  }

  /** The avoidance lists: the tenderee's organisation and staff (public), the bidders' (sealed). */
  private async avoidance(project: ProjectRow, lotId: string) {
    const owner = await this.trading.findOrg(project.owner_org_id)
    const bidders = await this.bidding().lotBidderOrgs(this.db, lotId)
    const sealed: SealedExclusions = {
      bidderCreditCodes: [...new Set(bidders.map((b) => b.creditCode.toUpperCase()))].sort(),
      bidderUserIds: await memberUserIds(
        this.db,
        bidders.map((b) => b.orgId),
      ),
    }
    return {
      tendereeCreditCodes: owner ? [owner.credit_code.toUpperCase()] : [],
      tendereeUserIds: await memberUserIds(this.db, [project.owner_org_id]),
      sealed,
    }
  }

  private async runDraw(
    tx: Executor,
    actor: Principal | 'system',
    lot: LotRow,
    project: ProjectRow,
    avoidance: Awaited<ReturnType<CommitteeService['avoidance']>>,
    spec: {
      seq: number
      size: number
      specialty: string
      alreadyDrawn: string[]
      reason: string
      session: { at: string; place: string }
    },
  ): Promise<{ drawId: string; selected: string[] }> {
    const now = this.clock.now()
    const at = now.toISOString()
    const since = new Date(now.getTime() - this.options.recentDays * 86_400_000).toISOString()
    const recent = await this.repo.recentDrawCounts(since, tx)
    const pool: PoolExpert[] = (await this.repo.listExperts(tx)).map((e) => ({
      id: e.id,
      specialties: fromJson<string[]>(e.specialties) ?? [],
      employerCreditCode: e.employer_credit_code,
      userId: e.user_id,
      conflicts: fromJson<string[]>(e.conflicts) ?? [],
      isAvailable: Number(e.is_available) === 1,
      recentDraws: recent.get(e.id) ?? 0,
    }))
    const publicRules: PublicRules = {
      specialty: spec.specialty,
      size: spec.size,
      tendereeCreditCodes: avoidance.tendereeCreditCodes,
      tendereeUserIds: avoidance.tendereeUserIds,
      alreadyDrawn: spec.alreadyDrawn,
      maxRecentDraws: this.options.maxRecentDraws,
    }
    const seed = randomBytes(32).toString('hex')
    const result = draw(pool, rulesOf(publicRules, avoidance.sealed), seed)
    const sealedText = toJson(avoidance.sealed)
    const row: DrawRow = {
      id: newId(now.getTime()),
      lot_id: lot.id,
      project_id: project.id,
      seq: spec.seq,
      specialty: spec.specialty,
      size: spec.size,
      seed,
      pool_snapshot: toJson(pool),
      public_rules: toJson(publicRules),
      sealed_exclusions: this.sealer.seal(sealedText),
      sealed_digest: sealDigest(sealedText),
      revealed_exclusions: null,
      selected: toJson(result.selected),
      reason: spec.reason,
      created_by: actor === 'system' ? 'system' : actor.kind === 'staff' ? actor.userId : 'system',
      created_at: at,
    }
    await this.repo.insertDraw(row, tx)
    const experts = await this.repo.findExperts(result.selected, tx)
    const expiresAt = new Date(now.getTime() + this.options.answerMinutes * 60_000).toISOString()
    const invitations: InvitationRow[] = result.selected.map((id) => ({
      id: newId(now.getTime()),
      draw_id: row.id,
      lot_id: lot.id,
      project_id: project.id,
      expert_id: id,
      phone: experts.find((e) => e.id === id)!.phone,
      status: 'pending',
      sent_at: at,
      expires_at: expiresAt,
      answered_at: null,
      check_in_code: null,
      checked_in_at: null,
      replaced_by_draw_id: null,
    }))
    await this.repo.insertInvitations(invitations, tx)
    const minutes = this.options.answerMinutes
    for (const inv of invitations) {
      // essential: sent despite an opt-out; the project is not named
      await this.sms.queue(tx, {
        causeKey: invitationCauseOf(inv.id),
        recipient: inv.phone,
        template: 'expert.invitation',
        body: invitationText(spec.session, minutes, this.options.timeZone),
        isEssential: true,
      })
      // and a call where the voice channel is configured (nothing when it is off): the same words
      await this.voice.queue(tx, {
        causeKey: invitationCauseOf(inv.id),
        recipient: inv.phone,
        template: 'expert.invitation',
        body: voiceInvitationText(spec.session, minutes, this.options.timeZone),
        params: voiceInvitationParams(spec.session, minutes, this.options.timeZone),
        keys: ['1', '2'],
      })
    }
    let p = project
    p = await this.journal.append(tx, p, actor, at, 'expert.drawn', {
      drawId: row.id,
      lotId: lot.id,
      seq: spec.seq,
      reason: spec.reason,
      specialty: spec.specialty,
      size: spec.size,
      drawn: result.selected.length,
      sealedDigest: row.sealed_digest,
      session: spec.session,
    })
    await this.journal.append(tx, p, actor, at, 'expert.invited', {
      drawId: row.id,
      invitations: invitations.map((i) => i.id),
      expiresAt,
    })
    return { drawId: row.id, selected: result.selected }
  }

  /**
   * The replacement for an invitation closed by a decline or by silence (the answers' port):
   * the lot, its avoidance and the committee's session are read first; the returned step draws
   * one more expert and invites them inside the answer's transaction, and gives the draw's id.
   */
  replacementDraw: ReplacementDraw = async (inv, reason) => {
    const { lot, project } = await this.lotAndProject(inv.lot_id)
    const avoidance = await this.avoidance(project, lot.id)
    const draws = await this.repo.drawsOfLot(lot.id)
    const first = draws[0]!
    const session = await this.sessionOf(first)
    return async (tx) => {
      const invited = (await this.repo.invitationsOfLot(lot.id, tx)).map((i) => i.expert_id)
      const p = (await this.trading.findProject(project.id, tx))!
      const r = await this.runDraw(tx, 'system', lot, p, avoidance, {
        seq: draws.length + 1,
        size: 1,
        specialty: first.specialty,
        alreadyDrawn: [...new Set(invited)].sort(),
        reason,
        session,
      })
      return r.drawId
    }
  }

  /** The session of a lot's committee, as its first draw recorded it in the chain. */
  private async sessionOf(first: DrawRow): Promise<{ at: string; place: string }> {
    const events = await this.trading.eventsOf(first.project_id)
    for (const e of events)
      if (e.type === 'expert.drawn') {
        const d = fromJson<{ drawId: string; session: { at: string; place: string } }>(e.data)
        if (d?.drawId === first.id) return d.session
      }
    return { at: first.created_at, place: '' }
  }

  // ---- the evaluation room ----

  /** Check-in with the code the expert received (center staff at the room). Names are not shown. */
  async checkIn(
    actor: Principal,
    lotId: string,
    code: string,
  ): Promise<{ invitationId: string; checkedInAt: string }> {
    assertCan(actor, 'trading.register')
    const inv = await this.repo.findByCheckInCode(lotId, code)
    if (!inv) throw new AppError('EXPERT_CHECK_IN_INVALID', 'no accepted invitation with this code')
    if (inv.checked_in_at) return { invitationId: inv.id, checkedInAt: inv.checked_in_at }
    const at = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      await this.repo.answerInvitation(inv.id, 'accepted', { checked_in_at: at }, tx)
      const project = await this.trading.findProject(inv.project_id, tx)
      await this.journal.append(tx, project!, actor, at, 'expert.checked-in', { invitationId: inv.id })
    })
    return { invitationId: inv.id, checkedInAt: at }
  }

  /** Center staff's view of a lot's committee: how many are invited, answered, checked in; no names. */
  async counts(actor: Principal, lotId: string): Promise<CommitteeCountsResponse> {
    assertCan(actor, 'trading.register')
    const draws = await this.repo.drawsOfLot(lotId)
    const invitations = await this.repo.invitationsOfLot(lotId)
    const count = (status: string) => invitations.filter((i) => i.status === status).length
    return {
      size: draws[0] ? Number(draws[0].size) : null,
      draws: draws.length,
      pending: count('pending'),
      accepted: count('accepted'),
      declined: count('declined'),
      expired: count('expired'),
      checkedIn: invitations.filter((i) => i.checked_in_at).length,
    }
  }

  /** The members checked in for a lot's evaluation (invitation ids; no names) and the committee size. */
  async sessionMembers(lotId: string): Promise<{ invitationIds: string[]; size: number | null }> {
    const draws = await this.repo.drawsOfLot(lotId)
    const members = await this.repo.checkedIn(lotId)
    return { invitationIds: members.map((m) => m.id), size: draws[0] ? Number(draws[0].size) : null }
  }
}
