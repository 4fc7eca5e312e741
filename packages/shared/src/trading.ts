import { z } from 'zod'
import { creditCodeSchema } from './case-api'
import { day, fen, id, instant, name } from './trading-fields'

/**
 * The public resource trading center (公共资源交易中心, PRODUCT.md 2.8, issue 18): categories,
 * methods, the legal timetable's rule shape, projects, lots and announcements.
 */
export const tradingCategories = ['works', 'procurement', 'land', 'mining', 'property'] as const
export type TradingCategory = (typeof tradingCategories)[number]

export const tradingMethods = [
  'open_tender', // 公开招标
  'invited_tender', // 邀请招标
  'competitive_negotiation', // 竞争性谈判
  'competitive_consultation', // 竞争性磋商
  'inquiry', // 询价
  'single_source', // 单一来源
  'listing', // 挂牌
  'auction', // 拍卖
] as const
export type TradingMethod = (typeof tradingMethods)[number]

/** Which methods a category trades by. */
export const methodsByCategory: Record<TradingCategory, readonly TradingMethod[]> = {
  works: ['open_tender', 'invited_tender'],
  procurement: [
    'open_tender',
    'invited_tender',
    'competitive_negotiation',
    'competitive_consultation',
    'inquiry',
    'single_source',
  ],
  land: ['open_tender', 'auction', 'listing'],
  mining: ['open_tender', 'auction', 'listing'],
  property: ['listing', 'auction'],
}

/** The steps the timetable knows; each has one rule per category/method it applies to. */
export const timetableSteps = [
  'documents_on_sale',
  'issue_to_deadline',
  'clarification_before_deadline',
  'objection_before_deadline',
  'objection_answer',
  'candidates_published',
  'candidates_publicity',
  'result_announced',
  'result_publicity',
  'challenge_filing',
  'challenge_answer',
  'contract_signed',
  'contract_filed',
  'result_report',
  'announcement_before_trading',
  'listing_period',
  'disclosure_period',
  'complaint_filing',
  'complaint_acceptance',
  'complaint_decision',
] as const
export type TimetableStep = (typeof timetableSteps)[number]

/**
 * - `min_after`: the end event is at least N days after the start (start day not counted; a
 *   period ending on a rest day or holiday ends on the next working day).
 * - `min_before`: the action is at least N days before the deadline (the deadline day excluded).
 * - `max_after`: the action is at most N days after its trigger (same counting as min_after).
 */
export const timetableRuleKinds = ['min_after', 'min_before', 'max_after'] as const
export type TimetableRuleKind = (typeof timetableRuleKinds)[number]
export const dayUnits = ['calendar', 'working'] as const
export type DayUnit = (typeof dayUnits)[number]

export const timetableRuleSchema = z.object({
  id: z.string(),
  step: z.enum(timetableSteps),
  categories: z.array(z.enum(tradingCategories)),
  /** empty: every method of those categories */
  methods: z.array(z.enum(tradingMethods)),
  /** true: only for tenders that the law requires (依法必须招标) */
  legallyRequiredOnly: z.boolean(),
  kind: z.enum(timetableRuleKinds),
  days: z.number().int(),
  unit: z.enum(dayUnits),
  /** the article: 招标投标法实施条例 第16条 */
  basis: z.string(),
  note: z.string().nullable(),
})
export type TimetableRule = z.infer<typeof timetableRuleSchema>

export const timetableVersionResponse = z.object({
  /** 0 = the statutory table shipped with Yimin */
  version: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string().nullable(),
  rules: z.array(timetableRuleSchema),
})
export type TimetableVersionResponse = z.infer<typeof timetableVersionResponse>

/** An administrator's edit: new day counts for some rules (only ever stricter than the law). */
export const timetableEditRequest = z.strictObject({
  note: z.string().trim().min(1).max(500),
  changes: z
    .array(z.strictObject({ id: z.string().min(1).max(100), days: z.number().int().min(0).max(365) }))
    .min(1)
    .max(100),
})
export type TimetableEditRequest = z.infer<typeof timetableEditRequest>

/** One failed timetable check: the rule, its basis, and the date the rule requires. */
export const timetableViolationSchema = z.object({
  ruleId: z.string(),
  step: z.enum(timetableSteps),
  basis: z.string(),
  days: z.number().int(),
  unit: z.enum(dayUnits),
  kind: z.enum(timetableRuleKinds),
  /** the date given */
  actual: z.string(),
  /** the earliest (min_after) or latest (min_before, max_after) date allowed */
  required: z.string(),
  isProvisional: z.boolean(),
})
export type TimetableViolation = z.infer<typeof timetableViolationSchema>

// ---- organisations, projects, lots ----

export const tradingOrgKinds = ['tenderee', 'agency'] as const
export type TradingOrgKind = (typeof tradingOrgKinds)[number]

