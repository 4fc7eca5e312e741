import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  type Hall,
  type Principal,
  departmentSchema,
  divisionSchema,
  hallSchema,
  queueCategorySchema,
  upsertAreaRequest,
  upsertDepartmentRequest,
  upsertDivisionRequest,
  upsertFacilityRequest,
  upsertFloorRequest,
  upsertHallRequest,
  upsertQueueCategoryRequest,
  upsertWindowRequest,
} from '@yimin/shared'

const id = z.string().min(1).max(64)
const tags = ['org']

/** Divisions, departments, halls and queue categories. Reads are public; changes need org.manage. */
export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  const { org, halls } = app.container

  app.get(
    '/org/divisions',
    {
      schema: {
        tags,
        summary: 'Administrative divisions (GB/T 2260)',
        response: { 200: z.array(divisionSchema) },
      },
    },
    async () => org.listDivisions(),
  )
  app.put(
    '/org/divisions/:code',
    {
      schema: {
        tags,
        summary: 'Create or update a division',
        params: z.strictObject({ code: z.string() }),
        body: upsertDivisionRequest,
        response: { 200: divisionSchema },
      },
    },
    async (request) => org.upsertDivision(request.principal, { ...request.body, code: request.params.code }),
  )

  app.get(
    '/org/departments',
    {
      schema: {
        tags,
        summary: 'Departments (staff also see inactive ones)',
        response: { 200: z.array(departmentSchema) },
      },
    },
    async (request) => org.listDepartments(request.principal),
  )
  app.get(
    '/org/departments/:id',
    {
      schema: {
        tags,
        summary: 'One department',
        params: z.strictObject({ id }),
        response: { 200: departmentSchema },
      },
    },
    async (request) => org.getDepartment(request.params.id),
  )
  app.post(
    '/org/departments',
    {
      schema: {
        tags,
        summary: 'Create a department',
        body: upsertDepartmentRequest,
        response: { 200: departmentSchema },
      },
    },
    async (request) => org.createDepartment(request.principal, request.body),
  )
  app.put(
    '/org/departments/:id',
    {
      schema: {
        tags,
        summary: 'Update a department',
        params: z.strictObject({ id }),
        body: upsertDepartmentRequest,
        response: { 200: departmentSchema },
      },
    },
    async (request) => org.updateDepartment(request.principal, request.params.id, request.body),
  )

  app.get(
    '/org/halls',
    {
      schema: {
        tags,
        summary: 'Halls with floors, areas, windows and facilities',
        response: { 200: z.array(hallSchema) },
      },
    },
    async (request) => halls.listHalls(request.principal),
  )
  app.post(
    '/org/halls',
    { schema: { tags, summary: 'Create a hall', body: upsertHallRequest, response: { 200: hallSchema } } },
    async (request) => halls.createHall(request.principal, request.body),
  )
  const hallParams = z.strictObject({ hallId: id })
  const partParams = z.strictObject({ hallId: id, partId: id })
  app.get(
    '/org/halls/:hallId',
    { schema: { tags, summary: 'One hall', params: hallParams, response: { 200: hallSchema } } },
    async (request) => halls.getHall(request.principal, request.params.hallId),
  )
  app.put(
    '/org/halls/:hallId',
    {
      schema: {
        tags,
        summary: 'Update a hall',
        params: hallParams,
        body: upsertHallRequest,
        response: { 200: hallSchema },
      },
    },
    async (request) => halls.updateHall(request.principal, request.params.hallId, request.body),
  )

  // floors, areas, windows and facilities: POST adds one, PUT updates one; each answers the whole hall
  const partRoutes = <S extends z.ZodType>(
    path: string,
    body: S,
    save: (actor: Principal, hallId: string, partId: string | null, input: z.infer<S>) => Promise<Hall>,
  ) => {
    app.post(
      `/org/halls/:hallId/${path}`,
      {
        schema: { tags, summary: `Add to ${path}`, params: hallParams, body, response: { 200: hallSchema } },
      },
      async (request) => save(request.principal, request.params.hallId, null, request.body as z.infer<S>),
    )
    app.put(
      `/org/halls/:hallId/${path}/:partId`,
      {
        schema: {
          tags,
          summary: `Update one of ${path}`,
          params: partParams,
          body,
          response: { 200: hallSchema },
        },
      },
      async (request) =>
        save(request.principal, request.params.hallId, request.params.partId, request.body as z.infer<S>),
    )
  }
  partRoutes('floors', upsertFloorRequest, (a, h, p, i) => halls.upsertFloor(a, h, p, i))
  partRoutes('areas', upsertAreaRequest, (a, h, p, i) => halls.upsertArea(a, h, p, i))
  partRoutes('windows', upsertWindowRequest, (a, h, p, i) => halls.upsertWindow(a, h, p, i))
  partRoutes('facilities', upsertFacilityRequest, (a, h, p, i) => halls.upsertFacility(a, h, p, i))
  app.delete(
    '/org/halls/:hallId/facilities/:partId',
    { schema: { tags, summary: 'Remove a facility', params: partParams, response: { 200: hallSchema } } },
    async (request) => halls.deleteFacility(request.principal, request.params.hallId, request.params.partId),
  )

  app.get(
    '/org/queue-categories',
    { schema: { tags, summary: 'Queue categories', response: { 200: z.array(queueCategorySchema) } } },
    async () => halls.listCategories(),
  )
  app.post(
    '/org/queue-categories',
    {
      schema: {
        tags,
        summary: 'Create a queue category',
        body: upsertQueueCategoryRequest,
        response: { 200: queueCategorySchema },
      },
    },
    async (request) => halls.upsertCategory(request.principal, null, request.body),
  )
  app.put(
    '/org/queue-categories/:id',
    {
      schema: {
        tags,
        summary: 'Update a queue category',
        params: z.strictObject({ id }),
        body: upsertQueueCategoryRequest,
        response: { 200: queueCategorySchema },
      },
    },
    async (request) => halls.upsertCategory(request.principal, request.params.id, request.body),
  )
}
