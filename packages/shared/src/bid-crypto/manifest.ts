import { z } from 'zod'
import { toHex } from '../sha256'
import {
  BID_MANIFEST_FILE_ID,
  BID_OPENING_FORM_NAME,
  BidCryptoError,
  type Bytes,
  bytes,
  enc,
  subtle,
} from './bytes'
import { openSmall, sealSmall } from './chunks'

/** Sealed bids: the opening form and the encrypted manifest of a bid's files. */
export const bidOpeningFormSchema = z.strictObject({
  /** the bid price (投标报价), fen */
  priceFen: z.number().int().positive().max(1e15),
  /** the duration (工期 / 交货期), calendar days */
  durationDays: z.number().int().positive().max(3650).optional(),
})
export type BidOpeningForm = z.infer<typeof bidOpeningFormSchema>

export const bidManifestFileSchema = z.strictObject({
  fileId: z.string().regex(/^f[0-9]{1,3}$/),
  name: z.string().min(1).max(255),
  size: z.number().int().min(0),
  chunks: z.number().int().min(1),
  /** SHA-256 of the plaintext, hex */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
export const bidManifestSchema = z.strictObject({
  format: z.literal('yimin-bid-manifest/1'),
  files: z.array(bidManifestFileSchema).min(1).max(100),
})
export type BidManifest = z.infer<typeof bidManifestSchema>

export async function sealManifest(
  key: Uint8Array,
  bidId: string,
  version: number,
  m: BidManifest,
): Promise<Bytes> {
  return sealSmall(key, { bidId, version, fileId: BID_MANIFEST_FILE_ID }, enc.encode(JSON.stringify(m)))
}

export async function openManifest(
  key: Uint8Array,
  bidId: string,
  version: number,
  sealed: Uint8Array,
): Promise<BidManifest> {
  const plain = await openSmall(key, { bidId, version, fileId: BID_MANIFEST_FILE_ID }, sealed)
  const parsed = bidManifestSchema.safeParse(JSON.parse(new TextDecoder().decode(plain)))
  if (!parsed.success) throw new BidCryptoError('manifest', 'the manifest is malformed')
  if (parsed.data.files[0]?.name !== BID_OPENING_FORM_NAME)
    throw new BidCryptoError('manifest', `the first file must be ${BID_OPENING_FORM_NAME}`)
  return parsed.data
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest('SHA-256', bytes(data))))
}
