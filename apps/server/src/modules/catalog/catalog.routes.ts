import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  adminMatterResponse,
  adminMattersQuery,
  adminMattersResponse,
  bundleInputSchema,
  bundleSchema,
  bundlesResponse,
  catalogImportQuery,
  catalogImportResponse,
  matterDocumentSchema,
  matterGuideSchema,
  matterVersionSchema,
  searchMattersQuery,
  searchMattersResponse,
} from '@yimin/shared'

const idParams = z.strictObject({ id: z.string().min(1).max(64) })
const codeParams = z.strictObject({ code: z.string().min(1).max(64) })
const ok = z.object({ ok: z.literal(true) })
const tags = ['catalog']
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/** A catalog of a few hundred matters is well under 1 MB; 20 MB leaves room for big ones. */
const IMPORT_LIMIT_BYTES = 20 * 1024 * 1024

/**
 * The matter catalog (事项清单). Public: published matters and complete bundles (the portal's
 * service guide). Staff (catalog.read): drafts and history. Admins (catalog.manage): changes,
 * import. Permission checks are in the services.
 */
export const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  const { catalog } = app.container
  const { matters, bundles, excel } = catalog

  // the Excel import's body: the file's bytes
  app.addContentTypeParser(
    [XLSX_TYPE, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT_BYTES },
    (_req, body, done) => done(null, body),
  )

  app.get(
    '/catalog/matters',
    {
      schema: {
        tags,
        summary: 'Search published matters (name, keyword, pinyin, initials; filters)',
        querystring: searchMattersQuery,
        response: { 200: searchMattersResponse },
      },
    },
    async (request) => matters.search(request.query),
  )

  app.get(
    '/catalog/matters/:code',
    {
      schema: {
        tags,
        summary: "A published matter's full service guide (办事指南)",
        params: codeParams,
        response: { 200: matterGuideSchema },
      },
    },
    async (request) => matters.guide(request.params.code),
  )

  app.get(
    '/catalog/bundles',
    {
      schema: {
        tags,
        summary: 'Bundles (一件事一次办); the public sees complete ones',
        response: { 200: bundlesResponse },
      },
    },
    async (request) => ({
      items: await bundles.list(request.principal),
    }),
  )

  app.get(
    '/catalog/bundles/:code',
    {
      schema: {
        tags,
        summary: 'A bundle with its deduplicated materials',
        params: codeParams,
        response: { 200: bundleSchema },
      },
    },
    async (request) => bundles.get(request.principal, request.params.code),
  )

  app.get(
    '/catalog/admin/matters',
    {
      schema: {
        tags,
        summary: 'Every matter with its draft and published state (staff)',
        querystring: adminMattersQuery,
        response: { 200: adminMattersResponse },
      },
    },
    async (request) => ({ items: await matters.listForAdmin(request.principal, request.query) }),
  )

  app.get(
    '/catalog/admin/matters/:id',
    {
      schema: {
        tags,
        summary: 'A matter: draft, published version and history (staff)',
        params: idParams,
        response: { 200: adminMatterResponse },
      },
    },
    async (request) => matters.getForAdmin(request.principal, request.params.id),
  )

  app.get(
    '/catalog/admin/versions/:id',
    {
      schema: {
        tags,
        summary: 'One version of a matter, any status (staff)',
        params: idParams,
        response: { 200: matterVersionSchema },
      },
    },
    async (request) => matters.getVersionForStaff(request.principal, request.params.id),
  )

  app.post(
    '/catalog/admin/matters',
    {
      schema: {
        tags,
        summary: 'Create a matter with its first draft (admin)',
        body: matterDocumentSchema,
        response: { 200: adminMatterResponse },
      },
    },
    async (request) => matters.create(request.principal, request.body),
  )

  app.put(
    '/catalog/admin/matters/:id/draft',
    {
      schema: {
        tags,
        summary: "Write the matter's draft (admin)",
        params: idParams,
        body: matterDocumentSchema,
        response: { 200: adminMatterResponse },
      },
    },
    async (request) => matters.saveDraft(request.principal, request.params.id, request.body),
  )

  app.delete(
    '/catalog/admin/matters/:id/draft',
    {
      schema: {
        tags,
        summary: 'Discard the draft; a never-published matter goes with it (admin)',
        params: idParams,
        response: { 200: z.object({ matterDeleted: z.boolean() }) },
      },
    },
    async (request) => matters.discardDraft(request.principal, request.params.id),
  )

  app.post(
    '/catalog/admin/matters/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish the draft (admin)',
        params: idParams,
        response: { 200: adminMatterResponse },
      },
    },
    async (request) => matters.publish(request.principal, request.params.id),
  )

  app.post(
    '/catalog/admin/bundles',
    {
      schema: {
        tags,
        summary: 'Create a bundle (admin)',
        body: bundleInputSchema,
        response: { 200: bundleSchema },
      },
    },
    async (request) => bundles.create(request.principal, request.body),
  )

  app.put(
    '/catalog/admin/bundles/:id',
    {
      schema: {
        tags,
        summary: 'Rewrite a bundle (admin)',
        params: idParams,
        body: bundleInputSchema,
        response: { 200: bundleSchema },
      },
    },
    async (request) => bundles.update(request.principal, request.params.id, request.body),
  )

  app.delete(
    '/catalog/admin/bundles/:id',
    { schema: { tags, summary: 'Delete a bundle (admin)', params: idParams, response: { 200: ok } } },
    async (request) => {
      await bundles.delete(request.principal, request.params.id)
      return { ok: true as const }
    },
  )

  app.get(
    '/catalog/export.xlsx',
    { schema: { tags, summary: 'The published catalog as an Excel workbook (staff)' } },
    async (request, reply) => {
      const file = await excel.exportWorkbook(request.principal)
      return reply
        .type(XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="catalog.xlsx"; filename*=UTF-8''${encodeURIComponent('事项清单.xlsx')}`,
        )
        .send(file)
    },
  )

  app.post(
    '/catalog/import',
    {
      bodyLimit: IMPORT_LIMIT_BYTES,
      schema: {
        tags,
        summary: 'Import an Excel catalog, all or nothing (admin; body: the .xlsx file)',
        querystring: catalogImportQuery,
        response: { 200: catalogImportResponse },
      },
    },
    async (request) => excel.importWorkbook(request.principal, request.body as Buffer, request.query.mode),
  )
}
