import { createHash } from 'node:crypto'
import {
  bidCommit,
  bidOpeningFormSchema,
  BID_OPENING_FORM_NAME,
  BidCryptoError,
  channels,
  decryptStream,
  fromHex,
  openManifest,
  type BidOpeningForm,
  type BidReceipt,
  type OpeningResponse,
  type Principal,
} from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { fromJson, toJson } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { assertCan, canSomewhere, requireStaff } from '../auth/permissions'
import type { EventBus } from '../realtime/event-bus'
import type { FileStorage } from '../storage/file-storage'
import type { ProjectsService } from '../trading/projects.service'
import { moveLot } from '../trading/lot-stage'
import type { TradingJournal } from '../trading/trading-journal'
import type { TradingQueries } from '../trading/trading.queries'
import type { BiddersService } from './bidders.service'
import type { BiddingRepository, DecryptionRow, OpeningRow } from './bidding.repository'
import { withChainRetry } from './bids.service'
import {
  counts,
  DECRYPTION_WINDOW_MINUTES,
  failedNextStep,
  isSettled,
  MIN_BIDS,
  type DecryptionStatus,
} from './opening.rules'

const FORM_MAX_BYTES = 64 * 1024

type Outcome =
  | { status: 'decrypted'; figures: BidOpeningForm; plaintextHashes: string[] }
  | { status: 'failed'; blame: 'bidder' | 'platform'; failure: string }

/**
 * The online opening (不见面开标): at the deadline the bidders are revealed; fewer than three
 * bids fail the lot (流标); otherwise each bidder sends its bid key K (never its code) within the
 * decryption window; the server accepts K once, only when it matches the final version's commit,
 * decrypts from storage as it streams, checks every file against the manifest and reads the
 * opening form. No figure is shown until every bid is settled or the window closes; then the
 * opening record (开标记录) is written and pushed to every participant.
 */
