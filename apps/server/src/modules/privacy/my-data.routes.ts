import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { MyDataService } from './my-data.service'

/** GET /citizen/my-data: the signed-in citizen's data as a JSON file to download. */
export const myDataRoutes: FastifyPluginAsyncZod<{ myData: MyDataService }> = async (app, opts) => {
  app.get(
    '/citizen/my-data',
    {
      schema: { tags: ['citizens'], summary: 'Download my personal data (JSON file)' },
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const data = await opts.myData.export(request.principal, request.ip ?? null)
      void reply
        .header(
          'content-disposition',
          `attachment; filename="yimin-my-data-${data.exportedAt.slice(0, 10)}.json"`,
        )
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
      return JSON.stringify(data, null, 2)
    },
  )
}
