import { z } from 'zod'
import { localizedTextSchema } from './localized'
import { cleanText } from './text'
import { caseChannels, caseOutcomes, caseStatuses } from './cases'
import { checkCreditCode, checkResidentId } from './identity'
import { phoneSchema } from './schemas'

/** Request and response shapes of the case API (PRODUCT.md 2.3). */
const personName = cleanText({ min: 1, max: 100 })
const reason = cleanText({ min: 1, max: 2000, multiline: true })
const id = z.string().min(1).max(64)
const position = z.number().int().min(0).max(99)

export const residentIdSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((s) => checkResidentId(s) === null, {
    message: 'not a valid resident ID number (GB 11643 check digit)',
  })
export const creditCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((s) => checkCreditCode(s) === null, {
    message: 'not a valid unified social credit code (GB 32100 check character)',
  })

export const applicantSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('person'),
    name: personName,
    idNumber: residentIdSchema,
    phone: phoneSchema,
  }),
  z.strictObject({
    kind: z.literal('organisation'),
    name: cleanText({ min: 1, max: 200 }),
    creditCode: creditCodeSchema,
    legalRepresentative: personName,
    phone: phoneSchema,
  }),
])
export type Applicant = z.infer<typeof applicantSchema>

/** 代办 / 委托: the agent and the stored authorisation document (委托书). */
export const agentSchema = z.strictObject({
  name: personName,
  idNumber: residentIdSchema,
  phone: phoneSchema,
  authorisationFileKey: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .default(null),
})

export const createCaseRequest = z.strictObject({
  matterCode: z.string().trim().min(1).max(64),
  applicant: applicantSchema,
  agent: agentSchema.nullable().default(null),
  /** who receives notices and the rating invitation */
  notify: z.enum(['applicant', 'agent']).default('applicant'),
  /** positions (in the matter's material list) of the materials handed in */
  submittedMaterials: z.array(position).max(100).default([]),
  formData: z
    .record(z.string().max(64), z.union([cleanText({ max: 2000, multiline: true }), z.number(), z.boolean()]))
    .default({}),
  channel: z.enum(caseChannels).default('window'),
  windowId: id.nullable().default(null),
})
export type CreateCaseRequest = z.input<typeof createCaseRequest>

export const correctionRequest = z.strictObject({
  /** ALL missing or defective items at once (一次性告知) */
  missingMaterials: z.array(position).max(100).default([]),
  /** other problems in words (wrong form fields, unclear copies …) */
  note: cleanText({ max: 2000, multiline: true }).default(''),
})
export const resubmitRequest = z.strictObject({ suppliedMaterials: z.array(position).max(100).default([]) })
export const acceptRequest = z.strictObject({
  /** 容缺: required materials accepted while missing, to be supplied later */
  deferredMaterials: z.array(position).max(100).default([]),
})
/** 容缺 materials handed in after acceptance (positions in the matter's list). */
export const supplyDeferredRequest = z.strictObject({ materials: z.array(position).min(1).max(100) })
export const refuseRequest = z.strictObject({ reason, legalBasis: reason })
export const reasonRequest = z.strictObject({ reason })
export const taskCompleteRequest = z.strictObject({
  outcome: z.enum(caseOutcomes),
  note: cleanText({ max: 2000, multiline: true }).default(''),
})
export const taskRouteRequest = z.strictObject({
  departmentId: id,
  note: cleanText({ max: 2000, multiline: true }).default(''),
})
export const supplementRequest = z.strictObject({
  reason,
  items: z
    .array(cleanText({ min: 1, max: 200 }))
    .min(1)
    .max(50),
})
export const approvalRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('extension'), days: z.number().int().min(1).max(365), reason }),
  z.strictObject({
    kind: z.literal('special_procedure'),
    procedure: z.string().min(1).max(32),
    days: z.number().int().min(1).max(365),
    reason,
  }),
])
export const approvalDecisionRequest = z.strictObject({
  approve: z.boolean(),
  note: cleanText({ max: 2000, multiline: true }).default(''),
})
export const completeCaseRequest = z.strictObject({
  outcome: z.enum(caseOutcomes),
  reason: cleanText({ max: 2000, multiline: true }).default(''),
  legalBasis: cleanText({ max: 2000, multiline: true }).default(''),
  /** licence or certificate number (证照编号) when approved */
  resultNumber: cleanText({ max: 100 }).nullable().default(null),
})
export const feesRequest = z.strictObject({
  items: z
    .array(
      z.strictObject({ name: cleanText({ min: 1, max: 200 }), amount: z.number().min(0).max(10_000_000) }),
    )
    .min(1)
    .max(50),
})
export const deliverRequest = z.discriminatedUnion('method', [
  /** handed over at the window after checking the receiver's ID */
  z.strictObject({ method: z.literal('window'), receiverIdNumber: residentIdSchema }),
  z.strictObject({ method: z.literal('post'), trackingNumber: cleanText({ min: 4, max: 64 }) }),
  z.strictObject({ method: z.literal('electronic') }),
])

