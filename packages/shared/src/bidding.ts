import { z } from 'zod'
import { bidReceiptSchema, wrappedBidKeySchema } from './bid-crypto'
import { residentIdSchema } from './case-api'
import { phoneSchema } from './schemas'

/** Electronic bidding (issue 19): requests and responses shared by the server and the web app. */

export const bidderCodeRequest = z.strictObject({ phone: phoneSchema })
export const bidderCodeResponse = z.object({
  phoneMasked: z.string(),
  expiresAt: z.string(),
  resendAfterSeconds: z.number(),
})

export const registerBidderRequest = z.strictObject({
  name: z.string().trim().min(2).max(100),
  creditCode: z.string().trim().toUpperCase().length(18),
  phone: phoneSchema,
  code: z.string().regex(/^[0-9]{4,8}$/),
  username: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[a-z0-9._-]+$/),
  displayName: z.string().trim().min(1).max(64),
  password: z.string().min(8).max(200),
  /** the person's resident ID number (check digit): matched by keyed hash, shown masked, never stored */
  idNumber: residentIdSchema,
})

export const bidderStaffRequest = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[a-z0-9._-]+$/),
  displayName: z.string().trim().min(1).max(64),
  password: z.string().min(8).max(200),
  /** the person's resident ID number (check digit): matched by keyed hash, shown masked, never stored */
  idNumber: residentIdSchema,
})

/** A bidder's staff account as its colleagues see it (the ID number masked). */
export const bidderStaffResponse = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  idNumberMasked: z.string(),
  addedAt: z.string(),
})

export const bidderResponse = z.object({
  orgId: z.string(),
  name: z.string(),
  creditCode: z.string(),
  phoneMasked: z.string(),
  userId: z.string().optional(),
  /** the registering person's ID number, masked (at registration only) */
  idNumberMasked: z.string().optional(),
})

export const biddingLotResponse = z.object({
  lotId: z.string(),
  lotName: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  projectName: z.string(),
  category: z.string(),
  bidDeadline: z.string().nullable(),
  openingAt: z.string().nullable(),
  hasDocuments: z.boolean(),
  bidId: z.string().nullable(),
  bidStatus: z.string().nullable(),
  finalVersion: z.number().nullable(),
  /** bids are taken now (by the server's clock, not the browser's) */
  isOpen: z.boolean(),
})

export const reserveBidResponse = z.object({ bidId: z.string(), nextVersion: z.number().int() })

export const startVersionRequest = z.strictObject({
  version: z.number().int().min(1).max(1000),
  wrappedKey: wrappedBidKeySchema,
  /** the sealed manifest, base64 */
  sealedManifest: z.string().min(1).max(200_000),
  commit: z.string().regex(/^[0-9a-f]{64}$/),
  files: z
    .array(
      z.strictObject({
        fileId: z.string().regex(/^f[0-9]{1,3}$/),
        chunks: z.number().int().min(1).max(100_000),
      }),
    )
    .min(1)
    .max(100),
  /** a random id the bidder's browser keeps: bids of different bidders from one device are a rigging sign */
  deviceId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/)
    .optional(),
})

export const finishVersionRequest = z.strictObject({
  files: z
    .array(
      z.strictObject({
        fileId: z.string().regex(/^f[0-9]{1,3}$/),
        ciphertextSha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .min(1)
    .max(100),
})

export const signedReceiptResponse = z.object({
  receipt: bidReceiptSchema,
  signature: z.string(),
  publicKeyHex: z.string(),
})

export const sealedBidResponse = z.object({
  bidId: z.string(),
  version: z.number(),
  wrappedKey: wrappedBidKeySchema,
  sealedManifest: z.string(),
  receipt: bidReceiptSchema,
  signature: z.string(),
  publicKeyHex: z.string(),
})

export const centerKeyResponse = z.object({
  publicKeyHex: z.string(),
  algorithm: z.literal('Ed25519'),
  /** SHA-256 of the built client code that encrypts bids (null when the web app is not built) */
  clientCodeSha256: z.string().nullable(),
  clientCodeFile: z.string().nullable(),
})

export const submitKeyRequest = z.strictObject({ key: z.string().regex(/^[0-9a-f]{64}$/) })

export const openingStatuses = ['sealed', 'decrypting', 'failed', 'recorded'] as const

export const openingResponse = z.object({
  lotId: z.string(),
  status: z.enum(openingStatuses),
  deadline: z.string().nullable(),
  startedAt: z.string().nullable(),
  windowEndsAt: z.string().nullable(),
  bidCount: z.number(),
  nextStep: z.object({ step: z.string(), basis: z.string() }).nullable(),
  bids: z.array(
    z.object({
      bidId: z.string(),
      orgName: z.string(),
      creditCode: z.string(),
      receivedAt: z.string(),
      version: z.number(),
      decryption: z.string(),
      blame: z.string().nullable(),
      /** shown once every bid is decrypted or the window closed */
      priceFen: z.number().nullable(),
      durationDays: z.number().nullable(),
      isMine: z.boolean(),
    }),
  ),
  objections: z.array(
    z.object({
      id: z.string(),
      orgName: z.string(),
      text: z.string(),
      raisedAt: z.string(),
      answer: z.string().nullable(),
      answeredAt: z.string().nullable(),
    }),
  ),
  recordedAt: z.string().nullable(),
})
export type OpeningResponse = z.infer<typeof openingResponse>

export const openingObjectionRequest = z.strictObject({ text: z.string().trim().min(2).max(2000) })
export const answerRequest = z.strictObject({ answer: z.string().trim().min(2).max(2000) })

export const lotListResponse = z.array(
  z.object({ orgId: z.string(), name: z.string(), creditCode: z.string(), at: z.string() }),
)
