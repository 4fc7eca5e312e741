import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  smsTemplatePreview,
  smsTemplatePreviewRequest,
  smsTemplateUpdateRequest,
  smsTemplateView,
} from '@yimin/shared'

const tags = ['sms']
const keyParams = z.strictObject({ key: z.string().max(100) })

/** SMS templates: list, edit, reset to default, preview with UCS-2 part count. */
export const smsTemplateRoutes: FastifyPluginAsyncZod = async (app) => {
  const { templates } = app.container.sms

  app.get(
    '/sms/templates',
    {
      schema: {
        tags,
        summary: 'Every SMS template with its texts',
        response: { 200: z.array(smsTemplateView) },
      },
    },
    async (request) => templates.list(request.principal),
  )
  app.put(
    '/sms/templates/:key',
    {
      schema: {
        tags,
        summary: 'Edit a template’s Chinese and Uyghur texts',
        params: keyParams,
        body: smsTemplateUpdateRequest,
        response: { 200: smsTemplateView },
      },
    },
    async (request) => templates.update(request.principal, request.params.key, request.body),
  )
  app.delete(
    '/sms/templates/:key',
    {
      schema: {
        tags,
        summary: 'Restore a template’s default texts',
        params: keyParams,
        response: { 200: smsTemplateView },
      },
    },
    async (request) => templates.reset(request.principal, request.params.key),
  )
  app.post(
    '/sms/templates/preview',
    {
      schema: {
        tags,
        summary: 'A text as the phone shows it, filled from the sample, with its UCS-2 parts',
        body: smsTemplatePreviewRequest,
        response: { 200: smsTemplatePreview },
      },
    },
    async (request) => templates.preview(request.principal, request.body),
  )
}
