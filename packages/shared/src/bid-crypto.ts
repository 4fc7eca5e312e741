import { z } from 'zod'
import { fromHex, Sha256, toHex } from './sha256'

/**
 * Sealed bids (加密投标, issue 19): the one implementation the bidder's browser and the server
 * share, on Web Crypto (`crypto.subtle`, in browsers and in Node as globalThis.crypto).
 *
 * - a random 256-bit bid key K per bid; K is wrapped (AES-KW) under a key derived (HKDF-SHA-256)
 *   from a random 128-bit decryption code the bidder saves or prints, and, optionally, a
 *   passphrase stretched by PBKDF2-SHA-256 (≥ 600,000 iterations): both are then needed;
 * - each file is encrypted in chunks of BID_CHUNK_BYTES with AES-256-GCM under
 *   HKDF(K, bidId ‖ version ‖ fileId); the nonce is the chunk index (96-bit big-endian) and the
 *   associated data bidId ‖ version ‖ fileId ‖ chunk index ‖ is-last, so a reordered, dropped,
 *   truncated or moved chunk fails to decrypt;
 * - the manifest (names, sizes, chunk counts, plaintext SHA-256) is encrypted the same way as
 *   the file `manifest`;
 * - commit = SHA-256("yimin-bid" ‖ K ‖ bidId ‖ version) binds the key the bidder will send at the
 *   opening to the version it uploaded; the receipt the center signs (Ed25519) carries it.
 */
export const BID_CHUNK_BYTES = 1 << 20
export const BID_TAG_BYTES = 16
export const BID_PBKDF2_ITERATIONS = 600_000
export const BID_MANIFEST_FILE_ID = 'manifest'
/** the opening form (开标一览表) every bid carries as its first file, JSON */
export const BID_OPENING_FORM_NAME = 'opening-form.json'

export class BidCryptoError extends Error {
  constructor(
    readonly reason: 'code' | 'chunk' | 'manifest' | 'commit' | 'receipt' | 'hash',
    message: string,
  ) {
    super(message)
    this.name = 'BidCryptoError'
  }
}

const subtle = () => globalThis.crypto.subtle
const enc = new TextEncoder()
type Bytes = Uint8Array<ArrayBuffer>
type FileKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.deriveKey>>
const bytes = (u: Uint8Array): Bytes => u as Bytes

function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4)
  new DataView(b.buffer).setUint32(0, n)
  return b
}

export function randomBytes(n: number): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(n))
}

// ---- the decryption code ----

/** A fresh 128-bit decryption code, as 8 groups of 4 hex digits. */
export function newDecryptionCode(): string {
  return formatDecryptionCode(randomBytes(16))
}

export function formatDecryptionCode(raw: Uint8Array): string {
  return (toHex(raw).toUpperCase().match(/.{4}/g) ?? []).join('-')
}

/** The 16 bytes of a code as typed (spaces, dashes and case ignored), or null when malformed. */
export function parseDecryptionCode(text: string): Bytes | null {
  const hex = text.replace(/[\s-]/g, '').toLowerCase()
  return /^[0-9a-f]{32}$/.test(hex) ? bytes(fromHex(hex)) : null
}

// ---- the bid key and its wrapping ----

export interface WrappedBidKey {
  alg: 'AES-KW'
  /** AES-KW of K (40 bytes), hex */
  wrapped: string
  /** HKDF salt (and PBKDF2 salt with a passphrase), hex */
  salt: string
  /** PBKDF2 iterations of the passphrase, null without one */
  iterations: number | null
}

export const wrappedBidKeySchema = z.strictObject({
  alg: z.literal('AES-KW'),
  wrapped: z.string().regex(/^[0-9a-f]{80}$/),
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  iterations: z.number().int().min(BID_PBKDF2_ITERATIONS).max(10_000_000).nullable(),
})

export function newBidKey(): Bytes {
  return randomBytes(32)
}

