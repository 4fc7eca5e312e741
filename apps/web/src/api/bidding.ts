import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  BID_CHUNK_BYTES,
  BID_OPENING_FORM_NAME,
  bidCommit,
  checkAgainstReceipt,
  encryptChunks,
  newBidKey,
  newDecryptionCode,
  sealManifest,
  Sha256,
  toHex,
  unwrapBidKey,
  verifyReceipt,
  wrapBidKey,
  type BidManifest,
  type BidOpeningForm,
  type BidReceipt,
  type OpeningResponse,
  type WrappedBidKey,
  type biddingLotResponse,
  type centerKeyResponse,
  type bidderResponse,
  type bidderStaffResponse,
} from '@yimin/shared'
import type { z } from 'zod'
import { api, post, seg } from './client'

export type BiddingLot = z.infer<typeof biddingLotResponse>
export type CenterKey = z.infer<typeof centerKeyResponse>
export type Bidder = z.infer<typeof bidderResponse>
export type BidderStaffMember = z.infer<typeof bidderStaffResponse>
export type { OpeningResponse }

const base = '/api/v1/bidding'

const DEVICE_KEY = 'yimin.bid-device'
/**
 * A random id this browser keeps and sends with each upload (never anything about the bid): the
 * supervisor's rigging rules look for bids of different bidders sealed on one device.
 */
function deviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY)
  if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
    id = toHex(crypto.getRandomValues(new Uint8Array(16)))
    localStorage.setItem(DEVICE_KEY, id)
  }
  return id
}

export const useBidder = () =>
  useQuery({ queryKey: ['bidding', 'me'], queryFn: ({ signal }) => api<Bidder>(`${base}/me`, { signal }) })

export const useBiddingLots = () =>
  useQuery({
    queryKey: ['bidding', 'lots'],
    queryFn: ({ signal }) => api<BiddingLot[]>(`${base}/lots`, { signal }),
  })

export const useCenterKey = () =>
  useQuery({
    queryKey: ['bidding', 'center-key'],
    queryFn: ({ signal }) => api<CenterKey>(`${base}/center-key`, { signal }),
  })

export const useOpening = (lotId: string) =>
  useQuery({
    queryKey: ['bidding', 'opening', lotId],
    queryFn: ({ signal }) => api<OpeningResponse>(`${base}/lots/${seg(lotId)}/opening`, { signal }),
  })

export function useObtainDocuments() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (lotId: string) => post(`${base}/lots/${seg(lotId)}/documents`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['bidding', 'lots'] }),
  })
}

export function useWithdraw() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (bidId: string) => post(`${base}/bids/${seg(bidId)}/withdraw`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['bidding', 'lots'] }),
  })
}

export function useOpeningActions(lotId: string) {
  const qc = useQueryClient()
  const done = () => qc.invalidateQueries({ queryKey: ['bidding', 'opening', lotId] })
  return {
    start: useMutation({ mutationFn: () => post(`${base}/lots/${seg(lotId)}/opening`), onSuccess: done }),
    object: useMutation({
      mutationFn: (text: string) => post(`${base}/lots/${seg(lotId)}/objections`, { text }),
      onSuccess: done,
    }),
    answer: useMutation({
      mutationFn: (v: { id: string; answer: string }) =>
        post(`${base}/objections/${seg(v.id)}/answer`, { answer: v.answer }),
      onSuccess: done,
    }),
  }
}

export const useBidderStaff = () =>
  useQuery({
    queryKey: ['bidding', 'staff'],
    queryFn: ({ signal }) => api<BidderStaffMember[]>(`${base}/me/staff`, { signal }),
  })

export function useAddBidderStaff() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: { username: string; displayName: string; password: string; idNumber: string }) =>
      post<{ userId: string }>(`${base}/me/staff`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['bidding', 'staff'] }),
  })
}

export const requestBidderCode = (phone: string) => post(`${base}/register/code`, { phone })
export const registerBidder = (body: Record<string, string>) => post<Bidder>(`${base}/register`, body)

export interface SignedReceipt {
  receipt: BidReceipt
  signature: string
  publicKeyHex: string
}

export interface SealProgress {
  done: number
  total: number
}

/**
 * Seals and uploads a bid in this browser: a fresh K and decryption code, K wrapped under the
 * code (and the passphrase), the wrapping proven to open before anything is sent, each file read
 * and encrypted one chunk at a time (never whole), chunks uploaded as they are sealed, then the
 * receipt checked against the center's key. Neither the code nor the passphrase is sent.
 */
