import { z } from 'zod'
import { cleanText } from './text'
import { roles } from './roles'
import { localizedText, localizedTextSchema } from './localized'

/**
 * The matter catalog (事项清单, PRODUCT.md 2.2): the "matter document" holding every standard
 * element of a matter, the enums behind it (with their Chinese labels, used by the forms and the
 * Excel sheets), and the request / response shapes of the catalog API. The server validates a
 * document with these schemas and then with the cross-field rules (catalog.rules.ts); the web
 * app's forms use the same schemas, so both sides refuse the same input.
 */

/** 事项类型 */
export const matterTypes = [
  'licensing', // 行政许可
  'confirmation', // 行政确认
  'payment', // 行政给付
  'levy', // 行政征收
  'reward', // 行政奖励
  'adjudication', // 行政裁决
  'other_power', // 其他行政权力
  'public_service', // 公共服务
] as const
export type MatterType = (typeof matterTypes)[number]
export const matterTypeLabels: Record<MatterType, string> = {
  licensing: '行政许可',
  confirmation: '行政确认',
  payment: '行政给付',
  levy: '行政征收',
  reward: '行政奖励',
  adjudication: '行政裁决',
  other_power: '其他行政权力',
  public_service: '公共服务',
}

/** 行使层级: the same levels as departments (region / city / district-county). */
export const matterLevels = ['region', 'city', 'district'] as const
export type MatterLevel = (typeof matterLevels)[number]
export const matterLevelLabels: Record<MatterLevel, string> = {
  region: '自治区级',
  city: '市级',
  district: '区县级',
}

/** 材料形式 */
export const materialForms = ['original', 'copy', 'original_and_copy', 'electronic'] as const
export type MaterialForm = (typeof materialForms)[number]
export const materialFormLabels: Record<MaterialForm, string> = {
  original: '原件',
  copy: '复印件',
  original_and_copy: '原件和复印件',
  electronic: '电子件',
}

/** 特别程序 (the clock stops while one runs; each kind has a maximum per matter) */
export const specialProcedureKinds = [
  'hearing',
  'site_inspection',
  'expert_review',
  'testing',
  'public_notice',
  'appraisal',
  'other',
] as const
export type SpecialProcedureKind = (typeof specialProcedureKinds)[number]
export const specialProcedureLabels: Record<SpecialProcedureKind, string> = {
  hearing: '听证',
  site_inspection: '现场勘察',
  expert_review: '专家评审',
  testing: '检验检测',
  public_notice: '公示',
  appraisal: '鉴定',
  other: '其他',
}

/** 送达方式 */
export const deliveryMethods = ['window', 'post', 'electronic'] as const
export type DeliveryMethod = (typeof deliveryMethods)[number]
export const deliveryMethodLabels: Record<DeliveryMethod, string> = {
  window: '窗口领取',
  post: '邮寄送达',
  electronic: '电子送达',
}

/** 网办深度, from "only at the window" to "fully online" (全程网办). */
export const onlineLevels = ['offline', 'consult', 'download', 'prereview', 'full'] as const
export type OnlineLevel = (typeof onlineLevels)[number]
export const onlineLevelLabels: Record<OnlineLevel, string> = {
  offline: '线下办理',
  consult: '网上咨询',
  download: '表格下载',
  prereview: '网上预审',
  full: '全程网办',
}

/** What happens to a parallel case when one department refuses (并联审批中一个部门不同意). */
export const parallelRefusalPolicies = ['refuse_case', 'continue', 'lead_decides'] as const
export type ParallelRefusalPolicy = (typeof parallelRefusalPolicies)[number]
export const parallelRefusalLabels: Record<ParallelRefusalPolicy, string> = {
  refuse_case: '整体不予许可',
  continue: '其余部门继续办理',
  lead_decides: '由牵头部门决定',
}

/** Working days; 0 = on the spot (即办件). A year is the most any catalog limit goes. */
export const workingDays = z.number().int().min(0).max(365)
export const MAX_INTAKE_LIMIT_DAYS = 5 // 行政许可法 第三十二条
export const matterCodePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/
const text = (max: number) => cleanText({ min: 1, max, multiline: max >= 500 })
/** a name in the center's languages (Chinese required) */
const name = (max: number) => localizedText({ max })
const idRef = z.string().min(1).max(64)