export const caseMaterialSchema = z.object({
  position: z.number().int(),
  /** the case's Chinese name, with the Uyghur and English of the matter version the case follows */
  name: localizedTextSchema,
  isRequired: z.boolean(),
  isDeferrable: z.boolean(),
  /** awaited: issued by an earlier matter of the same bundle, attached when issued */
  status: z.enum(['submitted', 'missing', 'deferred', 'supplied', 'awaited']),
  supplyDueOn: z.string().nullable(),
})
export const caseTaskSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  holderDepartmentId: z.string(),
  kind: z.enum(['lead', 'parallel']),
  status: z.enum(['open', 'done']),
  outcome: z.enum(caseOutcomes).nullable(),
  limitDays: z.number().int(),
  dueOn: z.string().nullable(),
  remainingDays: z.number().int().nullable(),
  isDueProvisional: z.boolean(),
})
export const caseEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  type: z.string(),
  actor: z.string(),
  /** the acting staff member's display name (null for the system or a citizen) */
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  reason: z.string().nullable(),
  data: z.unknown(),
})
export const caseDetailSchema = z.object({
  id: z.string(),
  number: z.string(),
  matterCode: z.string(),
  /** the case's Chinese name of the matter, with the catalog's Uyghur and English where it has them */
  matterName: localizedTextSchema,
  matterVersionId: z.string(),
  departmentId: z.string(),
  status: z.enum(caseStatuses),
  outcome: z.enum(caseOutcomes).nullable(),
  channel: z.enum(caseChannels),
  applicant: z.object({
    kind: z.enum(['person', 'organisation']),
    name: z.string(),
    idNumber: z.string(),
    phone: z.string(),
    legalRepresentative: z.string().nullable(),
  }),
  agent: z
    .object({ name: z.string(), idNumber: z.string(), phone: z.string(), hasAuthorisation: z.boolean() })
    .nullable(),
  notify: z.enum(['applicant', 'agent']),
  /** the application form's answers: the matter's fields in order (label null for answers to a field the matter does not define, e.g. a bundle's) */
  form: z.array(
    z.object({
      key: z.string(),
      label: localizedTextSchema.nullable(),
      value: z.union([z.string(), z.number(), z.boolean()]),
      /** a chosen answer (the stored Chinese choice) with the matter's translations of it; null otherwise */
      choice: localizedTextSchema.nullable().optional(),
    }),
  ),
  receivedOn: z.string(),
  acceptedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  intakeDueOn: z.string(),
  dueOn: z.string().nullable(),
  legalDueOn: z.string().nullable(),
  remainingDays: z.number().int().nullable(),
  isDueProvisional: z.boolean(),
  isPaused: z.boolean(),
  /** while the intake decision is open and today is not a working day: the clerk is warned before accepting */
  acceptOnDayOff: z.object({ today: z.string(), nextWorkingDay: z.string() }).nullable(),
  extensionDays: z.number().int(),
  correctionCount: z.number().int(),
  resultNumber: z.string().nullable(),
  deliveryMethod: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  materials: z.array(caseMaterialSchema),
  tasks: z.array(caseTaskSchema),
  fees: z.array(z.object({ name: z.string(), amount: z.number(), catalogAmount: z.number().nullable() })),
  approvals: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['extension', 'special_procedure']),
      days: z.number().int(),
      procedure: z.string().nullable(),
      reason: z.string(),
      status: z.enum(['pending', 'approved', 'rejected']),
    }),
  ),
  allowedActions: z.array(z.string()),
  events: z.array(caseEventSchema),
})
export type CaseDetail = z.infer<typeof caseDetailSchema>

/** A row in staff lists: personal data masked. */
export const caseListItemSchema = z.object({
  id: z.string(),
  number: z.string(),
  matterName: z.string(),
  status: z.enum(caseStatuses),
  applicantName: z.string(),
  dueOn: z.string().nullable(),
  remainingDays: z.number().int().nullable(),
  taskId: z.string().nullable(),
  taskDepartmentId: z.string().nullable(),
  /** an extension or special procedure of the case waits for the approver (task queue only) */
  awaitingApproval: z.boolean(),
})

/** The public progress page: no personal data beyond a masked name. A body, never a query: URLs are logged. */
export const caseLookupRequest = z.strictObject({
  number: z
    .string()
    .trim()
    .regex(/^\d{10,24}$/),
  /** the last four characters of the applicant's ID number or phone */
  factor: z
    .string()
    .trim()
    .regex(/^[0-9Xx]{4}$/),
})
/** A bundle's public progress (联办编号 + the same second factor). */
export const bundleLookupRequest = z.strictObject({
  number: z
    .string()
    .trim()
    .regex(/^YJS\d{10,24}$/),
  factor: caseLookupRequest.shape.factor,
})
export const caseProgressSchema = z.object({
  number: z.string(),
  matterName: localizedTextSchema,
  status: z.enum(caseStatuses),
  outcome: z.enum(caseOutcomes).nullable(),
  applicantNameMasked: z.string(),
  receivedOn: z.string(),
  acceptedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  isDueProvisional: z.boolean(),
  completedOn: z.string().nullable(),
  timeline: z.array(z.object({ at: z.string(), type: z.string(), toStatus: z.string().nullable() })),
})
export type CaseProgress = z.infer<typeof caseProgressSchema>
