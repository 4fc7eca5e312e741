import { createHash, randomBytes } from 'node:crypto'
import type { Readable } from 'node:stream'
import {
  BID_CHUNK_BYTES,
  BID_TAG_BYTES,
  type BidReceipt,
  type Principal,
  type WrappedBidKey,
} from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { isUniqueViolation } from '../../db/dialect'
import { fromJson, toJson } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { requireStaff } from '../auth/permissions'
import type { FileStorage } from '../storage/file-storage'
import type { TradingJournal } from '../trading/trading-journal'
import type { TradingQueries } from '../trading/trading.queries'
import { sealOf, type BiddersService } from './bidders.service'
import type { BiddingRepository, BidRow, BidVersionRow } from './bidding.repository'
import { beforeDeadline } from './opening.rules'
import type { ReceiptSigner } from './receipt-signer'

const FULL_CHUNK = BID_CHUNK_BYTES + BID_TAG_BYTES

/** Retries a transaction that lost the project's chain to a concurrent append. */
export async function withChainRetry<T>(run: () => Promise<T>, tries = 25): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run()
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'TRADING_CONCURRENT_CHANGE') || i >= tries) throw err
      await new Promise((r) => setTimeout(r, Math.random() * 20 * i))
    }
  }
}

/**
 * Sealed bids (加密投标): the browser encrypts; the server stores ciphertext chunks as they
 * stream in, checks the deadline by its own clock at every step, and at the end commits the
 * version with a receipt signed by the center's key. Replacing is a new version; withdrawing
 * ends the bid. Every step before the opening is a sealed event in the project's chain.
 */
