import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  BID_CHUNK_BYTES,
  BID_OPENING_FORM_NAME,
  BID_TAG_BYTES,
  bidCommit,
  checkAgainstReceipt,
  decryptStream,
  encryptChunks,
  newBidKey,
  newDecryptionCode,
  parseDecryptionCode,
  receiptBytes,
  sealManifest,
  Sha256,
  unwrapBidKey,
  verifyReceipt,
  wrapBidKey,
  type BidReceipt,
} from './bid-crypto'

const place = { bidId: 'bid-1', version: 2, fileId: 'f1' }

function pseudoRandom(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n)
  let x = seed
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

async function seal(key: Uint8Array, data: Uint8Array, p = place) {
  const chunks: Uint8Array[] = []
  const gen = encryptChunks(key, p, data.length, async (s, e) => data.subarray(s, e))
  for (;;) {
    const next = await gen.next()
    if (next.done) return { chunks, sha256: next.value }
    chunks.push(next.value.ciphertext)
  }
}

async function open(key: Uint8Array, chunks: Uint8Array[], p = place): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  async function* src() {
    yield* chunks
  }
  for await (const c of decryptStream(key, p, src())) parts.push(c)
  return Buffer.concat(parts)
}

describe('incremental SHA-256', () => {
  it('agrees with node:crypto for every split of several lengths', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 4097]) {
      const data = pseudoRandom(n, n + 1)
      const expected = createHash('sha256').update(data).digest('hex')
      const h = new Sha256()
      for (let i = 0; i < n; i += 37) h.update(data.subarray(i, i + 37))
      expect(h.hex(), `length ${n}`).toBe(expected)
    }
  })
})

