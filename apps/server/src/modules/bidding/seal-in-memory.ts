import {
  BID_OPENING_FORM_NAME,
  bidCommit,
  encryptChunks,
  sealManifest,
  Sha256,
  type BidManifest,
  type BidOpeningForm,
} from '@yimin/shared'

/** One file of a bid, encrypted: its chunks and the SHA-256 of its ciphertext. */
export interface SealedFile {
  fileId: string
  chunks: Uint8Array[]
  cipherSha: string
}

/**
 * Seals a bid's files held in memory exactly as the browser seals files it streams (the shared
 * Web Crypto code): the opening form first, each file encrypted in chunks under the bid key K,
 * the manifest of names, sizes, chunk counts and plaintext hashes sealed, and the commit. For
 * the tests' bidder client and the demo's bidders; the browser has its own streaming path.
 */
export async function sealInMemory(
  key: Uint8Array,
  bidId: string,
  version: number,
  form: BidOpeningForm,
  files: ReadonlyArray<{ name: string; data: Uint8Array }>,
): Promise<{ files: SealedFile[]; sealedManifest: Uint8Array; commit: string }> {
  const all = [
    { name: BID_OPENING_FORM_NAME, data: new TextEncoder().encode(JSON.stringify(form)) },
    ...files,
  ]
  const manifest: BidManifest = { format: 'yimin-bid-manifest/1', files: [] }
  const sealed: SealedFile[] = []
  for (const [i, f] of all.entries()) {
    const fileId = `f${i}`
    const chunks: Uint8Array[] = []
    const cipher = new Sha256()
    const gen = encryptChunks(key, { bidId, version, fileId }, f.data.length, async (s, e) =>
      f.data.subarray(s, e),
    )
    let plainSha = ''
    for (;;) {
      const next = await gen.next()
      if (next.done) {
        plainSha = next.value
        break
      }
      chunks.push(next.value.ciphertext)
      cipher.update(next.value.ciphertext)
    }
    manifest.files.push({
      fileId,
      name: f.name,
      size: f.data.length,
      chunks: chunks.length,
      sha256: plainSha,
    })
    sealed.push({ fileId, chunks, cipherSha: cipher.hex() })
  }
  return {
    files: sealed,
    sealedManifest: await sealManifest(key, bidId, version, manifest),
    commit: await bidCommit(key, bidId, version),
  }
}