export async function sealAndUpload(
  lotId: string,
  form: BidOpeningForm,
  files: File[],
  passphrase: string | null,
  onProgress: (p: SealProgress) => void,
): Promise<SignedReceipt & { code: string }> {
  const { bidId, nextVersion: version } = await post<{ bidId: string; nextVersion: number }>(
    `${base}/lots/${seg(lotId)}/bid`,
  )
  const key = newBidKey()
  const code = newDecryptionCode()
  const wrappedKey = await wrapBidKey(key, code, passphrase)
  // the proof: the wrapping opens with the code (and passphrase) to the same K
  if (toHex(await unwrapBidKey(wrappedKey, code, passphrase)) !== toHex(key))
    throw new Error('wrap check failed')
  const formBlob = new Blob([JSON.stringify(form)], { type: 'application/json' })
  const all: Array<{ name: string; blob: Blob }> = [
    { name: BID_OPENING_FORM_NAME, blob: formBlob },
    ...files.map((f) => ({ name: f.name, blob: f })),
  ]
  const counts = all.map((f) => Math.max(1, Math.ceil(f.blob.size / BID_CHUNK_BYTES)))
  const total = counts.reduce((a, b) => a + b, 0)
  // the manifest's plaintext hashes need a first pass (one chunk in memory at a time)
  const manifest: BidManifest = { format: 'yimin-bid-manifest/1', files: [] }
  for (const [i, f] of all.entries()) {
    const h = new Sha256()
    for (let s = 0; s < f.blob.size; s += BID_CHUNK_BYTES)
      h.update(new Uint8Array(await f.blob.slice(s, s + BID_CHUNK_BYTES).arrayBuffer()))
    manifest.files.push({
      fileId: `f${i}`,
      name: f.name,
      size: f.blob.size,
      chunks: counts[i]!,
      sha256: h.hex(),
    })
  }
  const sealed = await sealManifest(key, bidId, version, manifest)
  await post(`${base}/bids/${seg(bidId)}/versions`, {
    version,
    wrappedKey,
    sealedManifest: btoa(String.fromCharCode(...sealed)),
    commit: await bidCommit(key, bidId, version),
    files: all.map((_, i) => ({ fileId: `f${i}`, chunks: counts[i]! })),
    deviceId: deviceId(),
  })
  let done = 0
  const cipherHashes: Array<{ fileId: string; ciphertextSha256: string }> = []
  for (const [i, f] of all.entries()) {
    const fileId = `f${i}`
    const cipher = new Sha256()
    const gen = encryptChunks(
      key,
      { bidId, version, fileId },
      f.blob.size,
      async (s, e) => new Uint8Array(await f.blob.slice(s, e).arrayBuffer()),
    )
    for (;;) {
      const next = await gen.next()
      if (next.done) break
      cipher.update(next.value.ciphertext)
      await api(`${base}/bids/${seg(bidId)}/versions/${version}/files/${fileId}/chunks/${next.value.index}`, {
        method: 'PUT',
        file: { bytes: next.value.ciphertext.buffer, type: 'application/octet-stream' },
      })
      onProgress({ done: ++done, total })
    }
    cipherHashes.push({ fileId, ciphertextSha256: cipher.hex() })
  }
  const signed = await post<SignedReceipt>(`${base}/bids/${seg(bidId)}/versions/${version}/finish`, {
    files: cipherHashes,
  })
  if (!(await verifyReceipt(signed.receipt, signed.signature, signed.publicKeyHex)))
    throw new Error('receipt signature invalid')
  return { ...signed, code }
}

interface SealedBid {
  bidId: string
  version: number
  wrappedKey: WrappedBidKey
  sealedManifest: string
  receipt: BidReceipt
  signature: string
  publicKeyHex: string
}

const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0))

/** Opens the stored wrapping with the code in this browser and checks it against the receipt. */
async function openOwnBid(bidId: string, code: string, passphrase: string | null) {
  const sealed = await api<SealedBid>(`${base}/bids/${seg(bidId)}/sealed`)
  if (!(await verifyReceipt(sealed.receipt, sealed.signature, sealed.publicKeyHex)))
    throw new Error('receipt signature invalid')
  const key = await unwrapBidKey(sealed.wrappedKey, code, passphrase)
  const manifest = await checkAgainstReceipt(key, sealed.receipt, fromBase64(sealed.sealedManifest))
  return { key, manifest, receipt: sealed.receipt }
}

/** The decryption rehearsal (解密演练): nothing is sent. */
export async function rehearse(bidId: string, code: string, passphrase: string | null) {
  const { manifest, receipt } = await openOwnBid(bidId, code, passphrase)
  return { files: manifest.files.map((f) => ({ name: f.name, size: f.size })), version: receipt.version }
}

/** At the opening: K (never the code) is sent, after the manifest checked out against the receipt. */
export async function decryptAtOpening(bidId: string, code: string, passphrase: string | null) {
  const { key } = await openOwnBid(bidId, code, passphrase)
  return post<OpeningResponse>(`${base}/bids/${seg(bidId)}/key`, { key: toHex(key) })
}

export { verifyReceipt }