describe('sealed bid crypto', () => {
  it('round-trips a file of several chunks in any piece sizes, with the plaintext hash', async () => {
    const key = newBidKey()
    const data = pseudoRandom(2 * BID_CHUNK_BYTES + 12345)
    const { chunks, sha256 } = await seal(key, data)
    expect(chunks.map((c) => c.length)).toEqual([
      BID_CHUNK_BYTES + BID_TAG_BYTES,
      BID_CHUNK_BYTES + BID_TAG_BYTES,
      12345 + BID_TAG_BYTES,
    ])
    expect(sha256).toBe(createHash('sha256').update(data).digest('hex'))
    // the stream may arrive cut anywhere (storage reads 64 KiB at a time)
    const whole = Buffer.concat(chunks)
    const pieces: Uint8Array[] = []
    for (let i = 0; i < whole.length; i += 65536) pieces.push(whole.subarray(i, i + 65536))
    expect(Buffer.compare(Buffer.from(await open(key, pieces)), Buffer.from(data))).toBe(0)
    // an empty file is one sealed chunk
    const empty = await seal(key, new Uint8Array(0))
    expect(empty.chunks).toHaveLength(1)
    expect((await open(key, empty.chunks)).length).toBe(0)
  })

  it('refuses reordered, dropped, truncated, moved or altered chunks and the wrong key', async () => {
    const key = newBidKey()
    const { chunks } = await seal(key, pseudoRandom(3 * BID_CHUNK_BYTES + 10))
    const [a, b, c, d] = chunks as [Uint8Array, Uint8Array, Uint8Array, Uint8Array]
    await expect(open(key, [a, c, b, d])).rejects.toThrow(/does not decrypt/)
    await expect(open(key, [a, b, d])).rejects.toThrow(/does not decrypt/)
    // cut at a chunk boundary: the new last chunk was not sealed as last
    await expect(open(key, [a, b, c])).rejects.toThrow(/does not decrypt/)
    // cut inside the last chunk
    await expect(open(key, [a, b, c, d.subarray(0, 5)])).rejects.toThrow(/does not decrypt|truncated/)
    const flipped = new Uint8Array(b)
    flipped[100] = flipped[100]! ^ 1
    await expect(open(key, [a, flipped, c, d])).rejects.toThrow(/does not decrypt/)
    // the same chunks under another file, version or bid do not decrypt
    await expect(open(key, chunks, { ...place, fileId: 'f2' })).rejects.toThrow(/does not decrypt/)
    await expect(open(key, chunks, { ...place, version: 3 })).rejects.toThrow(/does not decrypt/)
    await expect(open(key, chunks, { ...place, bidId: 'bid-2' })).rejects.toThrow(/does not decrypt/)
    await expect(open(newBidKey(), chunks)).rejects.toThrow(/does not decrypt/)
    expect((await open(key, chunks)).length).toBe(3 * BID_CHUNK_BYTES + 10)
  })

  it('unwraps K with the right code only, and with the passphrase when one was set', async () => {
    const key = newBidKey()
    const code = newDecryptionCode()
    expect(code).toMatch(/^([0-9A-F]{4}-){7}[0-9A-F]{4}$/)
    expect(parseDecryptionCode(code.toLowerCase().replace(/-/g, ' '))).toHaveLength(16)
    expect(parseDecryptionCode('12-34')).toBeNull()
    const w = await wrapBidKey(key, code)
    expect(Buffer.from(await unwrapBidKey(w, code)).equals(Buffer.from(key))).toBe(true)
    await expect(unwrapBidKey(w, newDecryptionCode())).rejects.toThrow(/does not open/)
    await expect(unwrapBidKey(w, code, 'a passphrase')).rejects.toThrow(/no passphrase/)
    // with a passphrase (600,000 iterations; the floor cannot be lowered)
    await expect(wrapBidKey(key, code, 'x', 1000)).rejects.toThrow(/iterations/)
    const w2 = await wrapBidKey(key, code, '天山 2026')
    expect(w2.iterations).toBe(600_000)
    expect(Buffer.from(await unwrapBidKey(w2, code, '天山 2026')).equals(Buffer.from(key))).toBe(true)
    await expect(unwrapBidKey(w2, code, '天山 2025')).rejects.toThrow(/does not open/)
    await expect(unwrapBidKey(w2, code)).rejects.toThrow(/needs its passphrase/)
  }, 30_000)

  it('binds the commit to K, the bid and the version; the receipt check and signature', async () => {
    const key = newBidKey()
    const commit = await bidCommit(key, 'bid-1', 2)
    expect(commit).toBe(
      createHash('sha256')
        .update(
          Buffer.concat([Buffer.from('yimin-bid'), key, Buffer.from('bid-1'), Buffer.from([0, 0, 0, 2])]),
        )
        .digest('hex'),
    )
    expect(await bidCommit(key, 'bid-1', 3)).not.toBe(commit)
    expect(await bidCommit(newBidKey(), 'bid-1', 2)).not.toBe(commit)

    const manifest = {
      format: 'yimin-bid-manifest/1' as const,
      files: [{ fileId: 'f0', name: BID_OPENING_FORM_NAME, size: 3, chunks: 1, sha256: 'a'.repeat(64) }],
    }
    const sealed = await sealManifest(key, 'bid-1', 2, manifest)
    const receipt: BidReceipt = {
      format: 'yimin-bid-receipt/1',
      bidId: 'bid-1',
      lotId: 'lot-1',
      orgId: 'org-1',
      version: 2,
      receivedAt: '2026-06-22T02:29:59.000Z',
      manifestSha256: createHash('sha256').update(sealed).digest('hex'),
      files: [{ fileId: 'f0', size: 19, ciphertextSha256: 'b'.repeat(64) }],
      commit,
    }
    expect(await checkAgainstReceipt(key, receipt, sealed)).toEqual(manifest)
    await expect(checkAgainstReceipt(newBidKey(), receipt, sealed)).rejects.toThrow(/not the one committed/)
    const other = await sealManifest(key, 'bid-1', 2, {
      ...manifest,
      files: [{ ...manifest.files[0]!, size: 4 }],
    })
    await expect(checkAgainstReceipt(key, receipt, other)).rejects.toThrow(/not the one on the receipt/)

    const { publicKey, privateKey } = generateKeyPairSync('ed25519')
    const pubHex = Buffer.from(publicKey.export({ format: 'der', type: 'spki' }))
      .subarray(-32)
      .toString('hex')
    const sig = sign(null, receiptBytes(receipt), privateKey).toString('base64')
    expect(await verifyReceipt(receipt, sig, pubHex)).toBe(true)
    expect(await verifyReceipt({ ...receipt, receivedAt: '2026-06-22T02:30:00.000Z' }, sig, pubHex)).toBe(
      false,
    )
    expect(await verifyReceipt({ ...receipt, commit: 'c'.repeat(64) }, sig, pubHex)).toBe(false)
  })
})