export const createTradingOrgRequest = z.strictObject({
  name,
  creditCode: creditCodeSchema,
  kind: z.enum(tradingOrgKinds),
})
export const tradingOrgResponse = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  kind: z.enum(tradingOrgKinds),
})
export type TradingOrgResponse = z.infer<typeof tradingOrgResponse>
export const tradingOrgMemberRequest = z.strictObject({ userId: id })

export const tradingProjectStatuses = [
  'draft', // entered by the agency
  'registered', // 进场登记 by the center
  'announced',
  'evaluating',
  'publicity',
  'awarded',
  'failed', // every lot failed (流标): the next step is a re-tender (a termination, then a new project)
  'terminated',
] as const
export type TradingProjectStatus = (typeof tradingProjectStatuses)[number]

/** A lot's own stage: a project's lots move apart (one in publicity, one awarded, one failed 流标). */
export const tradingLotStages = ['open', 'evaluating', 'failed', 'publicity', 'awarded'] as const
export type TradingLotStage = (typeof tradingLotStages)[number]

export const createLotRequest = z.strictObject({
  name,
  budgetFen: fen,
  ceilingFen: fen.nullable().optional(),
})

export const createTradingProjectRequest = z.strictObject({
  name,
  category: z.enum(tradingCategories),
  method: z.enum(tradingMethods),
  /** GB/T 2260 division code of the project's place */
  region: z.string().regex(/^\d{6}$/),
  ownerOrgId: id,
  agencyOrgId: id,
  supervisingDepartmentId: id,
  budgetFen: fen,
  isLegallyRequired: z.boolean(),
  lots: z.array(createLotRequest).min(1).max(50),
})
export type CreateTradingProjectRequest = z.infer<typeof createTradingProjectRequest>

export const tradingLotResponse = z.object({
  id: z.string(),
  seq: z.number().int(),
  name: z.string(),
  budgetFen: z.number().int(),
  ceilingFen: z.number().int().nullable(),
  bidDeadline: z.string().nullable(),
  openingAt: z.string().nullable(),
  timetableVersion: z.number().int().nullable(),
  stage: z.enum(tradingLotStages),
  /** recorded by the center: 中标/成交通知书, contract signed and filed, result report (local dates) */
  awardNoticeOn: z.string().nullable(),
  contractSignedOn: z.string().nullable(),
  contractFiledOn: z.string().nullable(),
  resultReportOn: z.string().nullable(),
  awardFen: z.number().int().nullable(),
})

export const tradingProjectResponse = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  category: z.enum(tradingCategories),
  method: z.enum(tradingMethods),
  region: z.string(),
  owner: tradingOrgResponse,
  agency: tradingOrgResponse,
  supervisingDepartmentId: z.string(),
  budgetFen: z.number().int(),
  isLegallyRequired: z.boolean(),
  status: z.enum(tradingProjectStatuses),
  createdAt: z.string(),
  registeredAt: z.string().nullable(),
  lots: z.array(tradingLotResponse),
})
export type TradingProjectResponse = z.infer<typeof tradingProjectResponse>

export const tradingProjectEventResponse = z.object({
  seq: z.number().int(),
  at: z.string(),
  type: z.string(),
  actorRole: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  hash: z.string(),
})

// ---- announcements ----

export const announcementKinds = [
  'tender', // 招标公告 / 采购公告
  'transfer', // 出让公告 (land, mining, property)
  'change', // 变更公告
  'candidates', // 中标候选人公示
  'result', // 结果公告
  'termination', // 终止公告
] as const
export type AnnouncementKind = (typeof announcementKinds)[number]
export const announcementStatuses = ['draft', 'scheduled', 'published'] as const
export const announcementLanguages = ['zh-CN', 'ug', 'en'] as const

/** The dates an announcement sets; which are required depends on its kind. */
export const announcementDates = z.strictObject({
  saleStart: day.optional(),
  saleEnd: day.optional(),
  bidDeadline: instant.optional(),
  /** for a change: whether it affects the preparation of bids (then the deadline may move) */
  affectsBids: z.boolean().optional(),
  reportReceivedOn: day.optional(),
  publicityStart: day.optional(),
  publicityEnd: day.optional(),
  decidedOn: day.optional(),
  tradingStart: day.optional(),
  listingEnd: day.optional(),
})
export type AnnouncementDates = z.infer<typeof announcementDates>

export const draftAnnouncementRequest = z.strictObject({
  kind: z.enum(announcementKinds),
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(50_000),
  language: z.enum(announcementLanguages),
  /** the published announcement a change, result or termination refers to */
  previousId: id.optional(),
  dates: announcementDates,
})
export type DraftAnnouncementRequest = z.infer<typeof draftAnnouncementRequest>

/** Edit a draft: its title, body, language or dates (a published one never changes). */
export const updateAnnouncementRequest = draftAnnouncementRequest
  .omit({ kind: true, previousId: true })
  .partial()
