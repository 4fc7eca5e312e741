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
import { rulesOf, type PublicRules, type SealedExclusions } from './draw-record'
import { draw, type PoolExpert } from './draw.rules'
import type { DrawRow, ExpertsRepository, InvitationRow } from './experts.repository'
import { sixDigits } from './experts.service'
import { sealDigest, type Sealer } from './seal'
import { parseInvitationReply } from './reply.rules'

export interface CommitteeOptions {
  /** minutes an invited expert has to answer */
  answerMinutes: number
  /** an expert invited more than this many times within `recentDays` is skipped */
  maxRecentDraws: number
  recentDays: number
  timeZone: string
}

const OPEN_STATUSES = ['registered', 'announced']

/** How an expert answered: a reply by SMS or a key pressed on the voice call. */
export type AnswerChannel = 'sms' | 'voice'

/** The cause of an invitation's SMS and voice call (the voice handler is registered by its prefix). */
export const INVITATION_CAUSE = 'expert-invitation'

/**
 * Committees (评标委员会): the draw with avoidance, invitations by SMS that never name the
 * project, answers by reply (1 accept, 2 decline), replacements for declines and silence,
 * check-in at the evaluation room. Who sits on a committee is known only to the system and the
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
        causeKey: `${INVITATION_CAUSE}:${inv.id}`,
        recipient: inv.phone,
        template: 'expert.invitation',
        body: invitationText(spec.session, minutes, this.options.timeZone),
        isEssential: true,
      })
      // and a call where the voice channel is configured (nothing when it is off): the same words
      await this.voice.queue(tx, {
        causeKey: `${INVITATION_CAUSE}:${inv.id}`,
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

  // ---- answers ----

  /**
   * An inbound SMS (registered before the ratings' handler): from a phone with an open
   * invitation, 1 accepts and 2 declines; anything else is kept as unclear and still not taken
   * as a rating while the invitation is open.
   */
  handleInbound = async (message: {
    sender: string
    body: string
    receivedAt: string
  }): Promise<string | null> => {
    const open = await this.repo.openInvitationOf(message.sender, message.receivedAt)
    if (!open) return null
    const answer = parseInvitationReply(message.body)
    if (answer === null) return 'expert.unclear'
    return this.answer(open, answer, 'sms', message.receivedAt)
  }

  /** Whether an invitation's call is still worth placing: it is open and within its time. */
  isCallWanted = async (causeKey: string, now: string): Promise<boolean> => {
    const inv = await this.repo.findInvitation(invitationIdOf(causeKey))
    return inv !== undefined && inv.status === 'pending' && inv.expires_at > now
  }

  /** A key pressed on an invitation's voice call (1 accepts, 2 declines), at the time it arrived. */
  handleVoiceKey = async (input: { causeKey: string; key: string; at: string }): Promise<string> => {
    const inv = await this.repo.findInvitation(invitationIdOf(input.causeKey))
    if (!inv) return 'expert.unknown'
    const answer = parseInvitationReply(input.key)
    if (answer === null) return 'expert.unclear'
    return this.answer(inv, answer, 'voice', input.at)
  }

  /**
   * One path for both channels: the first answer wins (the status moves from pending once); an
   * answer after the invitation's time is refused and recorded on the project's chain.
   */
  private async answer(
    inv: InvitationRow,
    answer: 'accept' | 'decline',
    channel: AnswerChannel,
    at: string,
  ): Promise<string> {
    if (inv.status !== 'pending') return 'expert.already-answered'
    if (inv.expires_at <= at) return this.refuseLate(inv, channel, at)
    return answer === 'accept' ? this.accept(inv, channel, at) : this.decline(inv, 'declined', channel, at)
  }

  private async refuseLate(inv: InvitationRow, channel: AnswerChannel, answeredAt: string): Promise<string> {
    const at = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      const project = await this.trading.findProject(inv.project_id, tx)
      await this.journal.append(tx, project!, 'system', at, 'expert.answer-refused', {
        invitationId: inv.id,
        drawId: inv.draw_id,
        channel,
        answeredAt,
        reason: 'expired',
      })
    })
    return 'expert.too-late'
  }

  private async accept(inv: InvitationRow, channel: AnswerChannel, at: string): Promise<string> {
    const code = sixDigits()
    const done = await this.db.transaction().execute(async (tx) => {
      if (
        !(await this.repo.answerInvitation(
          inv.id,
          'pending',
          { status: 'accepted', answered_at: at, check_in_code: code },
          tx,
        ))
      )
        return false
      const project = await this.trading.findProject(inv.project_id, tx)
      // the chain's time is now; the answer's own time (when it arrived) is kept as answeredAt
      await this.journal.append(tx, project!, 'system', this.clock.now().toISOString(), 'expert.accepted', {
        invitationId: inv.id,
        drawId: inv.draw_id,
        channel,
        answeredAt: at,
      })
      await this.sms.queue(tx, {
        causeKey: `expert-accepted:${inv.id}`,
        recipient: inv.phone,
        template: 'expert.accepted',
        body: `您已确认参加评标。签到码 ${code}，请凭有效身份证件按时到场签到。`,
        isEssential: true,
      })
      return true
    })
    return done ? 'expert.accepted' : 'expert.already-answered'
  }

  /** A decline or silence: the invitation closes and a replacement is drawn and invited. */
  private async decline(
    inv: InvitationRow,
    status: 'declined' | 'expired',
    channel: AnswerChannel | null,
    at: string,
  ): Promise<string> {
    const { lot, project } = await this.lotAndProject(inv.lot_id)
    const avoidance = await this.avoidance(project, lot.id)
    const draws = await this.repo.drawsOfLot(lot.id)
    const first = draws[0]!
    const session = await this.sessionOf(first)
    const done = await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.answerInvitation(inv.id, 'pending', { status, answered_at: at }, tx)))
        return false
      const p = (await this.trading.findProject(project.id, tx))!
      await this.journal.append(
        tx,
        p,
        'system',
        this.clock.now().toISOString(),
        status === 'declined' ? 'expert.declined' : 'expert.expired',
        {
          invitationId: inv.id,
          drawId: inv.draw_id,
          ...(channel ? { channel, answeredAt: at } : {}),
        },
      )
      const invited = (await this.repo.invitationsOfLot(lot.id, tx)).map((i) => i.expert_id)
      const seq = draws.length + 1
      const p2 = (await this.trading.findProject(project.id, tx))!
      const r = await this.runDraw(tx, 'system', lot, p2, avoidance, {
        seq,
        size: 1,
        specialty: first.specialty,
        alreadyDrawn: [...new Set(invited)].sort(),
        reason: status,
        session,
      })
      await this.repo.answerInvitation(inv.id, status, { replaced_by_draw_id: r.drawId }, tx)
      return true
    })
    if (!done) return 'expert.already-answered'
    return status === 'declined' ? 'expert.declined' : 'expert.expired'
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

  /** Invitations past their answer time: each is closed and replaced (the sweep job). */
  async expireDue(): Promise<number> {
    const now = this.clock.now().toISOString()
    const due = await this.repo.duePending(now)
    let n = 0
    for (const inv of due) if ((await this.decline(inv, 'expired', null, now)) === 'expert.expired') n++
    return n
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

const invitationIdOf = (causeKey: string) => causeKey.slice(INVITATION_CAUSE.length + 1)

/** The invitation: time and place, how to answer; never the project or the tenderee. */
export function invitationText(
  session: { at: string; place: string },
  minutes: number,
  timeZone: string,
): string {
  const when = sessionWhen(session, timeZone)
  return `您被抽取为评标专家：时间 ${when}，地点 ${session.place}。参加请回复1，不参加请回复2（${minutes}分钟内有效）。`
}

/**
 * The invitation read out on the call: the same facts as the SMS (time, place, the answer time;
 * never the project or the tenderee), answered with the keypad. The provider's approved
 * template holds the words and these variables.
 */
export function voiceInvitationParams(
  session: { at: string; place: string },
  minutes: number,
  timeZone: string,
): Record<string, string> {
  return { time: sessionWhen(session, timeZone), place: session.place, minutes: String(minutes) }
}

export function voiceInvitationText(
  session: { at: string; place: string },
  minutes: number,
  timeZone: string,
): string {
  const p = voiceInvitationParams(session, minutes, timeZone)
  return `您被抽取为评标专家：时间 ${p.time}，地点 ${p.place}。参加请按1，不参加请按2（${p.minutes}分钟内有效）。`
}

function sessionWhen(session: { at: string }, timeZone: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(session.at))
}