async function kek(code: Uint8Array, salt: Uint8Array, passphrase: string | null, iterations: number | null) {
  let ikm: Bytes = bytes(code)
  if (passphrase !== null) {
    if (!iterations || iterations < BID_PBKDF2_ITERATIONS)
      throw new BidCryptoError('code', 'passphrase without enough iterations')
    const pass = await subtle().importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
      'deriveBits',
    ])
    const stretched = await subtle().deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations },
      pass,
      256,
    )
    ikm = concat(code, new Uint8Array(stretched))
  }
  const base = await subtle().importKey('raw', ikm, 'HKDF', false, ['deriveKey'])
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: bytes(salt), info: enc.encode('yimin-bid-kek') },
    base,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  )
}

export async function wrapBidKey(
  key: Uint8Array,
  code: string,
  passphrase: string | null = null,
  iterations = BID_PBKDF2_ITERATIONS,
): Promise<WrappedBidKey> {
  const raw = parseDecryptionCode(code)
  if (!raw) throw new BidCryptoError('code', 'malformed decryption code')
  const salt = randomBytes(16)
  const k = await subtle().importKey('raw', bytes(key), 'AES-GCM', true, ['encrypt'])
  const w = await kek(raw, salt, passphrase, passphrase === null ? null : iterations)
  const wrapped = new Uint8Array(await subtle().wrapKey('raw', k, w, 'AES-KW'))
  return {
    alg: 'AES-KW',
    wrapped: toHex(wrapped),
    salt: toHex(salt),
    iterations: passphrase === null ? null : iterations,
  }
}

/** K from its wrapping; a wrong code or passphrase fails (AES-KW's integrity check). */
export async function unwrapBidKey(
  w: WrappedBidKey,
  code: string,
  passphrase: string | null = null,
): Promise<Bytes> {
  const raw = parseDecryptionCode(code)
  if (!raw) throw new BidCryptoError('code', 'malformed decryption code')
  if ((w.iterations === null) !== (passphrase === null))
    throw new BidCryptoError(
      'code',
      w.iterations === null ? 'this bid has no passphrase' : 'this bid needs its passphrase',
    )
  const key = await kek(raw, fromHex(w.salt), passphrase, w.iterations)
  try {
    const k = await subtle().unwrapKey('raw', bytes(fromHex(w.wrapped)), key, 'AES-KW', 'AES-GCM', true, [
      'encrypt',
    ])
    return new Uint8Array(await subtle().exportKey('raw', k))
  } catch {
    throw new BidCryptoError('code', 'the code or passphrase does not open this bid')
  }
}

/** commit = SHA-256("yimin-bid" ‖ K ‖ bidId ‖ version), hex */
export async function bidCommit(key: Uint8Array, bidId: string, version: number): Promise<string> {
  if (key.length !== 32) throw new BidCryptoError('commit', 'a bid key has 32 bytes')
  return toHex(
    new Uint8Array(
      await subtle().digest('SHA-256', concat(enc.encode('yimin-bid'), key, enc.encode(bidId), u32(version))),
    ),
  )
}

// ---- files in chunks ----

export interface ChunkPlace {
  bidId: string
  version: number
  fileId: string
}

export function chunkCount(size: number): number {
  return Math.max(1, Math.ceil(size / BID_CHUNK_BYTES))
}

export function chunkNonce(index: number): Bytes {
  const n = new Uint8Array(12)
  const v = new DataView(n.buffer)
  v.setUint32(4, Math.floor(index / 2 ** 32))
  v.setUint32(8, index >>> 0)
  return n
}

export function chunkAad(place: ChunkPlace, index: number, isLast: boolean): Bytes {
  return concat(
    enc.encode('yimin-bid-chunk\0'),
    enc.encode(place.bidId),
    new Uint8Array([0]),
    u32(place.version),
    enc.encode(place.fileId),
    new Uint8Array([0]),
    chunkNonce(index),
    new Uint8Array([isLast ? 1 : 0]),
  )
}

/** The AES-256-GCM key of one file of one version: HKDF(K, bidId ‖ version ‖ fileId). */
export async function fileKey(key: Uint8Array, place: ChunkPlace): Promise<FileKey> {
  const base = await subtle().importKey('raw', bytes(key), 'HKDF', false, ['deriveKey'])
  return subtle().deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: concat(
        enc.encode('yimin-bid-file\0'),
        enc.encode(place.bidId),
        new Uint8Array([0]),
        u32(place.version),
        enc.encode(place.fileId),
      ),
    },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

