import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  MAX_UPLOAD_BYTES,
  acceptRequest,
  approvalDecisionRequest,
  approvalRequest,
  caseDetailSchema,
  caseListItemSchema,
  caseLookupRequest,
  caseProgressSchema,
  completeCaseRequest,
  correctionRequest,
  createCaseRequest,
  deliverRequest,
  feesRequest,
  reasonRequest,
  refuseRequest,
  resubmitRequest,
  supplementRequest,
  supplyDeferredRequest,
  taskCompleteRequest,
  taskRouteRequest,
} from '@yimin/shared'
import type { Principal } from '@yimin/shared'
import type { CaseWritten } from './case-journal'
import { documentKinds } from './case-documents'
import { readUpload } from '../../platform/http/upload'

const tags = ['cases']
const id = z.string().min(1).max(64)
const caseParams = z.strictObject({ id })
const taskParams = z.strictObject({ id, taskId: id })
const approvalParams = z.strictObject({ id, approvalId: id })
/** After a change the caller gets the case as its department sees it. */
const changed = { 200: caseDetailSchema }

export const casesRoutes: FastifyPluginAsyncZod<{ lookupPerMinute: number }> = async (app, opts) => {
  const { intake, work, pauses, queries, authorisations } = app.container.cases
  const detail = (request: { principal: Principal; ip: string }, caseId: string) =>
    queries.detail(request.principal, caseId, { ip: request.ip })
  /** Answers a change with the changed case as the caller sees it, built from what the change wrote. */
  const changedCase = async (request: { principal: Principal; ip: string }, change: Promise<CaseWritten>) =>
    queries.changed(request.principal, await change, { ip: request.ip })

  app.post(
    '/cases',
    {
      schema: {
        tags,
        summary: 'Receive an application (已接件)',
        body: createCaseRequest,
        response: changed,
      },
      config: { idempotent: true },
    },
    async (request) => changedCase(request, intake.create(request.principal, request.body)),
  )
  app.get(
    '/cases/intake-queue',
    {
      schema: {
        tags,
        summary: 'Applications waiting for the intake decision',
        response: { 200: z.array(caseListItemSchema) },
      },
    },
    async (request) => queries.intakeQueue(request.principal),
  )
  app.get(
    '/cases/task-queue',
    {
      schema: {
        tags,
        summary: 'Open tasks of my departments',
        response: { 200: z.array(caseListItemSchema) },
      },
    },
    async (request) => queries.taskQueue(request.principal),
  )
  app.get(
    '/cases/approval-queue',
    {
      schema: {
        tags,
        summary: 'Extensions and special procedures waiting for an approver',
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              caseId: z.string(),
              kind: z.string(),
              days: z.number(),
              procedure: z.string().nullable(),
              reason: z.string(),
              requestedAt: z.string(),
            }),
          ),
        },
      },
    },
    async (request) => queries.approvalQueue(request.principal),
  )
  app.get(
    '/cases/decision-queue',
    {
      schema: {
        tags,
        summary: 'Cases whose tasks are all done, waiting for the decision',
        response: { 200: z.array(caseListItemSchema) },
      },
    },
    async (request) => queries.decisionQueue(request.principal),
  )
  app.get(
    '/cases/by-number/:number',
    {
      schema: {
        tags,
        summary: 'Find a case by its number (staff of its departments)',
        params: z.strictObject({ number: z.string().regex(/^\d{10,24}$/) }),
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => ({ id: await queries.idByNumber(request.principal, request.params.number) }),
  )
  app.get(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'A case with its timeline (the read is recorded)',
        params: caseParams,
        response: changed,
      },
    },
    async (request) => detail(request, request.params.id),
  )

  type ActionRun<S extends z.ZodType> = (
    request: { principal: Principal; params: { id: string } },
    input: z.infer<S>,
  ) => Promise<CaseWritten>
  const action = <S extends z.ZodType>(path: string, summary: string, body: S, run: ActionRun<S>) => {
    app.post(
      `/cases/:id/${path}`,
      { schema: { tags, summary, params: caseParams, body, response: changed } },
      async (request) => changedCase(request, run(request, request.body as z.infer<S>)),
    )
  }
  action('correction', 'One-time correction notice (一次性告知)', correctionRequest, (r, b) =>
    intake.requestCorrection(r.principal, r.params.id, b),
  )
  action('resubmit', 'The applicant supplied what the notice listed', resubmitRequest, (r, b) =>
    intake.resubmit(r.principal, r.params.id, b),
  )
  action('accept', 'Accept (受理); spawns the department tasks', acceptRequest, (r, b) =>
    intake.accept(r.principal, r.params.id, b),
  )
  action('refuse', 'Refuse (不予受理) with reason and legal basis', refuseRequest, (r, b) =>
    intake.refuse(r.principal, r.params.id, b),
  )
  action('withdraw', 'Withdraw (撤回) at the applicant’s request', reasonRequest, (r, b) =>
    intake.withdraw(r.principal, r.params.id, b.reason),
  )
  action('supplement', 'Ask for supplementary material (the clock stops)', supplementRequest, (r, b) =>
    pauses.requestSupplement(r.principal, r.params.id, b),
  )
  action('supply', 'Supplementary material received (the clock runs again)', z.strictObject({}), (r, _b) =>
    pauses.supply(r.principal, r.params.id),
  )
  action('approvals', 'Ask for an extension or a special procedure', approvalRequest, (r, b) =>
    pauses.requestApproval(r.principal, r.params.id, b),
  )
  action(
    'special-procedure/end',
    'End the special procedure (the clock runs again)',
    z.strictObject({}),
    (r, _b) => pauses.endSpecialProcedure(r.principal, r.params.id),
  )
  action('complete', 'Decide (办结 准予/不予)', completeCaseRequest, (r, b) =>
    work.complete(r.principal, r.params.id, b),
  )
  action('fees', 'Record fees charged', feesRequest, (r, b) => work.recordFees(r.principal, r.params.id, b))
  action('deliver', 'Hand over the result (送达)', deliverRequest, (r, b) =>
    work.deliver(r.principal, r.params.id, b),
  )
  action(
    'deferred-materials',
    'Record 容缺 materials handed in after acceptance',
    supplyDeferredRequest,
    (r, b) => work.supplyDeferred(r.principal, r.params.id, b.materials),
  )
  action('revoke', 'Revoke (撤销) with reason and legal basis', refuseRequest, (r, b) =>
    work.revoke(r.principal, r.params.id, b.reason, b.legalBasis),
  )

  app.post(
    '/cases/:id/tasks/:taskId/complete',
    {
      schema: {
        tags,
        summary: 'Finish my department’s task',
        params: taskParams,
        body: taskCompleteRequest,
        response: changed,
      },
    },
    async (request) =>
      changedCase(
        request,
        work.completeTask(request.principal, request.params.id, request.params.taskId, request.body),
      ),
  )
  // the sender may lose sight of the case once the task is gone, so the answer is only the move
  app.post(
    '/cases/:id/tasks/:taskId/route',
    {
      schema: {
        tags,
        summary: 'Route a task to another department or level, or back',
        params: taskParams,
        body: taskRouteRequest,
        response: {
          200: z.object({
            caseId: z.string(),
            taskId: z.string(),
            holderDepartmentId: z.string(),
            eventType: z.string(),
          }),
        },
      },
    },
    async (request) => {
      const { row, events } = await work.routeTask(
        request.principal,
        request.params.id,
        request.params.taskId,
        request.body,
      )
      return {
        caseId: row.id,
        taskId: request.params.taskId,
        holderDepartmentId: request.body.departmentId,
        eventType: events[0]!.type,
      }
    },
  )
  app.post(
    '/cases/:id/approvals/:approvalId/decide',
    {
      schema: {
        tags,
        summary: 'Approve or reject a request',
        params: approvalParams,
        body: approvalDecisionRequest,
        response: changed,
      },
    },
    async (request) =>
      changedCase(
        request,
        pauses.decideApproval(request.principal, request.params.id, request.params.approvalId, request.body),
      ),
  )

  app.get(
    '/cases/:id/documents/:kind',
    {
      schema: {
        tags,
        summary: 'A printable document (受理回执, 一次性告知书, 不予受理通知书, 办结通知书) as HTML',
        params: z.strictObject({ id, kind: z.enum(documentKinds) }),
      },
    },
    async (request, reply) => {
      const html = await queries.document(
        request.principal,
        request.params.id,
        request.params.kind,
        `${request.protocol}://${request.host}`,
      )
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html)
    },
  )

  // 委托书: uploaded (or scanned) at the window before the application is received
  await app.register(async (files) => {
    await files.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } })
    files.post(
      '/cases/authorisation-files',
      {
        schema: {
          tags,
          summary:
            "Store the agent's authorisation document (委托书; PDF, JPEG or PNG, at most 10 MB; multipart); send its key with the application",
          response: {
            200: z.object({
              fileKey: z.string(),
              name: z.string(),
              mime: z.string(),
              size: z.number().int(),
            }),
          },
        },
      },
      async (request) => authorisations.upload(request.principal, await readUpload(request)),
    )
  })
  app.get(
    '/cases/:id/authorisation',
    {
      schema: {
        tags,
        summary: "The agent's authorisation document of a case (the read is audited)",
        params: caseParams,
      },
    },
    async (request, reply) => {
      const f = await authorisations.read(request.principal, request.params.id, { ip: request.ip })
      return reply
        .type(f.mime)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(f.content)
    },
  )

  app.post(
    '/public/cases/lookup',
    {
      schema: {
        tags,
        summary: 'Public progress: case number + last four of the ID number or phone',
        body: caseLookupRequest,
        response: { 200: caseProgressSchema },
      },
      config: {
        rateLimit: { max: opts.lookupPerMinute, timeWindow: 60_000 },
        secondFactor: { numberField: 'number' },
      },
    },
    async (request) => queries.lookup(request.body.number, request.body.factor),
  )
}