export const materialSchema = z.strictObject({
  name: name(200),
  form: z.enum(materialForms),
  copies: z.number().int().min(0).max(99),
  isRequired: z.boolean(),
  /** 容缺: may be missing at acceptance and supplied later, within `deferralDays` working days */
  isDeferrable: z.boolean().default(false),
  deferralDays: workingDays.min(1).nullable().default(null),
  /** where it comes from, e.g. 申请人自备, 公安机关核发 */
  source: cleanText({ max: 200 }).default(''),
  note: cleanText({ max: 1000, multiline: true }).default(''),
})
export type Material = z.infer<typeof materialSchema>

export const feeItemSchema = z.strictObject({
  name: text(200),
  /** yuan; 0 = free (不收费) */
  amount: z.number().min(0).max(10_000_000),
  unit: cleanText({ max: 40 }).default(''),
  legalBasis: cleanText({ max: 2000, multiline: true }),
})
export type FeeItem = z.infer<typeof feeItemSchema>

export const stepSchema = z.strictObject({ name: text(100), limitDays: workingDays })
export type Step = z.infer<typeof stepSchema>

export const parallelDepartmentSchema = z.strictObject({
  departmentId: idRef,
  limitDays: workingDays,
  onRefusal: z.enum(parallelRefusalPolicies),
})
export type ParallelDepartment = z.infer<typeof parallelDepartmentSchema>

export const specialProcedureSchema = z.strictObject({
  kind: z.enum(specialProcedureKinds),
  maxDays: z.number().int().min(1).max(365),
  note: cleanText({ max: 1000, multiline: true }).default(''),
})
export type SpecialProcedure = z.infer<typeof specialProcedureSchema>

export const formFieldTypes = ['text', 'textarea', 'number', 'date', 'id_number', 'phone', 'select'] as const
export type FormFieldType = (typeof formFieldTypes)[number]
/** One field of an application form (a bundle's, or a matter's own: 申请表 items such as 前往国家). */
export const formFieldSchema = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/),
  label: name(100),
  type: z.enum(formFieldTypes),
  isRequired: z.boolean().default(false),
  /** the choices of a select; the stored answer is the Chinese text of the choice */
  options: z.array(name(100)).max(50).default([]),
  /** number: the smallest and the largest value allowed */
  min: z.number().min(-1_000_000_000).max(1_000_000_000).optional(),
  max: z.number().min(-1_000_000_000).max(1_000_000_000).optional(),
  /** text and textarea: the longest answer, in characters */
  maxLength: z.number().int().min(1).max(2000).optional(),
})
export type FormField = z.infer<typeof formFieldSchema>

/** Every standard element of one version of a matter. */
export const matterDocumentSchema = z.strictObject({
  code: z.string().trim().regex(matterCodePattern, 'letters, digits, . _ -; 2–64 characters'),
  name: name(200),
  type: z.enum(matterTypes),
  departmentId: idRef,
  level: z.enum(matterLevels),
  summary: cleanText({ max: 4000, multiline: true }).default(''),
  /** extra search words (aliases people use: 护照, 出国) */
  keywords: z.array(text(50)).max(30).default([]),
  /** 法定时限, working days */
  legalLimitDays: workingDays,
  /** 承诺时限, working days, ≤ legal; 0 = 即办件 */
  promisedLimitDays: workingDays,
  /** the decision to accept, refuse or ask for correction is due within this (≤ 5) */
  intakeLimitDays: workingDays.max(MAX_INTAKE_LIMIT_DAYS).default(MAX_INTAKE_LIMIT_DAYS),
  /** 延期上限; null = derived from the legal limit (see catalog rules) */
  extensionMaxDays: workingDays.nullable().default(null),
  /** who approves an extension (延期审批) */
  extensionApproverRole: z.enum(roles).default('approver'),
  conditions: z.array(text(2000)).max(50).default([]),
  materials: z.array(materialSchema).max(100).default([]),
  fees: z.array(feeItemSchema).max(50).default([]),
  legalBasis: z.array(text(2000)).max(50).default([]),
  steps: z.array(stepSchema).max(20).default([]),
  parallelDepartments: z.array(parallelDepartmentSchema).max(30).default([]),
  specialProcedures: z.array(specialProcedureSchema).max(20).default([]),
  delivery: z.array(z.enum(deliveryMethods)).min(1).max(3),
  onlineLevel: z.enum(onlineLevels),
  /** 到现场次数: 0 = 零跑腿, 1 = 最多跑一次 */
  visits: z.number().int().min(0).max(5),
  /** where in the hall it is handled */
  hallAreaId: idRef.nullable().default(null),
  locationNote: cleanText({ max: 500, multiline: true }).default(''),
  queueCategoryId: idRef.nullable().default(null),
  /** the matter's own application form fields (申请表), asked at the window and online */
  formFields: z.array(formFieldSchema).max(50).default([]),
})
/** What a form sends (defaults optional). */
export type MatterDocumentInput = z.input<typeof matterDocumentSchema>
/** A validated document, as stored in a version. */
export type MatterDocument = z.infer<typeof matterDocumentSchema>

