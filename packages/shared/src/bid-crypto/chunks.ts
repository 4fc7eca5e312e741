import { Sha256 } from '../sha256'
import {
  BID_CHUNK_BYTES,
  BID_TAG_BYTES,
  BidCryptoError,
  type Bytes,
  bytes,
  concat,
  enc,
  type FileKey,
  subtle,
  u32,
} from './bytes'

/** Sealed bids: files encrypted in chunks under HKDF(K, place), decrypted as they stream. */
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
