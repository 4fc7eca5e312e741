import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Readable } from 'node:stream'
import { z } from 'zod'
import {
  answerRequest,
  bidderCodeRequest,
  bidderCodeResponse,
  bidderResponse,
  bidderStaffRequest,
  biddingLotResponse,
  centerKeyResponse,
  finishVersionRequest,
  lotListResponse,
  openingObjectionRequest,
  openingResponse,
  registerBidderRequest,
  bidderStaffResponse,
  reserveBidResponse,
  sealedBidResponse,
  signedReceiptResponse,
  startVersionRequest,
  submitKeyRequest,
} from '@yimin/shared'
import { AppError } from '../../platform/errors'

const tags = ['bidding']
const id = z.string().min(1).max(64)
const idParams = z.strictObject({ id })
const lotParams = z.strictObject({ lotId: id })
const versionParams = z.strictObject({ id, version: z.coerce.number().int().min(1).max(1000) })
const chunkParams = z.strictObject({
  id,
  version: z.coerce.number().int().min(1).max(1000),
  fileId: z.string().regex(/^f[0-9]{1,3}$/),
  index: z.coerce.number().int().min(0).max(100_000),
})
const CHUNK_TYPE = 'application/octet-stream'

/**
 * Electronic bidding (issue 19): bidder registration and staff, documents, sealed bid upload in
 * ciphertext chunks, receipts, withdrawal, the online opening with decryption and objections.
 * Lists of document holders and bidders are sealed until the opening (招标投标法 第22条).
 */
