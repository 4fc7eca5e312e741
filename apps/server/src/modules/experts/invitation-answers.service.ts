import type { Db, Executor } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { SmsService } from '../sms/sms.service'
import type { TradingJournal } from '../trading/trading-journal'
import type { TradingQueries } from '../trading/trading.queries'
import type { ExpertsRepository, InvitationRow } from './experts.repository'
import { sixDigits } from './experts.service'
import { invitationIdOf } from './invitation-messages'
import { parseInvitationReply } from './reply.rules'

/** How an expert answered: a reply by SMS or a key pressed on the voice call. */
export type AnswerChannel = 'sms' | 'voice'

/**
 * The port to the draw: one replacement for an invitation closed by a decline or by silence.
 * It is prepared before the answer's transaction (it reads the lot, the avoidance lists and the
 * committee's session, and throws when the lot is gone) and gives the step that draws and
 * invites inside that transaction, answering the new draw's id.
 */
export type ReplacementDraw = (
  inv: InvitationRow,
  reason: 'declined' | 'expired',
) => Promise<(tx: Executor) => Promise<string>>

/**
 * An invited expert's answer, by SMS reply or by the keypad on the voice call (1 accepts,
 * 2 declines): the first answer wins, a late one is refused and recorded, an accept sends the
 * check-in code, a decline (or silence, by the sweep job) closes the invitation and draws a
 * replacement through the draw's port.
 */
export class InvitationAnswersService {
  constructor(
    private readonly db: Db,
    private readonly repo: ExpertsRepository,
    private readonly trading: Pick<TradingQueries, 'findProject'>,
    private readonly journal: TradingJournal,
    private readonly sms: Pick<SmsService, 'queue'>,
    private readonly clock: Clock,
    private readonly replacementDraw: ReplacementDraw,
  ) {}

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
    const drawReplacement = await this.replacementDraw(inv, status)
    const done = await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.answerInvitation(inv.id, 'pending', { status, answered_at: at }, tx)))
        return false
      const p = (await this.trading.findProject(inv.project_id, tx))!
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
      const drawId = await drawReplacement(tx)
      await this.repo.answerInvitation(inv.id, status, { replaced_by_draw_id: drawId }, tx)
      return true
    })
    if (!done) return 'expert.already-answered'
    return status === 'declined' ? 'expert.declined' : 'expert.expired'
  }

  /** Invitations past their answer time: each is closed and replaced (the sweep job). */
  async expireDue(): Promise<number> {
    const now = this.clock.now().toISOString()
    const due = await this.repo.duePending(now)
    let n = 0
    for (const inv of due) if ((await this.decline(inv, 'expired', null, now)) === 'expert.expired') n++
    return n
  }
}
