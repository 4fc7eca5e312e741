import { Readable } from 'node:stream'
import { newBidKey, toHex, wrapBidKey, type BidOpeningForm, type Principal } from '@yimin/shared'
import type { Container } from '../../container'
import { sealInMemory } from '../../modules/bidding/seal-in-memory'

/**
 * A demo bidder's sealed bid, made in Node exactly as the browser makes it (the shared Web
 * Crypto code of modules/bidding/test-fixtures.ts): a random bid key K wrapped under the bidder's
 * decryption code, each file encrypted in chunks, the manifest sealed, the commit sent; then
 * uploaded through the bidding service's own steps (reserve, start, chunks, finish), so the
 * deadline, the receipt and the chain apply. The server never sees the code; the caller keeps K
 * to send at the opening, as the browser would after the bidder typed the code.
 */
export interface SealedBid {
  bidId: string
  version: number
  /** hex of K: what the bidder's browser sends at the opening */
  keyHex: string
}

export async function sealAndUploadBid(
  c: Container,
  bidder: Principal,
  lotId: string,
  input: { form: BidOpeningForm; files: Array<{ name: string; text: string }>; code: string; ip: string },
): Promise<SealedBid> {
  const { bids } = c.bidding
  const { bidId, nextVersion: version } = await bids.reserve(bidder, lotId)
  const key = newBidKey()
  const wrappedKey = await wrapBidKey(key, input.code, null)
  const {
    files: sealed,
    sealedManifest,
    commit,
  } = await sealInMemory(
    key,
    bidId,
    version,
    input.form,
    input.files.map((f) => ({ name: f.name, data: new TextEncoder().encode(f.text) })),
  )
  await bids.startVersion(
    bidder,
    bidId,
    {
      version,
      wrappedKey,
      sealedManifest: Buffer.from(sealedManifest).toString('base64'),
      commit,
      files: sealed.map((f) => ({ fileId: f.fileId, chunks: f.chunks.length })),
    },
    input.ip,
  )
  for (const f of sealed)
    for (const [i, chunk] of f.chunks.entries())
      await bids.putChunk(bidder, bidId, version, f.fileId, i, Readable.from([Buffer.from(chunk)]))
  await bids.finish(bidder, bidId, version, {
    files: sealed.map((f) => ({ fileId: f.fileId, ciphertextSha256: f.cipherSha })),
  })
  return { bidId, version, keyHex: toHex(key) }
}