export class OpeningService {
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
  ) {}

  private async publish(tx: Executor, lotId: string, status: string, reason: string) {
    await this.bus.publish(tx, channels.opening(lotId), 'bidding.opening', {
      lotId,
      status,
      reason,
      at: this.clock.now().toISOString(),
    })
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
        const record = await this.recordOf(lotId, tx)
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

  private async recordOf(lotId: string, tx: Executor) {
    const rows = await this.repo.decryptionsOfLot(lotId, tx)
    const bids = new Map((await this.repo.bidsOfLot(lotId, tx)).map((b) => [b.id, b]))
    const orgs = new Map(
      (
        await this.trading.findOrgs(
          [...bids.values()].map((b) => b.org_id),
          tx,
        )
      ).map((o) => [o.id, o]),
    )
    return rows.map((r) => {
      const org = orgs.get(bids.get(r.bid_id)?.org_id ?? '')
      return {
        bidId: r.bid_id,
        orgName: org?.name ?? '',
        creditCode: org?.credit_code ?? '',
        version: Number(r.version),
        status: r.status,
        blame: r.blame,
        figures: fromJson<BidOpeningForm>(r.figures),
      }
    })
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
    const outcome = await this.decrypt(
      key,
      bidId,
      Number(dec.version),
      version.sealed_manifest,
      fromJson<BidReceipt>(version.receipt)!,
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

  /** Decrypts one bid from storage as it streams; checks every file against the receipt and the manifest. */
  private async decrypt(
    key: Uint8Array,
    bidId: string,
    version: number,
    sealedManifest: string,
    receipt: BidReceipt,
  ): Promise<Outcome> {
    let manifest
    try {
      manifest = await openManifest(key, bidId, version, Buffer.from(sealedManifest, 'base64'))
    } catch (err) {
      return { status: 'failed', blame: 'bidder', failure: err instanceof Error ? err.message : 'manifest' }
    }
    const chunks = await this.repo.chunksOf(bidId, version)
    let figures: BidOpeningForm | null = null
    const plaintextHashes: string[] = []
    for (const file of manifest.files) {
      const mine = chunks
        .filter((c) => c.file_id === file.fileId)
        .sort((a, b) => a.chunk_index - b.chunk_index)
      const onReceipt = receipt.files.find((f) => f.fileId === file.fileId)
      if (!onReceipt || mine.length !== file.chunks)
        return { status: 'failed', blame: 'bidder', failure: `${file.fileId}: not as the manifest says` }
      const cipherHash = createHash('sha256')
      const storage = this.storage
      async function* source() {
        for (const c of mine)
          for await (const piece of await storage.get(c.storage_key)) {
            cipherHash.update(piece as Buffer)
            yield piece as Buffer
          }
      }
      const plainHash = createHash('sha256')
      let size = 0
      const form: Buffer[] = []
      try {
        for await (const plain of decryptStream(key, { bidId, version, fileId: file.fileId }, source())) {
          plainHash.update(plain)
          size += plain.length
          if (file.fileId === 'f0' && size <= FORM_MAX_BYTES) form.push(Buffer.from(plain))
        }
      } catch (err) {
        // stored bytes that differ from the receipt are the platform's failure; otherwise the bidder's
        const blame = cipherHash.digest('hex') === onReceipt.ciphertextSha256 ? 'bidder' : 'platform'
        return {
          status: 'failed',
          blame,
          failure: err instanceof BidCryptoError ? err.message : 'decryption failed',
        }
      }
      if (cipherHash.digest('hex') !== onReceipt.ciphertextSha256)
        return {
          status: 'failed',
          blame: 'platform',
          failure: `${file.fileId}: stored ciphertext differs from the receipt`,
        }
      const plainSha256 = plainHash.digest('hex')
      if (file.fileId !== 'f0') plaintextHashes.push(plainSha256)
      if (plainSha256 !== file.sha256 || size !== file.size)
        return {
          status: 'failed',
          blame: 'bidder',
          failure: `${file.fileId}: plaintext differs from the manifest`,
        }
      if (file.fileId === 'f0') {
        if (file.name !== BID_OPENING_FORM_NAME || size > FORM_MAX_BYTES)
          return { status: 'failed', blame: 'bidder', failure: 'no opening form' }
        let parsed
        try {
          parsed = bidOpeningFormSchema.safeParse(JSON.parse(Buffer.concat(form).toString('utf8')))
        } catch {
          parsed = null
        }
        if (!parsed?.success)
          return { status: 'failed', blame: 'bidder', failure: 'the opening form is malformed' }
        figures = parsed.data
      }
    }
    if (!figures) return { status: 'failed', blame: 'bidder', failure: 'no opening form' }
    return { status: 'decrypted', figures, plaintextHashes }
  }

  async raiseObjection(actor: Principal, lotId: string, text: string) {
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
        await this.publish(tx, lotId, opening.status, 'objection')
      }),
    )
    return { id }
  }

  /** The opening's host (center staff) or the agency answers an objection on the spot. */
  async answerObjection(actor: Principal, objectionId: string, answer: string) {
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
        await this.publish(tx, o.lot_id, opening?.status ?? 'recorded', 'objection')
      }),
    )
    return { id: objectionId }
  }

  private async present(lotId: string, myOrg: string | null): Promise<OpeningResponse> {
    const { lot } = await this.bidders.lotWithProject(lotId)
    const opening = await this.repo.findOpening(lotId)
    const base = {
      lotId,
      deadline: lot.bid_deadline,
      startedAt: opening?.started_at ?? null,
      windowEndsAt: opening?.window_ends_at ?? null,
      bidCount: opening ? Number(opening.bid_count) : 0,
      nextStep: fromJson<{ step: string; basis: string }>(opening?.next_step ?? null),
      recordedAt: opening?.recorded_at ?? null,
    }
    if (!opening) return { ...base, status: 'sealed', bids: [], objections: [] }
    const rows: DecryptionRow[] = await this.repo.decryptionsOfLot(lotId)
    const bids = new Map((await this.repo.bidsOfLot(lotId)).map((b) => [b.id, b]))
    const orgs = new Map(
      (await this.trading.findOrgs([...bids.values()].map((b) => b.org_id))).map((o) => [o.id, o]),
    )
    const show = opening.status === 'recorded'
    const versions = await Promise.all(rows.map((r) => this.repo.findVersion(r.bid_id, Number(r.version))))
    const objections = await this.repo.objectionsOfLot(lotId)
    return {
      ...base,
      status: opening.status as OpeningResponse['status'],
      bids: rows.map((r, i) => {
        const bid = bids.get(r.bid_id)
        const org = orgs.get(bid?.org_id ?? '')
        const figures = show ? fromJson<BidOpeningForm>(r.figures) : null
        return {
          bidId: r.bid_id,
          orgName: org?.name ?? '',
          creditCode: org?.credit_code ?? '',
          receivedAt: versions[i]?.received_at ?? '',
          version: Number(r.version),
          decryption: r.status,
          blame: r.blame,
          priceFen: figures?.priceFen ?? null,
          durationDays: figures?.durationDays ?? null,
          isMine: myOrg !== null && bid?.org_id === myOrg,
        }
      }),
      objections: objections.map((o) => ({
        id: o.id,
        orgName: orgs.get(o.org_id)?.name ?? '',
        text: o.text,
        raisedAt: o.raised_at,
        answer: o.answer,
        answeredAt: o.answered_at,
      })),
    }
  }
}