export const versionStatuses = ['draft', 'published', 'superseded'] as const
export type VersionStatus = (typeof versionStatuses)[number]

/** A problem found in a document, with the path of the field (e.g. materials.2.deferralDays). */
export const catalogIssueSchema = z.object({ path: z.string(), code: z.string(), message: z.string() })
export type CatalogIssue = z.infer<typeof catalogIssueSchema>

// ---------------------------------------------------------------- API shapes

const departmentRef = z.object({
  id: z.string(),
  code: z.string(),
  name: localizedTextSchema,
})
export type CatalogDepartmentRef = z.infer<typeof departmentRef>

export const matterSummarySchema = z.object({
  matterId: z.string(),
  versionId: z.string(),
  version: z.number().int(),
  code: z.string(),
  name: localizedTextSchema,
  type: z.enum(matterTypes),
  level: z.enum(matterLevels),
  department: departmentRef,
  legalLimitDays: z.number().int(),
  promisedLimitDays: z.number().int(),
  onlineLevel: z.enum(onlineLevels),
  visits: z.number().int(),
  publishedAt: z.string(),
})
export type MatterSummary = z.infer<typeof matterSummarySchema>

export const searchMattersQuery = z.strictObject({
  q: cleanText({ max: 100 }).optional(),
  departmentId: idRef.optional(),
  level: z.enum(matterLevels).optional(),
  type: z.enum(matterTypes).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
})
export type SearchMattersQuery = z.infer<typeof searchMattersQuery>
export const searchMattersResponse = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(matterSummarySchema),
})
export type SearchMattersResponse = z.infer<typeof searchMattersResponse>

/** The full service guide (办事指南) of a published version, names resolved for display. */
export const matterGuideSchema = z.object({
  matterId: z.string(),
  versionId: z.string(),
  version: z.number().int(),
  publishedAt: z.string(),
  document: matterDocumentSchema,
  /** every department the document names (implementing and parallel), by id */
  departments: z.record(z.string(), departmentRef),
  /** the extension cap in force (the document's, or the one derived from the legal limit) */
  extensionCapDays: z.number().int(),
  isInstant: z.boolean(),
  hallArea: z.object({ id: z.string(), code: z.string(), name: localizedTextSchema }).nullable(),
  queueCategory: z
    .object({ id: z.string(), code: z.string(), prefix: z.string(), name: localizedTextSchema })
    .nullable(),
})
export type MatterGuide = z.infer<typeof matterGuideSchema>

export const matterVersionSchema = z.object({
  id: z.string(),
  matterId: z.string(),
  version: z.number().int(),
  status: z.enum(versionStatuses),
  document: matterDocumentSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
})
export type MatterVersion = z.infer<typeof matterVersionSchema>
const versionHead = matterVersionSchema.omit({ document: true })

export const adminMatterListItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.enum(matterTypes),
  level: z.enum(matterLevels),
  departmentId: z.string(),
  departmentName: z.string(),
  publishedVersion: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  hasDraft: z.boolean(),
  draftUpdatedAt: z.string().nullable(),
  updatedAt: z.string(),
})
export const adminMattersQuery = z.strictObject({
  q: cleanText({ max: 100 }).optional(),
  departmentId: idRef.optional(),
  status: z.enum(['draft', 'published', 'unpublished']).optional(),
})
export const adminMattersResponse = z.object({ items: z.array(adminMatterListItemSchema) })
export type AdminMatterListItem = z.infer<typeof adminMatterListItemSchema>

