import { createHash } from 'node:crypto'
import { bidCommit, fromHex, type BidReceipt, type OpeningResponse, type Principal } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { fromJson, toJson } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { AuditService } from '../audit/audit.service'
import { assertCan, canSomewhere } from '../auth/permissions'
import type { EventBus } from '../realtime/event-bus'
import type { FileStorage } from '../storage/file-storage'
import type { ProjectsService } from '../trading/projects.service'
import { moveLot } from '../trading/lot-stage'
import type { TradingJournal } from '../trading/trading-journal'
import type { TradingQueries } from '../trading/trading.queries'
import type { BiddersService } from './bidders.service'
import { decryptBid } from './bid-decryption'
import type { BiddingRepository, OpeningRow } from './bidding.repository'
import { withChainRetry } from './bids.service'
import {
  counts,
  DECRYPTION_WINDOW_MINUTES,
  failedNextStep,
  isSettled,
  MIN_BIDS,
  type DecryptionStatus,
} from './opening.rules'
import { OpeningObjectionsService } from './opening-objections.service'
import { openingRecord, presentOpening, publishOpening } from './opening-record'

/**
 * The online opening (不见面开标): at the deadline the bidders are revealed; fewer than three
 * bids fail the lot (流标); otherwise each bidder sends its bid key K (never its code) within the
 * decryption window; the server accepts K once, only when it matches the final version's commit,
 * decrypts from storage as it streams, checks every file against the manifest and reads the
 * opening form. No figure is shown until every bid is settled or the window closes; then the
 * opening record (开标记录) is written and pushed to every participant.
 */
export class OpeningService {
  private readonly objections: OpeningObjectionsService

  constructor(
    private readonly db: Db,
    private readonly repo: BiddingRepository,
    private readonly trading: TradingQueries,
    private readonly projects: ProjectsService,
    private readonly bidders: BiddersService,
    private readonly journal: TradingJournal,
    private readonly storage: FileStorage,
    private readonly bus: EventBus,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly options: { windowMinutes: number } = { windowMinutes: DECRYPTION_WINDOW_MINUTES },
  ) {
    this.objections = new OpeningObjectionsService(db, repo, trading, projects, bidders, journal, bus, clock)
  }

  private async present(lotId: string, myOrg: string | null): Promise<OpeningResponse> {
    const { lot } = await this.bidders.lotWithProject(lotId)
    return presentOpening(this.repo, this.trading, lot, myOrg)
  }

  private async publish(tx: Executor, lotId: string, status: string, reason: string) {
    await publishOpening(this.bus, this.clock, tx, lotId, status, reason)
  }

