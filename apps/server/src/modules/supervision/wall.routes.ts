import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { wallSchema } from '@yimin/shared'

/** The supervision wall (数据大屏): aggregates only, for a wall display or a supervisor. */
export const wallRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/supervision/wall',
    {
      schema: {
        tags: ['supervision'],
        summary: 'The supervision wall: cases, lights, overdue, queue waits, satisfaction (no personal data)',
        response: { 200: wallSchema },
      },
    },
    async (r) => app.container.supervision.wall.wall(r.principal),
  )
}
