import type { Principal } from '@yimin/shared'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { canSomewhere, requireStaff } from '../auth/permissions'
import type { EventBus } from '../realtime/event-bus'
import type { ProjectsService } from '../trading/projects.service'
import type { TradingJournal } from '../trading/trading-journal'
import type { TradingQueries } from '../trading/trading.queries'
import type { BiddersService } from './bidders.service'
import type { BiddingRepository } from './bidding.repository'
import { withChainRetry } from './bids.service'
import { publishOpening } from './opening-record'

/**
 * Objections raised at the opening (开标异议, 实施条例 第44条) by its bidders, answered there by
 * the host or the agency; both on the project's chain and pushed live to every participant.
 */
export class OpeningObjectionsService {
  constructor(
    private readonly db: Db,
    private readonly repo: BiddingRepository,
    private readonly trading: TradingQueries,
    private readonly projects: ProjectsService,
    private readonly bidders: BiddersService,
    private readonly journal: TradingJournal,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  async raise(actor: Principal, lotId: string, text: string) {
    const orgId = await this.bidders.orgOf(actor)
    const opening = await this.repo.findOpening(lotId)
    const bid = await this.repo.findBidOf(lotId, orgId)
    if (!opening || !bid || !(await this.repo.findDecryption(bid.id)))
      throw new AppError('BID_OPENING_STATE', 'objections are raised at an opening by its bidders')
    const id = newId()
    await withChainRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const at = this.clock.now().toISOString()
        await this.repo.insertObjection(
          {
            id,
            lot_id: lotId,
            org_id: orgId,
            text,
            raised_by: requireStaff(actor).userId,
            raised_at: at,
            answer: null,
            answered_by: null,
            answered_at: null,
          },
          tx,
        )
        const { project } = await this.bidders.lotWithProject(lotId, tx)
        await this.journal.append(tx, project, actor, at, 'bid.objection_raised', {
          lotId,
          objectionId: id,
          orgId,
          text,
        })
        await publishOpening(this.bus, this.clock, tx, lotId, opening.status, 'objection')
      }),
    )
    return { id }
  }

  /** The opening's host (center staff) or the agency answers an objection on the spot. */
  async answer(actor: Principal, objectionId: string, answer: string) {
    const o = await this.repo.findObjection(objectionId)
    if (!o) throw new AppError('BID_OBJECTION_NOT_FOUND', 'no such objection')
    const { project } = await this.bidders.lotWithProject(o.lot_id)
    await this.projects.visibleProject(actor, project.id).catch(() => {
      throw new AppError('BID_OBJECTION_NOT_FOUND', 'no such objection')
    })
    if (!canSomewhere(actor, 'trading.register') && !canSomewhere(actor, 'trading.draft'))
      throw new AppError('FORBIDDEN', 'the host or the agency answers objections')
    await withChainRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const at = this.clock.now().toISOString()
        if (
          !(await this.repo.answerObjection(
            objectionId,
            { answer, answered_by: requireStaff(actor).userId, answered_at: at },
            tx,
          ))
        )
          throw new AppError('BID_OBJECTION_ANSWERED', 'the objection was answered')
        const p = (await this.trading.findProject(project.id, tx))!
        await this.journal.append(tx, p, actor, at, 'bid.objection_answered', {
          lotId: o.lot_id,
          objectionId,
          answer,
        })
        const opening = await this.repo.findOpening(o.lot_id, tx)
        await publishOpening(this.bus, this.clock, tx, o.lot_id, opening?.status ?? 'recorded', 'objection')
      }),
    )
    return { id: objectionId }
  }
}
