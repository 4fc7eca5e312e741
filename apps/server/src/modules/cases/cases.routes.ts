import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
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
import type { CaseDetail, Principal } from '@yimin/shared'
import { AppError } from '../../platform/errors'
import type { CaseView } from './case-context'
import { documentKinds } from './case-documents'
import { MAX_UPLOAD_BYTES } from '../online/online-files'
import { readUpload } from '../online/online.routes'

const tags = ['cases']
const id = z.string().min(1).max(64)
const caseParams = z.strictObject({ id })
const taskParams = z.strictObject({ id, taskId: id })
const approvalParams = z.strictObject({ id, approvalId: id })
/** After a change the caller gets the case as its department sees it. */
const changed = { 200: caseDetailSchema }

export const casesRoutes: FastifyPluginAsyncZod<{ lookupPerMinute: number }> = async (app, opts) => {
  const { intake, work, queries, authorisations } = app.container.cases
  const detail = (request: { principal: Principal; ip: string }, caseId: string) =>
    queries.detail(request.principal, caseId, { ip: request.ip })
  /** Runs a change and answers with the changed case as the caller sees it, read in the change's transaction. */
  const changedCase = async (
    request: { principal: Principal; ip: string },
    run: (view: CaseView) => Promise<unknown>,
  ): Promise<CaseDetail> => {
    let answer: CaseDetail | null = null
    await run(async (tx, row, cal, known) => {
      answer = await queries.view(tx, request.principal, row, cal, { ip: request.ip }, known)
    })
    // the change stands; the caller may no longer see the case (e.g. its last task moved away)
    if (!answer) throw new AppError('CASE_NOT_FOUND', 'no such case')
    return answer
  }

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
    async (request) => changedCase(request, (view) => intake.create(request.principal, request.body, view)),
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
    view: CaseView,
  ) => Promise<unknown>
  const action = <S extends z.ZodType>(path: string, summary: string, body: S, run: ActionRun<S>) => {
    app.post(
      `/cases/:id/${path}`,
      { schema: { tags, summary, params: caseParams, body, response: changed } },
      async (request) => changedCase(request, (view) => run(request, request.body as z.infer<S>, view)),
    )
  }
  action('correction', 'One-time correction notice (一次性告知)', correctionRequest, (r, b, v) =>
    intake.requestCorrection(r.principal, r.params.id, b, v),
  )
  action('resubmit', 'The applicant supplied what the notice listed', resubmitRequest, (r, b, v) =>
    intake.resubmit(r.principal, r.params.id, b, v),
  )
  action('accept', 'Accept (受理); spawns the department tasks', acceptRequest, (r, b, v) =>
    intake.accept(r.principal, r.params.id, b, v),
  )
  action('refuse', 'Refuse (不予受理) with reason and legal basis', refuseRequest, (r, b, v) =>
    intake.refuse(r.principal, r.params.id, b, v),
  )
  action('withdraw', 'Withdraw (撤回) at the applicant’s request', reasonRequest, (r, b, v) =>
    intake.withdraw(r.principal, r.params.id, b.reason, v),
  )
  action('supplement', 'Ask for supplementary material (the clock stops)', supplementRequest, (r, b, v) =>
    work.requestSupplement(r.principal, r.params.id, b, v),
  )
  action('supply', 'Supplementary material received (the clock runs again)', z.strictObject({}), (r, _b, v) =>
    work.supply(r.principal, r.params.id, v),
  )
  action('approvals', 'Ask for an extension or a special procedure', approvalRequest, (r, b, v) =>
    work.requestApproval(r.principal, r.params.id, b, v),
  )
  action(
    'special-procedure/end',
    'End the special procedure (the clock runs again)',
    z.strictObject({}),
    (r, _b, v) => work.endSpecialProcedure(r.principal, r.params.id, v),
  )
  action('complete', 'Decide (办结 准予/不予)', completeCaseRequest, (r, b, v) =>
    work.complete(r.principal, r.params.id, b, v),
  )
  action('fees', 'Record fees charged', feesRequest, (r, b, v) =>
    work.recordFees(r.principal, r.params.id, b, v),
  )
  action('deliver', 'Hand over the result (送达)', deliverRequest, (r, b, v) =>
    work.deliver(r.principal, r.params.id, b, v),
  )
  action(
    'deferred-materials',
    'Record 容缺 materials handed in after acceptance',
    supplyDeferredRequest,
    (r, b, v) => work.supplyDeferred(r.principal, r.params.id, b.materials, v),
  )
  action('revoke', 'Revoke (撤销) with reason and legal basis', refuseRequest, (r, b, v) =>
    work.revoke(r.principal, r.params.id, b.reason, b.legalBasis, v),
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
      changedCase(request, (view) =>
        work.completeTask(request.principal, request.params.id, request.params.taskId, request.body, view),
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
      const row = await work.routeTask(
        request.principal,
        request.params.id,
        request.params.taskId,
        request.body,
      )
      const back =
        request.body.departmentId ===
        (await app.container.cases.context.cases.tasks(row.id)).find((t) => t.id === request.params.taskId)
          ?.department_id
      return {
        caseId: row.id,
        taskId: request.params.taskId,
        holderDepartmentId: request.body.departmentId,
        eventType: back ? 'task.returned' : 'task.routed',
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
      changedCase(request, (view) =>
        work.decideApproval(
          request.principal,
          request.params.id,
          request.params.approvalId,
          request.body,
          view,
        ),
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
