import type { FastifyInstance } from 'fastify'
import {
  newBidKey,
  newDecryptionCode,
  residentIdCheckChar,
  toHex,
  wrapBidKey,
  type BidOpeningForm,
  type BidReceipt,
} from '@yimin/shared'
import type { Db } from '../../db/database'
import { sealInMemory } from './seal-in-memory'

/**
 * A bidder's client in Node, for integration tests and the bench: the same shared code the
 * browser runs (Web Crypto), talking to the API through `inject`. No test-runner imports.
 */
export interface UploadedBid {
  bidId: string
  version: number
  key: Uint8Array
  code: string
  receipt: BidReceipt
  signature: string
  publicKeyHex: string
}

type Api = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  cookie: string | null,
  payload?: object | Buffer,
) => Promise<{ statusCode: number; body: string; json: <T = any>() => T; headers: Record<string, unknown> }>

export function apiOf(app: FastifyInstance): Api {
  return (method, url, cookie, payload) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(Buffer.isBuffer(payload) ? { 'content-type': 'application/octet-stream' } : {}),
      },
      ...(payload !== undefined ? { payload } : {}),
    })
}

function expectOk(res: { statusCode: number; body: string }, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`)
}

/** A valid resident ID number (check character computed), distinct per `n` below 1000. */
export function testResidentId(n: number): string {
  const first17 = `65010219800101${String(n % 1000).padStart(3, '0')}`
  return first17 + residentIdCheckChar(first17)
}

/** Registers a bidder through the API (SMS code read from the outbox) and signs its staff in. */
export async function registerBidder(
  app: FastifyInstance,
  db: Db,
  input: {
    name: string
    creditCode: string
    phone: string
    username: string
    password: string
    /** the registering person's ID number; one from the phone when left out */
    idNumber?: string
  },
): Promise<{ orgId: string; userId: string; cookie: string }> {
  const api = apiOf(app)
  expectOk(await api('POST', '/bidding/register/code', null, { phone: input.phone }), 'code')
  const sms = await db
    .selectFrom('sms_messages')
    .select('body')
    .where('recipient', '=', input.phone)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow()
  const code = /(\d{6})/.exec(sms.body)?.[1] ?? ''
  const res = await api('POST', '/bidding/register', null, {
    name: input.name,
    creditCode: input.creditCode,
    phone: input.phone,
    code,
    username: input.username,
    displayName: input.username,
    password: input.password,
    idNumber: input.idNumber ?? testResidentId(Number(input.phone.slice(-3))),
  })
  expectOk(res, 'register')
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: input.username, password: input.password },
  })
  expectOk(login, 'login')
  const cookie = String(login.headers['set-cookie']).split(';')[0]!
  return { orgId: res.json<{ orgId: string }>().orgId, userId: res.json<{ userId: string }>().userId, cookie }
}

export interface BidFile {
  name: string
  data: Uint8Array
}

/** Encrypts and uploads a bid (a new version): opening form first, then the files. */
export async function uploadBid(
  app: FastifyInstance,
  cookie: string,
  lotId: string,
  form: BidOpeningForm,
  files: BidFile[],
  options: { passphrase?: string; beforeFinish?: () => void | Promise<void>; skipFinish?: boolean } = {},
): Promise<UploadedBid & { finish: () => Promise<{ statusCode: number; body: string }> }> {
  const api = apiOf(app)
  const reserved = await api('POST', `/bidding/lots/${lotId}/bid`, cookie)
  expectOk(reserved, 'reserve')
  const { bidId, nextVersion: version } = reserved.json<{ bidId: string; nextVersion: number }>()
  const key = newBidKey()
  const code = newDecryptionCode()
  const wrappedKey = await wrapBidKey(key, code, options.passphrase ?? null)
  const { files: sealedFiles, sealedManifest, commit } = await sealInMemory(key, bidId, version, form, files)
  const start = await api('POST', `/bidding/bids/${bidId}/versions`, cookie, {
    version,
    wrappedKey,
    sealedManifest: Buffer.from(sealedManifest).toString('base64'),
    commit,
    files: sealedFiles.map((f) => ({ fileId: f.fileId, chunks: f.chunks.length })),
  })
  expectOk(start, 'start')
  for (const f of sealedFiles)
    for (const [i, c] of f.chunks.entries())
      expectOk(
        await api(
          'PUT',
          `/bidding/bids/${bidId}/versions/${version}/files/${f.fileId}/chunks/${i}`,
          cookie,
          Buffer.from(c),
        ),
        'chunk',
      )
  const finish = () =>
    api('POST', `/bidding/bids/${bidId}/versions/${version}/finish`, cookie, {
      files: sealedFiles.map((f) => ({ fileId: f.fileId, ciphertextSha256: f.cipherSha })),
    })
  const base = { bidId, version, key, code, receipt: null as never, signature: '', publicKeyHex: '', finish }
  if (options.skipFinish) return base
  await options.beforeFinish?.()
  const done = await finish()
  expectOk(done, 'finish')
  const r = done.json<{ receipt: BidReceipt; signature: string; publicKeyHex: string }>()
  return { ...base, receipt: r.receipt, signature: r.signature, publicKeyHex: r.publicKeyHex }
}

export const keyHex = (key: Uint8Array) => toHex(key)
