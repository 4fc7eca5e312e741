import { z } from 'zod'
import { localizedTextSchema } from './localized'
import { cleanText } from './text'
import { applicantSchema, caseProgressSchema, residentIdSchema } from './case-api'
import { caseStatuses } from './cases'
import { formFieldSchema } from './catalog'
import { phoneSchema } from './schemas'

export * from './online-levels'

/**
 * The online channel (网上办事大厅, PRODUCT.md 2.3 / 2.7): citizen sign-in with a one-time SMS
 * code, online applications (a matter or a bundle) with uploads, corrections, my cases.
 */

// ---------------------------------------------------------------- sign-in

export const OTP_LENGTH = 6
export const otpRequest = z.strictObject({ phone: phoneSchema })
export const otpRequestResponse = z.object({
  phoneMasked: z.string(),
  expiresAt: z.string(),
  resendAfterSeconds: z.number().int(),
})
export const otpVerifyRequest = z.strictObject({
  phone: phoneSchema,
  code: z.string().regex(/^\d{6}$/),
  /** bound at first sign-in when given (GB 11643 check digit) */
  idNumber: residentIdSchema.optional(),
})
export const citizenMeResponse = z.object({
  citizenId: z.string(),
  phoneMasked: z.string(),
  /** the bound resident ID, masked; null when none is bound */
  idNumberMasked: z.string().nullable(),
  name: z.string().nullable(),
})
export type CitizenMe = z.infer<typeof citizenMeResponse>
export const citizenProfileRequest = z.strictObject({
  name: cleanText({ min: 1, max: 100 }).optional(),
  idNumber: residentIdSchema.optional(),
})

// ---------------------------------------------------------------- applications

export const onlineApplicationKinds = ['matter', 'bundle'] as const
export const deliveryChoices = ['window', 'post'] as const
export const deliveryChoiceSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('window') }),
  z.strictObject({
    method: z.literal('post'),
    recipient: cleanText({ min: 1, max: 100 }),
    phone: phoneSchema,
    address: cleanText({ min: 5, max: 300 }),
  }),
])
export type DeliveryChoice = z.infer<typeof deliveryChoiceSchema>

const formValue = z.union([cleanText({ max: 2000, multiline: true }), z.number(), z.boolean()])
export const createDraftRequest = z.strictObject({
  kind: z.enum(onlineApplicationKinds),
  /** the matter code or the bundle code */
  code: z.string().trim().min(1).max(64),
})
export const saveDraftRequest = z.strictObject({
  applicant: applicantSchema.nullable().default(null),
  formData: z.record(z.string().max(64), formValue).default({}),
  delivery: deliveryChoiceSchema.nullable().default(null),
})
export type SaveDraftRequest = z.input<typeof saveDraftRequest>

/** The largest upload (PDF, JPEG or PNG) the online channel takes; the portal checks it before sending. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export const onlineFileSchema = z.object({
  /** unguessable id; the file is reachable only by its owner */
  id: z.string(),
  materialKey: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
})
export type OnlineFile = z.infer<typeof onlineFileSchema>

export const onlineMaterialSchema = z.object({
  /** stable key of the material within the application (the normalised name) */
  key: z.string(),
  /** in Uyghur and English where the catalog has them */
  name: localizedTextSchema,
  isRequired: z.boolean(),
  isDeferrable: z.boolean(),
  /** the matters that need it (a bundle uploads each material once) */
  matterCodes: z.array(z.string()),
  files: z.array(onlineFileSchema),
})

export const onlineCaseRefSchema = z.object({
  id: z.string(),
  number: z.string(),
  matterCode: z.string(),
  matterName: z.string(),
  status: z.enum(caseStatuses),
})

/** The applicant as answered (plain strings: response schemas carry no transforms). */
const applicantView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), name: z.string(), idNumber: z.string(), phone: z.string() }),
  z.object({
    kind: z.literal('organisation'),
    name: z.string(),
    creditCode: z.string(),
    legalRepresentative: z.string(),
    phone: z.string(),
  }),
])

export const onlineApplicationSchema = z.object({
  id: z.string(),
  kind: z.enum(onlineApplicationKinds),
  code: z.string(),
  /** the matter's or bundle's name, in Uyghur and English where the catalog has them */
  name: localizedTextSchema,
  status: z.enum(['draft', 'submitted']),
  /** one number over a bundle's cases (receipt, QR, lookup) */
  bundleNumber: z.string().nullable(),
  form: z.array(formFieldSchema),
  applicant: applicantView.nullable(),
  /** the signed-in citizen's own phone (to them only), so the form starts with it filled in */
  citizenPhone: z.string(),
  formData: z.record(z.string(), formValue),
  delivery: deliveryChoiceSchema.nullable(),
  deliveryMethods: z.array(z.string()),
  materials: z.array(onlineMaterialSchema),
  cases: z.array(onlineCaseRefSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
})
export type OnlineApplication = z.infer<typeof onlineApplicationSchema>
export const onlineApplicationListSchema = z.array(
  onlineApplicationSchema
    .pick({
      id: true,
      kind: true,
      code: true,
      status: true,
      bundleNumber: true,
      updatedAt: true,
      submittedAt: true,
    })
    .extend({
      /** the Chinese name the application was started with (the list shows it as it is) */
      name: z.string(),
    }),
)

// ---------------------------------------------------------------- my cases

export const myCaseListItemSchema = z.object({
  id: z.string(),
  number: z.string(),
  matterName: localizedTextSchema,
  status: z.enum(caseStatuses),
  bundleNumber: z.string().nullable(),
  receivedOn: z.string(),
  intakeDueOn: z.string(),
  dueOn: z.string().nullable(),
})
export const myCaseDetailSchema = myCaseListItemSchema.extend({
  applicationId: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  legalDueOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  isDueProvisional: z.boolean(),
  outcome: z.string().nullable(),
  resultNumber: z.string().nullable(),
  /** the latest one-time correction notice (一次性告知) while a correction is asked */
  correction: z
    .object({
      items: z.array(z.string()),
      missingMaterials: z.array(
        z.object({
          position: z.number().int(),
          name: localizedTextSchema,
        }),
      ),
      notice: z.number().int(),
    })
    .nullable(),
  materials: z.array(
    z.object({
      position: z.number().int(),
      name: localizedTextSchema,
      status: z.string(),
      hasFile: z.boolean(),
    }),
  ),
  /** files uploaded for the correction, not yet resubmitted */
  pendingFiles: z.array(onlineFileSchema.extend({ position: z.number().int() })),
  delivery: deliveryChoiceSchema.nullable(),
  canWithdraw: z.boolean(),
  canResubmit: z.boolean(),
  documents: z.array(z.string()),
  timeline: caseProgressSchema.shape.timeline,
})
export type MyCaseDetail = z.infer<typeof myCaseDetailSchema>
export const withdrawRequest = z.strictObject({ reason: cleanText({ min: 1, max: 500, multiline: true }) })
export const bundleLookupSchema = z.object({
  bundleNumber: z.string(),
  /** the bundle's name, in Uyghur and English when the catalog has them */
  name: localizedTextSchema,
  cases: z.array(caseProgressSchema),
})
export type BundleLookup = z.infer<typeof bundleLookupSchema>
