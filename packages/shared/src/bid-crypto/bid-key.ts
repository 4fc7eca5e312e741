import { z } from 'zod'
import { fromHex, toHex } from '../sha256'
import {
  BID_PBKDF2_ITERATIONS,
  BidCryptoError,
  type Bytes,
  bytes,
  concat,
  enc,
  randomBytes,
  subtle,
  u32,
} from './bytes'

/** Sealed bids: the decryption code, the bid key K, its wrapping and its commit. */
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
