/** Sealed bids: the constants, the error and the byte helpers the parts share. */
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

export const subtle = () => globalThis.crypto.subtle
export const enc = new TextEncoder()
export type Bytes = Uint8Array<ArrayBuffer>
export type FileKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.deriveKey>>
export const bytes = (u: Uint8Array): Bytes => u as Bytes

export function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

export function u32(n: number): Uint8Array {
  const b = new Uint8Array(4)
  new DataView(b.buffer).setUint32(0, n)
  return b
}

export function randomBytes(n: number): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(n))
}