  /** Center staff (or the system at the deadline) start the opening. */
  async start(actor: Principal | 'system', lotId: string): Promise<OpeningResponse> {
    if (actor !== 'system') assertCan(actor, 'trading.register')
    await withChainRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const { lot, project } = await this.bidders.lotWithProject(lotId, tx)
        const now = this.clock.now()
        if (!lot.bid_deadline || now.getTime() < Date.parse(lot.bid_deadline))
          throw new AppError('BID_OPENING_NOT_DUE', 'the opening is not due yet', {
            deadline: lot.bid_deadline,
          })
        if (await this.repo.findOpening(lotId, tx))
          throw new AppError('BID_OPENING_STATE', 'the opening has started')
        const bids = await this.repo.bidsOfLot(lotId, tx)
        const finals = await Promise.all(
          bids.map(async (b) => ({
            bid: b,
            version:
              b.final_version === null ? undefined : await this.repo.findVersion(b.id, b.final_version, tx),
          })),
        )
        const counted = finals.filter(({ bid, version }) =>
          counts(
            { status: bid.status, finalVersion: bid.final_version, receivedAt: version?.received_at ?? null },
            lot.bid_deadline!,
          ),
        )
        const docs = await this.repo.documentsOfLot(lotId, tx)
        const at = now.toISOString()
        // what the sealed chain events hashed, revealed now
        const reveal = {
          documents: docs.map((d) => ({ orgId: d.org_id, salt: d.seal_salt })),
          bids: bids.map((b) => ({ orgId: b.org_id, bidId: b.id, salt: b.seal_salt, status: b.status })),
        }
        const failed = counted.length < MIN_BIDS
        const next = failed ? failedNextStep(project.category) : null
        const row: OpeningRow = {
          lot_id: lotId,
          status: failed ? 'failed' : 'decrypting',
          started_at: at,
          window_ends_at: failed
            ? null
            : new Date(now.getTime() + this.options.windowMinutes * 60_000).toISOString(),
          bid_count: counted.length,
          next_step: next ? toJson(next) : null,
          record: null,
          recorded_at: null,
        }
        await this.repo.insertOpening(row, tx)
        // the counted bids are revealed either way; a failed opening decrypts none
        await this.repo.insertDecryptions(
          counted.map(({ bid }) => ({
            bid_id: bid.id,
            lot_id: lotId,
            version: bid.final_version!,
            status: failed ? 'not_opened' : 'pending',
            bid_key: null,
            figures: null,
            plaintext_hashes: null,
            failure: null,
            blame: null,
            key_at: null,
            done_at: null,
          })),
          tx,
        )
        const bidders = counted.map(({ bid, version }) => ({
          orgId: bid.org_id,
          bidId: bid.id,
          version: bid.final_version,
          receivedAt: version?.received_at,
        }))
        // a failed lot (流标) moves alone; the project is awarded once its other lots are
        const status = failed ? await moveLot(this.trading, tx, project, lotId, 'failed') : project.status
        await this.journal.append(
          tx,
          project,
          actor,
          at,
          failed ? 'bid.opening_failed' : 'bid.opening_started',
          failed
            ? { lotId, bidCount: counted.length, nextStep: next!.step, basis: next!.basis, bidders, reveal }
            : { lotId, bidCount: counted.length, windowEndsAt: row.window_ends_at, bidders, reveal },
          { status },
        )
        await this.publish(tx, lotId, row.status, failed ? 'failed' : 'started')
      }),
    )
    return this.present(lotId, null)
  }

  /**
   * The clock opens every lot whose deadline has passed (a scheduled job): the same opening as
   * staff start, by the system. A lot opened meanwhile by staff is skipped. Answers the lots opened.
   */
  async openDue(): Promise<string[]> {
    const opened: string[] = []
    for (const lotId of await this.repo.dueOpenings(this.clock.now().toISOString())) {
      try {
        await this.start('system', lotId)
        opened.push(lotId)
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'BID_OPENING_STATE')) throw error
      }
    }
    return opened
  }

  /** May this principal watch the lot's opening: the project's parties and staff, or a bidder with a bid in it. */
  private async viewer(actor: Principal, lotId: string): Promise<{ orgId: string | null }> {
    const { project } = await this.bidders.lotWithProject(lotId)
    if (actor.kind === 'staff' && canSomewhere(actor, 'bidding.bid')) {
      const orgId = await this.bidders.orgOf(actor)
      // bidders with a committed bid in the lot
      if ((await this.repo.findBidOf(lotId, orgId))?.final_version != null) return { orgId }
      throw new AppError('BID_LOT_NOT_FOUND', 'no such lot')
    }
    try {
      await this.projects.visibleProject(actor, project.id)
    } catch (err) {
      if (err instanceof AppError && err.code === 'TRADING_PROJECT_NOT_FOUND')
        throw new AppError('BID_LOT_NOT_FOUND', 'no such lot')
      throw err
    }
    return { orgId: null }
  }

  async view(actor: Principal, lotId: string): Promise<OpeningResponse> {
    const { orgId } = await this.viewer(actor, lotId)
    await this.settle(lotId)
    return this.present(lotId, orgId)
  }

  async isOpened(lotId: string): Promise<boolean> {
    return (await this.repo.findOpening(lotId)) !== undefined
  }

  /** Writes the record once every bid is settled or the window closed (late bids recorded as such). */
  async settle(lotId: string): Promise<void> {
    const opening = await this.repo.findOpening(lotId)
    if (!opening || opening.status !== 'decrypting' || !opening.window_ends_at) return
    const now = this.clock.now()
    const rows = await this.repo.decryptionsOfLot(lotId)
    if (
      !isSettled(
        rows.map((r) => r.status as DecryptionStatus),
        now,
        opening.window_ends_at,
      )
    )
      return
    await withChainRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const at = now.toISOString()
        await this.repo.lateDecryptions(
          lotId,
          { status: 'late', blame: 'bidder', failure: 'not decrypted within the window', done_at: at },
          tx,
        )
        const { project } = await this.bidders.lotWithProject(lotId, tx)
        const record = await openingRecord(this.repo, this.trading, lotId, tx)
        if (
          !(await this.repo.moveOpening(
            lotId,
            'decrypting',
            { status: 'recorded', record: toJson(record), recorded_at: at },
            tx,
          ))
        )
          return
        await this.journal.append(tx, project, 'system', at, 'bid.opening_recorded', {
          lotId,
          recordSha256: createHash('sha256').update(toJson(record)).digest('hex'),
          record,
        })
        await this.publish(tx, lotId, 'recorded', 'recorded')
      }),
    )
  }

  /** The bidder sends K; accepted once, only when it matches the commit of the final version. */
  async submitKey(
    actor: Principal,
    bidId: string,
    keyHex: string,
    ip: string | null,
  ): Promise<OpeningResponse> {
    const orgId = await this.bidders.orgOf(actor)
    const bid = await this.repo.findBid(bidId)
    if (!bid || bid.org_id !== orgId) throw new AppError('BID_NOT_FOUND', 'no such bid')
    const opening = await this.repo.findOpening(bid.lot_id)
    if (!opening || opening.status !== 'decrypting')
      throw new AppError('BID_OPENING_STATE', 'the opening is not decrypting bids')
    const now = this.clock.now()
    if (!opening.window_ends_at || now.getTime() >= Date.parse(opening.window_ends_at)) {
      await this.settle(bid.lot_id)
      throw new AppError('BID_WINDOW_CLOSED', 'the decryption window has closed')
    }
    const dec = await this.repo.findDecryption(bidId)
    if (!dec) throw new AppError('BID_NOT_COUNTED', 'this bid does not count at this opening')
    if (dec.status !== 'pending')
      throw new AppError('BID_KEY_ALREADY_ACCEPTED', 'a key was already accepted for this bid')
    const version = await this.repo.findVersion(bidId, Number(dec.version))
    if (!version?.receipt) throw new AppError('BID_NOT_COUNTED', 'this bid does not count at this opening')
    const key = fromHex(keyHex)
    if ((await bidCommit(key, bidId, Number(dec.version))) !== version.commit_hash) {
      await this.audit.record({ actor, action: 'bid.key-mismatch', subject: `bid:${bidId}`, ip })
      throw new AppError('BID_KEY_MISMATCH', 'this key does not match the committed bid')
    }
    if (
      !(await this.repo.moveDecryption(bidId, 'pending', { status: 'decrypting', key_at: now.toISOString() }))
    )
      throw new AppError('BID_KEY_ALREADY_ACCEPTED', 'a key was already accepted for this bid')
    const outcome = await decryptBid(
      this.storage,
      await this.repo.chunksOf(bidId, Number(dec.version)),
      key,
      {
        bidId,
        version: Number(dec.version),
        sealedManifest: version.sealed_manifest,
        receipt: fromJson<BidReceipt>(version.receipt)!,
      },
    )
    await withChainRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const at = this.clock.now().toISOString()
        await this.repo.moveDecryption(
          bidId,
          'decrypting',
          outcome.status === 'decrypted'
            ? {
                status: 'decrypted',
                bid_key: keyHex,
                figures: toJson(outcome.figures),
                plaintext_hashes: toJson(outcome.plaintextHashes),
                done_at: at,
              }
            : {
                status: 'failed',
                bid_key: keyHex,
                failure: outcome.failure,
                blame: outcome.blame,
                done_at: at,
              },
          tx,
        )
        const { project } = await this.bidders.lotWithProject(bid.lot_id, tx)
        await this.journal.append(tx, project, actor, at, 'bid.decrypted', {
          lotId: bid.lot_id,
          bidId,
          version: Number(dec.version),
          status: outcome.status,
          ...(outcome.status === 'failed' ? { blame: outcome.blame, failure: outcome.failure } : {}),
        })
        await this.publish(tx, bid.lot_id, 'decrypting', 'decrypted')
      }),
    )
    await this.settle(bid.lot_id)
    return this.present(bid.lot_id, orgId)
  }

  /** A bidder at the opening raises an objection (异议), answered there and recorded. */
  async raiseObjection(actor: Principal, lotId: string, text: string) {
    return this.objections.raise(actor, lotId, text)
  }

  /** The opening's host (center staff) or the agency answers an objection on the spot. */
  async answerObjection(actor: Principal, objectionId: string, answer: string) {
    return this.objections.answer(actor, objectionId, answer)
  }
}