export class BidsService {
  constructor(
    private readonly db: Db,
    private readonly repo: BiddingRepository,
    private readonly trading: TradingQueries,
    private readonly bidders: BiddersService,
    private readonly journal: TradingJournal,
    private readonly storage: FileStorage,
    private readonly signer: ReceiptSigner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private async deadlineOf(lotId: string, tx: Executor = this.db): Promise<string> {
    const { lot } = await this.bidders.lotWithProject(lotId, tx)
    if (!lot.bid_deadline) throw new AppError('BID_LOT_NOT_OPEN', 'the lot is not open for bids')
    return lot.bid_deadline
  }

  private assertBefore(deadline: string): void {
    if (!beforeDeadline(this.clock.now(), deadline))
      throw new AppError('BID_DEADLINE_PASSED', 'the bid deadline has passed', { deadline })
  }

  /** The principal's own bid; anyone else's is BID_NOT_FOUND. */
  async ownBid(actor: Principal, bidId: string, tx: Executor = this.db): Promise<BidRow> {
    const orgId = await this.bidders.orgOf(actor, tx)
    const bid = await this.repo.findBid(bidId, tx)
    if (!bid || bid.org_id !== orgId) throw new AppError('BID_NOT_FOUND', 'no such bid')
    return bid
  }

  /** The bid of this bidder for the lot (made on first call) and the next version number. */
  async reserve(actor: Principal, lotId: string): Promise<{ bidId: string; nextVersion: number }> {
    const orgId = await this.bidders.orgOf(actor)
    this.assertBefore(await this.deadlineOf(lotId))
    if (!(await this.repo.findDocuments(lotId, orgId)))
      throw new AppError('BID_DOCUMENTS_REQUIRED', "obtain the lot's documents first")
    let bid = await this.repo.findBidOf(lotId, orgId)
    if (!bid) {
      const row: BidRow = {
        id: newId(),
        lot_id: lotId,
        org_id: orgId,
        status: 'active',
        final_version: null,
        seal_salt: randomBytes(16).toString('hex'),
        created_at: this.clock.now().toISOString(),
      }
      try {
        await this.db.transaction().execute((tx) => this.repo.insertBid(row, tx))
        bid = row
      } catch (err) {
        if (!isUniqueViolation(err)) throw err
        bid = await this.repo.findBidOf(lotId, orgId)
        if (!bid) throw err
      }
    }
    return { bidId: bid.id, nextVersion: (await this.repo.lastVersion(bid.id)) + 1 }
  }

  async startVersion(
    actor: Principal,
    bidId: string,
    input: {
      version: number
      wrappedKey: WrappedBidKey
      sealedManifest: string
      commit: string
      files: Array<{ fileId: string; chunks: number }>
      deviceId?: string
    },
    ip: string | null,
  ) {
    const bid = await this.ownBid(actor, bidId)
    this.assertBefore(await this.deadlineOf(bid.lot_id))
    const ids = input.files.map((f) => f.fileId)
    if (new Set(ids).size !== ids.length || ids[0] !== 'f0')
      throw new AppError('BID_CHUNK_INVALID', 'files must be distinct, the opening form (f0) first')
    const manifest = Buffer.from(input.sealedManifest, 'base64')
    if (manifest.length < BID_TAG_BYTES || manifest.toString('base64') !== input.sealedManifest)
      throw new AppError('BID_CHUNK_INVALID', 'the sealed manifest is not base64')
    const row: BidVersionRow = {
      bid_id: bidId,
      version: input.version,
      status: 'uploading',
      wrapped_key: toJson(input.wrappedKey),
      sealed_manifest: input.sealedManifest,
      manifest_sha256: createHash('sha256').update(manifest).digest('hex'),
      commit_hash: input.commit,
      files: toJson(input.files),
      receipt: null,
      signature: null,
      received_at: null,
      upload_ip: ip,
      upload_device: input.deviceId ?? null,
      created_by: requireStaff(actor).userId,
      created_at: this.clock.now().toISOString(),
    }
    try {
      await this.db.transaction().execute(async (tx) => {
        if ((await this.repo.lastVersion(bidId, tx)) + 1 !== input.version)
          throw new AppError('BID_UPLOAD_STATE', 'this version number is taken; reserve again')
        await this.repo.abandonUploading(bidId, tx)
        await this.repo.insertVersion(row, tx)
      })
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('BID_UPLOAD_STATE', 'this version number is taken; reserve again')
      throw err
    }
    return { bidId, version: input.version }
  }

  private async uploadingVersion(bid: BidRow, version: number, tx: Executor = this.db) {
    const v = await this.repo.findVersion(bid.id, version, tx)
    if (!v || v.status !== 'uploading')
      throw new AppError('BID_UPLOAD_STATE', 'this version is not being uploaded')
    return v
  }

  /** One ciphertext chunk, streamed to storage (never more than one chunk in flight per request). */
  async putChunk(
    actor: Principal,
    bidId: string,
    version: number,
    fileId: string,
    index: number,
    body: Readable,
  ): Promise<{ stored: true; size: number }> {
    const bid = await this.ownBid(actor, bidId)
    const deadline = await this.deadlineOf(bid.lot_id)
    this.assertBefore(deadline)
    const v = await this.uploadingVersion(bid, version)
    const declared = fromJson<Array<{ fileId: string; chunks: number }>>(v.files) ?? []
    const file = declared.find((f) => f.fileId === fileId)
    if (!file || index < 0 || index >= file.chunks)
      throw new AppError('BID_CHUNK_INVALID', 'no such chunk in this version', { fileId, index })
    let stored
    try {
      stored = await this.storage.put(body, { maxBytes: FULL_CHUNK })
    } catch (err) {
      if (err instanceof AppError && err.code === 'FILE_TOO_LARGE')
        throw new AppError('BID_CHUNK_INVALID', 'a chunk is at most 1 MiB and its tag', {
          maxBytes: FULL_CHUNK,
        })
      throw err
    }
    const isLast = index === file.chunks - 1
    if (isLast ? stored.size < BID_TAG_BYTES : stored.size !== FULL_CHUNK)
      throw new AppError('BID_CHUNK_INVALID', 'a chunk has the wrong size', { size: stored.size })
    // stored, by the server clock, before the deadline
    this.assertBefore(deadline)
    await this.repo.upsertChunk({
      bid_id: bidId,
      version,
      file_id: fileId,
      chunk_index: index,
      storage_key: stored.key,
      size: stored.size,
      stored_at: this.clock.now().toISOString(),
    })
    return { stored: true, size: stored.size }
  }

  /** SHA-256 of a stored file's ciphertext, streamed chunk by chunk from storage. */
  async ciphertextHash(chunkKeys: readonly string[]): Promise<string> {
    const hash = createHash('sha256')
    for (const key of chunkKeys)
      for await (const piece of await this.storage.get(key)) hash.update(piece as Buffer)
    return hash.digest('hex')
  }

  /** Commits the version: every chunk stored, hashes agreeing, the receipt signed, before the deadline. */
  async finish(
    actor: Principal,
    bidId: string,
    version: number,
    input: { files: Array<{ fileId: string; ciphertextSha256: string }> },
  ): Promise<{ receipt: BidReceipt; signature: string; publicKeyHex: string }> {
    const bid = await this.ownBid(actor, bidId)
    const deadline = await this.deadlineOf(bid.lot_id)
    this.assertBefore(deadline)
    const v = await this.uploadingVersion(bid, version)
    const declared = fromJson<Array<{ fileId: string; chunks: number }>>(v.files) ?? []
    const chunks = await this.repo.chunksOf(bidId, version)
    const files: BidReceipt['files'] = []
    for (const f of declared) {
      const mine = chunks.filter((c) => c.file_id === f.fileId).sort((a, b) => a.chunk_index - b.chunk_index)
      if (mine.length !== f.chunks)
        throw new AppError('BID_UPLOAD_INCOMPLETE', 'chunks are missing', {
          fileId: f.fileId,
          stored: mine.length,
        })
      const claimed = input.files.find((x) => x.fileId === f.fileId)
      const actual = await this.ciphertextHash(mine.map((c) => c.storage_key))
      if (!claimed || claimed.ciphertextSha256 !== actual)
        throw new AppError('BID_UPLOAD_INCOMPLETE', 'a file does not hash as the browser sent it', {
          fileId: f.fileId,
        })
      files.push({
        fileId: f.fileId,
        size: mine.reduce((n, c) => n + Number(c.size), 0),
        ciphertextSha256: actual,
      })
    }
    if (input.files.length !== declared.length)
      throw new AppError('BID_UPLOAD_INCOMPLETE', 'the files differ from those declared')
    return withChainRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const { project } = await this.bidders.lotWithProject(bid.lot_id, tx)
        const current = await this.repo.findBid(bidId, tx)
        await this.uploadingVersion(bid, version, tx)
        const now = this.clock.now()
        if (!beforeDeadline(now, deadline))
          throw new AppError('BID_DEADLINE_PASSED', 'the bid deadline has passed', { deadline })
        const receipt: BidReceipt = {
          format: 'yimin-bid-receipt/1',
          bidId,
          lotId: bid.lot_id,
          orgId: bid.org_id,
          version,
          receivedAt: now.toISOString(),
          manifestSha256: v.manifest_sha256,
          files,
          commit: v.commit_hash,
        }
        const signature = this.signer.sign(receipt)
        if (
          !(await this.repo.moveVersion(
            bidId,
            version,
            'uploading',
            { status: 'sealed', receipt: toJson(receipt), signature, received_at: receipt.receivedAt },
            tx,
          ))
        )
          throw new AppError('BID_UPLOAD_STATE', 'this version is not being uploaded')
        await this.repo.supersede(bidId, version, tx)
        await this.repo.updateBid(bidId, { final_version: version, status: 'active' }, tx)
        const replaced = current?.final_version != null && current.status === 'active'
        await this.journal.append(
          tx,
          project,
          actor,
          receipt.receivedAt,
          replaced ? 'bid.replaced' : 'bid.uploaded',
          {
            lotId: bid.lot_id,
            sealed: true,
            seal: sealOf(bid.seal_salt, bid.lot_id, bid.org_id, bidId, String(version), receipt.commit),
          },
        )
        // the last statement before the commit: the receipt's time is the server's
        if (!beforeDeadline(this.clock.now(), deadline))
          throw new AppError('BID_DEADLINE_PASSED', 'the bid deadline has passed', { deadline })
        return { receipt, signature, publicKeyHex: this.signer.publicKeyHex() }
      }),
    )
  }

  async withdraw(actor: Principal, bidId: string): Promise<{ bidId: string; status: 'withdrawn' }> {
    const bid = await this.ownBid(actor, bidId)
    const deadline = await this.deadlineOf(bid.lot_id)
    this.assertBefore(deadline)
    if (bid.status !== 'active' || bid.final_version === null)
      throw new AppError('BID_UPLOAD_STATE', 'there is no bid to withdraw')
    await withChainRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const { project } = await this.bidders.lotWithProject(bid.lot_id, tx)
        const at = this.clock.now().toISOString()
        await this.repo.abandonUploading(bidId, tx)
        await this.repo.updateBid(bidId, { status: 'withdrawn' }, tx)
        await this.journal.append(tx, project, actor, at, 'bid.withdrawn', {
          lotId: bid.lot_id,
          sealed: true,
          seal: sealOf(bid.seal_salt, bid.lot_id, bid.org_id, bidId, 'withdrawn'),
        })
        this.assertBefore(deadline)
      }),
    )
    await this.audit.record({ actor, action: 'bid.withdraw', subject: `bid:${bidId}` })
    return { bidId, status: 'withdrawn' }
  }

  /** The sealed final version of the principal's own bid (for the rehearsal and the opening). */
  async sealed(actor: Principal, bidId: string) {
    const bid = await this.ownBid(actor, bidId)
    if (bid.final_version === null) throw new AppError('BID_NOT_FOUND', 'no committed version')
    const v = await this.repo.findVersion(bidId, bid.final_version)
    if (!v || !v.receipt || !v.signature) throw new AppError('BID_NOT_FOUND', 'no committed version')
    return {
      bidId,
      version: v.version,
      wrappedKey: fromJson<WrappedBidKey>(v.wrapped_key)!,
      sealedManifest: v.sealed_manifest,
      receipt: fromJson<BidReceipt>(v.receipt)!,
      signature: v.signature,
      publicKeyHex: this.signer.publicKeyHex(),
    }
  }

  publicKeyHex(): string {
    return this.signer.publicKeyHex()
  }
}
