import { z } from 'zod'
import { fromHex } from '../sha256'
import { BidCryptoError, type Bytes, bytes, enc, subtle } from './bytes'
import { bidCommit } from './bid-key'
import { type BidManifest, openManifest, sha256Hex } from './manifest'

/** Sealed bids: the receipt the center signs, and the bidder's checks against it. */
export const bidReceiptSchema = z.strictObject({
  format: z.literal('yimin-bid-receipt/1'),
  bidId: z.string(),
  lotId: z.string(),
  orgId: z.string(),
  version: z.number().int().min(1),
  /** the server clock when the receipt was committed */
  receivedAt: z.string(),
  manifestSha256: z.string(),
  files: z.array(
    z.strictObject({ fileId: z.string(), size: z.number().int(), ciphertextSha256: z.string() }),
  ),
  commit: z.string(),
})
export type BidReceipt = z.infer<typeof bidReceiptSchema>

/** The bytes signed: the receipt's JSON with keys in a fixed order (the schema's). */
export function receiptBytes(r: BidReceipt): Bytes {
  const files = r.files.map((f) => ({ fileId: f.fileId, size: f.size, ciphertextSha256: f.ciphertextSha256 }))
  return enc.encode(
    JSON.stringify({
      format: r.format,
      bidId: r.bidId,
      lotId: r.lotId,
      orgId: r.orgId,
      version: r.version,
      receivedAt: r.receivedAt,
      manifestSha256: r.manifestSha256,
      files,
      commit: r.commit,
    }),
  )
}

/** Checks the center's Ed25519 signature (base64) with its public key (raw 32 bytes, hex). */
export async function verifyReceipt(
  r: BidReceipt,
  signatureB64: string,
  publicKeyHex: string,
): Promise<boolean> {
  try {
    const pub = await subtle().importKey('raw', bytes(fromHex(publicKeyHex)), { name: 'Ed25519' }, false, [
      'verify',
    ])
    const sig = Uint8Array.from(atob(signatureB64), (c) => c.charCodeAt(0))
    return await subtle().verify({ name: 'Ed25519' }, pub, sig, receiptBytes(r))
  } catch {
    return false
  }
}

/**
 * At the opening, before sending K: the sealed manifest is the one the receipt names, and K
 * matches the receipt's commit. Returns the manifest.
 */
export async function checkAgainstReceipt(
  key: Uint8Array,
  receipt: BidReceipt,
  sealedManifest: Uint8Array,
): Promise<BidManifest> {
  if ((await sha256Hex(sealedManifest)) !== receipt.manifestSha256)
    throw new BidCryptoError('receipt', 'the stored manifest is not the one on the receipt')
  if ((await bidCommit(key, receipt.bidId, receipt.version)) !== receipt.commit)
    throw new BidCryptoError('commit', 'this key is not the one committed on the receipt')
  return openManifest(key, receipt.bidId, receipt.version, sealedManifest)
}
