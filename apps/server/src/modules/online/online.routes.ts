import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  bundleLookupRequest,
  bundleLookupSchema,
  createDraftRequest,
  deliveryChoiceSchema,
  myCaseDetailSchema,
  myCaseListItemSchema,
  onlineApplicationListSchema,
  onlineApplicationSchema,
  saveDraftRequest,
  withdrawRequest,
} from '@yimin/shared'
import { readUpload } from '../../platform/http/upload'
import { documentKinds } from '../cases/case-documents'
import { MAX_UPLOAD_BYTES } from './online-files'

const tags = ['online']
const id = z.string().min(1).max(64)
const ok = z.object({ ok: z.literal(true) })

/** The online channel: applications, uploads, my cases (citizens); uploaded files for staff. */
export const onlineRoutes: FastifyPluginAsyncZod<{ lookupPerMinute: number }> = async (app, opts) => {
  const { online, myCases } = app.container.online
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } })

  // ---------------------------------------------------------------- applications
  app.get(
    '/citizen/applications',
    {
      schema: {
        tags,
        summary: 'My applications (drafts and submitted)',
        response: { 200: onlineApplicationListSchema },
      },
    },
    async (request) => online.list(request.principal),
  )
  app.post(
    '/citizen/applications',
    {
      schema: {
        tags,
        summary: 'Start an application for a matter or a bundle',
        body: createDraftRequest,
        response: { 200: onlineApplicationSchema },
      },
      config: { idempotent: true },
    },
    async (request) => online.createDraft(request.principal, request.body),
  )
  app.get(
    '/citizen/applications/:id',
    {
      schema: {
        tags,
        summary: 'An application of mine',
        params: z.strictObject({ id }),
        response: { 200: onlineApplicationSchema },
      },
    },
    async (request) => online.get(request.principal, request.params.id),
  )
  app.put(
    '/citizen/applications/:id',
    {
      schema: {
        tags,
        summary: 'Save the draft (applicant, form, delivery)',
        params: z.strictObject({ id }),
        body: saveDraftRequest,
        response: { 200: onlineApplicationSchema },
      },
    },
    async (request) => online.save(request.principal, request.params.id, request.body),
  )
  app.post(
    '/citizen/applications/:id/materials/:key/file',
    {
      schema: {
        tags,
        summary: 'Upload the file of a material (PDF, JPEG or PNG, at most 10 MB; multipart)',
        params: z.strictObject({ id, key: z.string().min(1).max(200) }),
        response: { 200: onlineApplicationSchema },
      },
    },
    async (request) => {
      // who may upload is settled before the body is read: a stranger's 10 MB is not buffered
      await online.own(request.principal, request.params.id)
      return online.upload(
        request.principal,
        request.params.id,
        request.params.key,
        await readUpload(request),
      )
    },
  )
  app.post(
    '/citizen/applications/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit: one case per matter (已接件)',
        params: z.strictObject({ id }),
        body: z.strictObject({}),
        response: { 200: onlineApplicationSchema },
      },
      config: { idempotent: true },
    },
    async (request) => online.submit(request.principal, request.params.id),
  )

  app.get(
    '/citizen/applications/:id/receipt',
    {
      schema: {
        tags,
        summary: 'The printable receipt of a submitted bundle (一件事受理回执, HTML)',
        params: z.strictObject({ id }),
      },
    },
    async (request, reply) => {
      const html = await myCases.bundleReceipt(
        request.principal,
        request.params.id,
        `${request.protocol}://${request.host}`,
      )
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html)
    },
  )

  // ---------------------------------------------------------------- files
  app.get(
    '/citizen/files/:fileId',
    { schema: { tags, summary: 'One of my uploaded files', params: z.strictObject({ fileId: id }) } },
    async (request, reply) => {
      const f = await online.file(request.principal, request.params.fileId)
      return reply
        .type(f.mime)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(f.name)}`)
        .send(f.stream)
    },
  )
  app.delete(
    '/citizen/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Remove an upload of a draft or of a pending correction',
        params: z.strictObject({ fileId: id }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await online.deleteFile(request.principal, request.params.fileId)
      return { ok: true as const }
    },
  )
  app.get(
    '/online/cases/:id/materials/:position/file',
    {
      schema: {
        tags,
        summary: 'Staff: the uploaded file of a case material (case access rules; the read is audited)',
        params: z.strictObject({ id, position: z.coerce.number().int().min(0).max(99) }),
      },
    },
    async (request, reply) => {
      const f = await myCases.staffMaterialFile(
        request.principal,
        request.params.id,
        request.params.position,
        { ip: request.ip ?? null },
      )
      return reply
        .type(f.mime)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(f.stream)
    },
  )

  // ---------------------------------------------------------------- my cases
  app.get(
    '/citizen/cases',
    { schema: { tags, summary: 'My cases', response: { 200: z.array(myCaseListItemSchema) } } },
    async (request) => myCases.list(request.principal),
  )
  app.get(
    '/citizen/cases/:id',
    {
      schema: {
        tags,
        summary: 'My case with its timeline and correction notice',
        params: z.strictObject({ id }),
        response: { 200: myCaseDetailSchema },
      },
    },
    async (request) => myCases.detail(request.principal, request.params.id),
  )
  app.post(
    '/citizen/cases/:id/materials/:position/file',
    {
      schema: {
        tags,
        summary: 'Upload an item of the correction notice (multipart)',
        params: z.strictObject({ id, position: z.coerce.number().int().min(0).max(99) }),
        response: { 200: myCaseDetailSchema },
      },
    },
    async (request) => {
      await myCases.ownCase(request.principal, request.params.id)
      return myCases.uploadCorrection(
        request.principal,
        request.params.id,
        request.params.position,
        await readUpload(request),
      )
    },
  )
  app.post(
    '/citizen/cases/:id/resubmit',
    {
      schema: {
        tags,
        summary: 'Resubmit with the uploaded items',
        params: z.strictObject({ id }),
        body: z.strictObject({}),
        response: { 200: myCaseDetailSchema },
      },
    },
    async (request) => myCases.resubmit(request.principal, request.params.id),
  )
  app.post(
    '/citizen/cases/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw (撤回) my application',
        params: z.strictObject({ id }),
        body: withdrawRequest,
        response: { 200: myCaseDetailSchema },
      },
    },
    async (request) => myCases.withdraw(request.principal, request.params.id, request.body.reason),
  )
  app.put(
    '/citizen/cases/:id/delivery',
    {
      schema: {
        tags,
        summary: 'Pickup at the window or by post',
        params: z.strictObject({ id }),
        body: deliveryChoiceSchema,
        response: { 200: myCaseDetailSchema },
      },
    },
    async (request) => myCases.setDelivery(request.principal, request.params.id, request.body),
  )
  app.get(
    '/citizen/cases/:id/documents/:kind',
    {
      schema: {
        tags,
        summary: 'A printable document of my case (HTML)',
        params: z.strictObject({ id, kind: z.enum(documentKinds) }),
      },
    },
    async (request, reply) => {
      const html = await myCases.document(
        request.principal,
        request.params.id,
        request.params.kind,
        `${request.protocol}://${request.host}`,
      )
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html)
    },
  )
  app.post(
    '/public/bundles/lookup',
    {
      schema: {
        tags,
        summary: 'Public progress of a bundle: its number + last four of the ID number or phone',
        body: bundleLookupRequest,
        response: { 200: bundleLookupSchema },
      },
      config: {
        rateLimit: { max: opts.lookupPerMinute, timeWindow: 60_000 },
        secondFactor: { numberField: 'number' },
      },
    },
    async (request) => myCases.lookupBundle(request.body.number, request.body.factor),
  )
}