export async function encryptChunk(
  fk: FileKey,
  place: ChunkPlace,
  index: number,
  isLast: boolean,
  plaintext: Uint8Array,
): Promise<Bytes> {
  if (plaintext.length > BID_CHUNK_BYTES) throw new BidCryptoError('chunk', 'chunk too large')
  if (!isLast && plaintext.length !== BID_CHUNK_BYTES)
    throw new BidCryptoError('chunk', 'only the last chunk may be short')
  return new Uint8Array(
    await subtle().encrypt(
      { name: 'AES-GCM', iv: chunkNonce(index), additionalData: chunkAad(place, index, isLast) },
      fk,
      bytes(plaintext),
    ),
  )
}

export async function decryptChunk(
  fk: FileKey,
  place: ChunkPlace,
  index: number,
  isLast: boolean,
  ciphertext: Uint8Array,
): Promise<Bytes> {
  try {
    return new Uint8Array(
      await subtle().decrypt(
        { name: 'AES-GCM', iv: chunkNonce(index), additionalData: chunkAad(place, index, isLast) },
        fk,
        bytes(ciphertext),
      ),
    )
  } catch {
    throw new BidCryptoError('chunk', `chunk ${index} of ${place.fileId} does not decrypt`)
  }
}

/**
 * Decrypts a file's ciphertext as it streams (any chunking of the bytes): yields the plaintext
 * chunk by chunk, holding at most two ciphertext chunks. The last chunk is the one the stream
 * ends with, so a file cut at a chunk boundary fails (its last chunk was not sealed as last).
 */
export async function* decryptStream(
  key: Uint8Array,
  place: ChunkPlace,
  source: AsyncIterable<Uint8Array>,
): AsyncGenerator<Bytes> {
  const fk = await fileKey(key, place)
  const full = BID_CHUNK_BYTES + BID_TAG_BYTES
  // pieces kept as they came; joined once a chunk and one more byte are there (no copy per piece)
  let pieces: Uint8Array[] = []
  let held = 0
  let index = 0
  for await (const piece of source) {
    pieces.push(piece)
    held += piece.length
    // more bytes than a chunk: the first chunk is not the last one
    while (held > full) {
      const joined = concat(...pieces)
      yield await decryptChunk(fk, place, index++, false, joined.subarray(0, full))
      pieces = [joined.subarray(full)]
      held = joined.length - full
    }
  }
  const buf = concat(...pieces)
  if (buf.length < BID_TAG_BYTES) throw new BidCryptoError('chunk', `${place.fileId} is truncated`)
  yield await decryptChunk(fk, place, index, true, buf)
}

/**
 * Encrypts a file of `size` bytes chunk by chunk, reading each plaintext chunk when needed
 * (`read(start, end)`: File.slice in the browser), and hashing the plaintext as it goes.
 * Yields each sealed chunk; returns the plaintext SHA-256.
 */
export async function* encryptChunks(
  key: Uint8Array,
  place: ChunkPlace,
  size: number,
  read: (start: number, end: number) => Promise<Uint8Array>,
): AsyncGenerator<{ index: number; isLast: boolean; ciphertext: Bytes }, string> {
  const fk = await fileKey(key, place)
  const hash = new Sha256()
  const n = chunkCount(size)
  for (let index = 0; index < n; index++) {
    const start = index * BID_CHUNK_BYTES
    const plain = await read(start, Math.min(size, start + BID_CHUNK_BYTES))
    hash.update(plain)
    const isLast = index === n - 1
    yield { index, isLast, ciphertext: await encryptChunk(fk, place, index, isLast, plain) }
  }
  return hash.hex()
}

/** A small byte string (the manifest) as one sealed file. */
export async function sealSmall(key: Uint8Array, place: ChunkPlace, plaintext: Uint8Array): Promise<Bytes> {
  if (plaintext.length > BID_CHUNK_BYTES) throw new BidCryptoError('chunk', 'too large for one chunk')
  return encryptChunk(await fileKey(key, place), place, 0, true, plaintext)
}

export async function openSmall(key: Uint8Array, place: ChunkPlace, ciphertext: Uint8Array): Promise<Bytes> {
  return decryptChunk(await fileKey(key, place), place, 0, true, ciphertext)
}

// ---- manifest and opening form ----

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

// ---- receipts ----

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

export { Sha256, toHex, fromHex } from './sha256'