export const biddingRoutes: FastifyPluginAsyncZod<{ codeRequestsPerMinute: number }> = async (app, opts) => {
  const { bidders, bids, opening, clientCode } = app.container.bidding

  // a chunk's body streams to storage as it arrives (never parsed or buffered whole)
  app.addContentTypeParser(CHUNK_TYPE, (_req, payload, done) => done(null, payload))

  app.get(
    '/bidding/center-key',
    {
      schema: {
        tags,
        summary:
          "The center's receipt-signing public key and the SHA-256 of the client code that encrypts bids",
        response: { 200: centerKeyResponse },
      },
    },
    async () => {
      const code = clientCode()
      return {
        publicKeyHex: bids.publicKeyHex(),
        algorithm: 'Ed25519' as const,
        clientCodeSha256: code?.sha256 ?? null,
        clientCodeFile: code?.file ?? null,
      }
    },
  )

  app.post(
    '/bidding/register/code',
    {
      config: { rateLimit: { max: opts.codeRequestsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: "Send an SMS code to the bidder's contact phone",
        body: bidderCodeRequest,
        response: { 200: bidderCodeResponse },
      },
    },
    async (r) => bidders.requestCode(r.body.phone, r.ip ?? null),
  )
  app.post(
    '/bidding/register',
    {
      schema: {
        tags,
        summary: 'Register a bidder (credit code checked, phone confirmed) with its first staff account',
        body: registerBidderRequest,
        response: { 201: bidderResponse },
      },
    },
    async (r, reply) => reply.code(201).send(await bidders.register(r.body, r.ip ?? null)),
  )
  app.get(
    '/bidding/me',
    { schema: { tags, summary: "The signed-in bidder's organisation", response: { 200: bidderResponse } } },
    async (r) => bidders.me(r.principal),
  )
  app.get(
    '/bidding/me/staff',
    {
      schema: {
        tags,
        summary: "The signed-in bidder's staff accounts (ID numbers masked)",
        response: { 200: z.array(bidderStaffResponse) },
      },
    },
    async (r) => bidders.staff(r.principal),
  )
  app.post(
    '/bidding/me/staff',
    {
      schema: {
        tags,
        summary: 'Add a staff account to the signed-in bidder',
        body: bidderStaffRequest,
        response: { 201: z.object({ userId: z.string() }) },
      },
    },
    async (r, reply) => reply.code(201).send(await bidders.addStaff(r.principal, r.body)),
  )
  app.get(
    '/bidding/lots',
    {
      schema: {
        tags,
        summary: "Lots open for bids, with the signed-in bidder's documents and bid",
        response: { 200: z.array(biddingLotResponse) },
      },
    },
    async (r) => bidders.openLots(r.principal),
  )
  app.post(
    '/bidding/lots/:lotId/documents',
    {
      schema: {
        tags,
        summary: "Obtain the lot's documents (recorded, sealed until the opening)",
        params: lotParams,
        response: { 200: z.object({ lotId: z.string(), obtained: z.literal(true) }) },
      },
    },
    async (r) => bidders.obtainDocuments(r.principal, r.params.lotId),
  )
  app.get(
    '/bidding/lots/:lotId/document-holders',
    {
      schema: {
        tags,
        summary: 'Who obtained the documents (404 before the opening, and audited)',
        params: lotParams,
        response: { 200: lotListResponse },
      },
    },
    async (r) =>
      bidders.sealedList(
        r.principal,
        r.params.lotId,
        'documents',
        await opening.isOpened(r.params.lotId),
        r.ip ?? null,
      ),
  )
  app.get(
    '/bidding/lots/:lotId/bidders',
    {
      schema: {
        tags,
        summary: 'Who bid (404 before the opening, and audited)',
        params: lotParams,
        response: { 200: lotListResponse },
      },
    },
    async (r) =>
      bidders.sealedList(
        r.principal,
        r.params.lotId,
        'bids',
        await opening.isOpened(r.params.lotId),
        r.ip ?? null,
      ),
  )

  // ---- sealed bids ----

  app.post(
    '/bidding/lots/:lotId/bid',
    {
      schema: {
        tags,
        summary: "The signed-in bidder's bid for the lot and the next version to upload",
        params: lotParams,
        response: { 200: reserveBidResponse },
      },
    },
    async (r) => bids.reserve(r.principal, r.params.lotId),
  )
  app.post(
    '/bidding/bids/:id/versions',
    {
      schema: {
        tags,
        summary: 'Start uploading a version: wrapped key, sealed manifest, commit, files and chunk counts',
        params: idParams,
        body: startVersionRequest,
        response: { 201: z.object({ bidId: z.string(), version: z.number() }) },
      },
    },
    async (r, reply) =>
      reply.code(201).send(await bids.startVersion(r.principal, r.params.id, r.body, r.ip ?? null)),
  )
  app.put(
    '/bidding/bids/:id/versions/:version/files/:fileId/chunks/:index',
    {
      bodyLimit: (1 << 20) + 1024,
      schema: {
        tags,
        summary: 'Upload one ciphertext chunk (application/octet-stream, at most 1 MiB + 16 bytes)',
        params: chunkParams,
        response: { 200: z.object({ stored: z.literal(true), size: z.number() }) },
      },
    },
    async (r) => {
      if (!r.headers['content-type']?.startsWith(CHUNK_TYPE))
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'chunks are application/octet-stream')
      const p = r.params
      return bids.putChunk(r.principal, p.id, p.version, p.fileId, p.index, r.body as Readable)
    },
  )
  app.post(
    '/bidding/bids/:id/versions/:version/finish',
    {
      schema: {
        tags,
        summary: 'Commit the version: all chunks stored and hashing as sent; returns the signed receipt',
        params: versionParams,
        body: finishVersionRequest,
        response: { 200: signedReceiptResponse },
      },
    },
    async (r) => bids.finish(r.principal, r.params.id, r.params.version, r.body),
  )
  app.post(
    '/bidding/bids/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw the bid before the deadline',
        params: idParams,
        response: { 200: z.object({ bidId: z.string(), status: z.literal('withdrawn') }) },
      },
    },
    async (r) => bids.withdraw(r.principal, r.params.id),
  )
  app.get(
    '/bidding/bids/:id/sealed',
    {
      schema: {
        tags,
        summary: "The own bid's committed version as sealed (wrapped key, sealed manifest, receipt)",
        params: idParams,
        response: { 200: sealedBidResponse },
      },
    },
    async (r) => bids.sealed(r.principal, r.params.id),
  )

  // ---- the opening ----

  app.post(
    '/bidding/lots/:lotId/opening',
    {
      schema: {
        tags,
        summary: 'Start the opening at the deadline (center staff): bidders revealed, or the lot fails',
        params: lotParams,
        response: { 200: openingResponse },
      },
    },
    async (r) => opening.start(r.principal, r.params.lotId),
  )
  app.get(
    '/bidding/lots/:lotId/opening',
    {
      schema: {
        tags,
        summary: 'The opening: bidders, decryptions, the record once settled, objections',
        params: lotParams,
        response: { 200: openingResponse },
      },
    },
    async (r) => opening.view(r.principal, r.params.lotId),
  )
  app.post(
    '/bidding/bids/:id/key',
    {
      schema: {
        tags,
        summary: 'Send the bid key K at the opening (never the code); accepted once if it matches the commit',
        params: idParams,
        body: submitKeyRequest,
        response: { 200: openingResponse },
      },
    },
    async (r) => opening.submitKey(r.principal, r.params.id, r.body.key, r.ip ?? null),
  )
  app.post(
    '/bidding/lots/:lotId/objections',
    {
      schema: {
        tags,
        summary: 'Raise an objection at the opening (bidders of the lot)',
        params: lotParams,
        body: openingObjectionRequest,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (r, reply) =>
      reply.code(201).send(await opening.raiseObjection(r.principal, r.params.lotId, r.body.text)),
  )
  app.post(
    '/bidding/objections/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer an objection at the opening (host or agency)',
        params: idParams,
        body: answerRequest,
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (r) => opening.answerObjection(r.principal, r.params.id, r.body.answer),
  )
}