export const adminMatterResponse = z.object({
  id: z.string(),
  code: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  draft: matterVersionSchema.nullable(),
  published: matterVersionSchema.nullable(),
  /** every version, newest first, without documents (fetch one with /admin/versions/:id) */
  history: z.array(versionHead),
  extensionCapDays: z.number().int().nullable(),
})
export type AdminMatterResponse = z.infer<typeof adminMatterResponse>

// ---------------------------------------------------------------- bundles (一件事一次办)

/**
 * A result one matter of a bundle issues that a later matter of the same bundle needs (e.g. the
 * business licence from 企业设立登记 for 食品经营许可): the applicant does not upload it, the later
 * case waits for it, and it is attached when issued.
 */
export const bundleFeedSchema = z.strictObject({
  /** the matter whose result it is */
  fromMatterCode: z.string().trim().min(1).max(64),
  /** the later matter that needs it */
  toMatterCode: z.string().trim().min(1).max(64),
  /** the later matter's material the result stands for (its name, e.g. 营业执照) */
  material: z.string().trim().min(1).max(200),
})
export type BundleFeed = z.infer<typeof bundleFeedSchema>

export const bundleInputSchema = z.strictObject({
  code: z.string().trim().regex(matterCodePattern, 'letters, digits, . _ -; 2–64 characters'),
  name: name(200),
  /** the life event, e.g. 我要开餐馆 */
  description: cleanText({ max: 4000, multiline: true }).default(''),
  leadDepartmentId: idRef,
  /** matter codes, in the order they are shown */
  matterCodes: z
    .array(cleanText({ min: 1, max: 64 }))
    .min(2)
    .max(30),
  /** the one form the applicant fills in for the whole bundle */
  form: z.array(formFieldSchema).max(100).default([]),
  /** results of its matters that later matters of the bundle need (not uploaded by the applicant) */
  feeds: z.array(bundleFeedSchema).max(60).default([]),
})
export type BundleInput = z.input<typeof bundleInputSchema>

export const bundleMaterialSchema = z.object({
  /** in Uyghur and English where the matters' materials have them */
  name: localizedTextSchema,
  form: z.enum(materialForms),
  copies: z.number().int(),
  isRequired: z.boolean(),
  isDeferrable: z.boolean(),
  /** the matters that ask for it */
  matterCodes: z.array(z.string()),
  /** issued within the bundle by this matter (not to be brought or uploaded); absent otherwise */
  issuedBy: z.string().optional(),
})
export type BundleMaterial = z.infer<typeof bundleMaterialSchema>

export const bundleSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: localizedTextSchema,
  description: z.string(),
  leadDepartment: departmentRef,
  form: z.array(formFieldSchema),
  /** results of its matters that later matters need: the applicant never uploads them */
  feeds: z.array(bundleFeedSchema),
  /** the matters with their published version (null when a matter is not published; then no Uyghur or English name either) */
  matters: z.array(
    z.object({
      matterId: z.string(),
      code: z.string(),
      name: localizedTextSchema,
      versionId: z.string().nullable(),
      department: departmentRef.nullable(),
      promisedLimitDays: z.number().int().nullable(),
    }),
  ),
  /** the deduplicated materials over all published matters */
  materials: z.array(bundleMaterialSchema),
  /** true when every matter has a published version (only those bundles are public) */
  isComplete: z.boolean(),
  /** the longest promised limit (matters run in parallel) */
  promisedLimitDays: z.number().int().nullable(),
  updatedAt: z.string(),
})
export type Bundle = z.infer<typeof bundleSchema>
export const bundlesResponse = z.object({ items: z.array(bundleSchema) })

// ---------------------------------------------------------------- Excel import

export const catalogImportQuery = z.strictObject({
  /** publish (default): every changed matter is published; draft: changes stay drafts */
  mode: z.enum(['publish', 'draft']).default('publish'),
})
export const catalogImportResponse = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  published: z.number().int(),
  bundles: z.number().int(),
})
export type CatalogImportResponse = z.infer<typeof catalogImportResponse>
/** details of CATALOG_EXCEL_ROWS_INVALID: each bad cell */
export const catalogExcelRowErrorSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  message: z.string(),
})
export type CatalogExcelRowError = z.infer<typeof catalogExcelRowErrorSchema>
