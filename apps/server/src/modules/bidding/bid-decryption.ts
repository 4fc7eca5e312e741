import { createHash } from 'node:crypto'
import {
  bidOpeningFormSchema,
  BID_OPENING_FORM_NAME,
  BidCryptoError,
  decryptStream,
  openManifest,
  type BidOpeningForm,
  type BidReceipt,
} from '@yimin/shared'
import type { FileStorage } from '../storage/file-storage'
import type { BidChunksTable } from './bidding.tables'

const FORM_MAX_BYTES = 64 * 1024

/** What decrypting one bid at the opening came to, and whose failure it is when it failed. */
export type DecryptionOutcome =
  | { status: 'decrypted'; figures: BidOpeningForm; plaintextHashes: string[] }
  | { status: 'failed'; blame: 'bidder' | 'platform'; failure: string }

/**
 * Decrypts one bid from storage as it streams (never whole in memory): opens the manifest with K,
 * checks every file's stored ciphertext against the receipt (a difference is the platform's
 * failure) and its plaintext against the manifest (the bidder's), and reads the opening form
 * (file f0). Answers the figures and the other files' plaintext hashes (for the rigging rules).
 */
export async function decryptBid(
  storage: FileStorage,
  chunks: readonly BidChunksTable[],
  key: Uint8Array,
  bid: { bidId: string; version: number; sealedManifest: string; receipt: BidReceipt },
): Promise<DecryptionOutcome> {
  const { bidId, version, receipt } = bid
  let manifest
  try {
    manifest = await openManifest(key, bidId, version, Buffer.from(bid.sealedManifest, 'base64'))
  } catch (err) {
    return { status: 'failed', blame: 'bidder', failure: err instanceof Error ? err.message : 'manifest' }
  }
  let figures: BidOpeningForm | null = null
  const plaintextHashes: string[] = []
  for (const file of manifest.files) {
    const mine = chunks.filter((c) => c.file_id === file.fileId).sort((a, b) => a.chunk_index - b.chunk_index)
    const onReceipt = receipt.files.find((f) => f.fileId === file.fileId)
    if (!onReceipt || mine.length !== file.chunks)
      return { status: 'failed', blame: 'bidder', failure: `${file.fileId}: not as the manifest says` }
    const cipherHash = createHash('sha256')
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