export type UpdateAnnouncementRequest = z.infer<typeof updateAnnouncementRequest>

export const publishAnnouncementRequest = z.strictObject({
  /** when it goes public; now when omitted; never in the past */
  publishAt: instant.optional(),
  /** the lot a candidates or result announcement is for; every lot still running when omitted */
  lotId: id.optional(),
})

export const announcementResponse = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: z.enum(announcementKinds),
  title: z.string(),
  body: z.string(),
  language: z.enum(announcementLanguages),
  status: z.enum(announcementStatuses),
  previousId: z.string().nullable(),
  dates: announcementDates,
  /** set when a late change moved the bid deadline: the deadline before and after */
  movedDeadline: z
    .object({ from: z.string(), to: z.string(), ruleId: z.string(), basis: z.string() })
    .nullable(),
  publishAt: z.string().nullable(),
  createdAt: z.string(),
  /** the lots a candidates or result announcement is for (empty for the other kinds) */
  lotIds: z.array(z.string()),
})
export type AnnouncementResponse = z.infer<typeof announcementResponse>

export const timetableCheckResponse = z.object({
  ok: z.boolean(),
  timetableVersion: z.number().int(),
  violations: z.array(timetableViolationSchema),
  /** a late change: the deadline it moves to */
  movedDeadline: z.string().nullable(),
})
export type TimetableCheckResponse = z.infer<typeof timetableCheckResponse>

export const publicAnnouncementsQuery = z.strictObject({
  category: z.enum(tradingCategories).optional(),
  method: z.enum(tradingMethods).optional(),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  kind: z.enum(announcementKinds).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
})
export const publicAnnouncementItem = z.object({
  id: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  kind: z.enum(announcementKinds),
  title: z.string(),
  category: z.enum(tradingCategories),
  method: z.enum(tradingMethods),
  region: z.string(),
  language: z.enum(announcementLanguages),
  publishedAt: z.string(),
})
export const publicAnnouncementsResponse = z.object({
  items: z.array(publicAnnouncementItem),
  /** matches, counted up to 1000 */
  total: z.number().int(),
  /** true when there are more than `total` (shown as "1000+") */
  isTotalCapped: z.boolean(),
})

// ---- venues ----

export const roomKinds = ['opening', 'evaluation'] as const
export type RoomKind = (typeof roomKinds)[number]
export const createRoomRequest = z.strictObject({
  name,
  kind: z.enum(roomKinds),
  capacity: z.number().int().min(1).max(1000),
  equipment: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
})
export const roomResponse = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(roomKinds),
  capacity: z.number().int(),
  equipment: z.array(z.string()),
})
/** Bookings are whole half hours (:00 or :30), at most 12 hours. */
export const createBookingRequest = z.strictObject({
  roomId: id,
  lotId: id,
  startsAt: instant,
  endsAt: instant,
})
export const bookingResponse = z.object({
  id: z.string(),
  roomId: z.string(),
  roomName: z.string(),
  roomKind: z.enum(roomKinds),
  lotId: z.string(),
  lotName: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
})
export const bookingsQuery = z.strictObject({ from: instant, to: instant })

// ---- the public site ----

export const openingsQuery = z.strictObject({ span: z.enum(['today', 'week']).default('today') })
export const openingItem = z.object({
  lotId: z.string(),
  lotName: z.string(),
  openingAt: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  projectName: z.string(),
  category: z.enum(tradingCategories),
  /** the opening room (开标室); evaluation rooms are never shown */
  roomName: z.string().nullable(),
})
export const openingsResponse = z.object({ from: z.string(), to: z.string(), items: z.array(openingItem) })

/** A lot an announcement is for, as the public sees it: its number in the project and its name. */
const announcedLot = z.object({ seq: z.number().int(), name: z.string() })
export const publicAnnouncementResponse = publicAnnouncementItem.extend({
  /** the lots a candidates or result announcement is for (empty for the other kinds) */
  lots: z.array(announcedLot),
  body: z.string(),
  previousId: z.string().nullable(),
  movedDeadline: z
    .object({ from: z.string(), to: z.string(), ruleId: z.string(), basis: z.string() })
    .nullable(),
})
export const publicTimelineResponse = z.object({
  projectId: z.string(),
  projectCode: z.string(),
  name: z.string(),
  category: z.enum(tradingCategories),
  method: z.enum(tradingMethods),
  status: z.enum(tradingProjectStatuses),
  lots: z.array(
    z.object({
      name: z.string(),
      bidDeadline: z.string().nullable(),
      openingAt: z.string().nullable(),
      /** each lot's own stage: one may be in publicity, one awarded, one failed (流标) */
      stage: z.enum(tradingLotStages),
    }),
  ),
  announcements: z.array(publicAnnouncementItem.extend({ lots: z.array(announcedLot) })),
})
