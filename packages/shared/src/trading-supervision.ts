import { z } from 'zod'
import { tradingCategories, tradingLotStages, tradingProjectStatuses } from './trading'
import { day, fen, name } from './trading-fields'

/**
 * The trading center's supervision (行政监督, PRODUCT.md 2.8): the board, objections, challenges
 * and complaints with the lot's recorded facts, and the figures. Projects, lots, announcements
 * and venues are in trading.ts.
 */
// ---- trading supervision ----

export const tradingAnomalySchema = z.object({
  code: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  subjectId: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
})
export const tradingBoardResponse = z.object({
  /** projects by stage (status) and category */
  counts: z.array(
    z.object({
      status: z.enum(tradingProjectStatuses),
      category: z.enum(tradingCategories),
      projects: z.number().int(),
      /** the lots of these projects */
      lots: z.number().int(),
      budgetFen: z.number().int(),
    }),
  ),
  /**
   * lots of the projects under way (announced to awarded or failed) by their own stage and
   * category: a project's lots move apart (one in publicity, one failed 流标)
   */
  lotCounts: z.array(
    z.object({
      stage: z.enum(tradingLotStages),
      category: z.enum(tradingCategories),
      lots: z.number().int(),
      budgetFen: z.number().int(),
    }),
  ),
  anomalies: z.array(tradingAnomalySchema),
})
export type TradingBoardResponse = z.infer<typeof tradingBoardResponse>

// ---- objections, challenges, complaints; recorded facts of a lot ----

export const disputeKinds = [
  'objection', // 异议 to the documents (works), answered by the tenderee / agency
  'challenge', // 质疑 (procurement), answered by the purchaser / agency
  'complaint', // 投诉 to the supervising department, decided by it
] as const
export type DisputeKind = (typeof disputeKinds)[number]
/** `accepted`: a works complaint the supervising department accepted (受理), to be decided */
export const disputeStatuses = ['open', 'accepted', 'answered', 'decided'] as const
/** `dismissed`: 驳回; `rejected`: 不予受理 (filed late, or not a complaint the department takes) */
export const complaintOutcomes = ['upheld', 'dismissed', 'rejected'] as const

export const fileDisputeRequest = z.strictObject({
  kind: z.enum(disputeKinds),
  complainant: name,
  summary: z.string().trim().min(1).max(4000),
  /** the day it was received (not in the future) */
  filedOn: day,
  /** challenges and complaints: the day the complainant knew (the filing limit counts from it) */
  knownOn: day.optional(),
})
export type FileDisputeRequest = z.infer<typeof fileDisputeRequest>

export const answerDisputeRequest = z.strictObject({
  answer: z.string().trim().min(1).max(4000),
  /** complaints only: the decision */
  outcome: z.enum(complaintOutcomes).optional(),
})
export type AnswerDisputeRequest = z.infer<typeof answerDisputeRequest>

/** A works complaint accepted (受理): the decision's 30 working days count from this day. */
export const acceptDisputeRequest = z.strictObject({ acceptedOn: day })
export type AcceptDisputeRequest = z.infer<typeof acceptDisputeRequest>

export const disputeResponse = z.object({
  id: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  projectName: z.string(),
  kind: z.enum(disputeKinds),
  complainant: z.string(),
  summary: z.string(),
  knownOn: z.string().nullable(),
  filedOn: z.string(),
  dueOn: z.string(),
  ruleId: z.string(),
  basis: z.string(),
  status: z.enum(disputeStatuses),
  outcome: z.enum(complaintOutcomes).nullable(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  /** filed after its limit: recorded as not accepted (不予受理) */
  isLate: z.boolean(),
  /** open or accepted, and past its limit */
  isOverdue: z.boolean(),
})
export type DisputeResponse = z.infer<typeof disputeResponse>
export const disputesQuery = z.strictObject({
  kind: z.enum(disputeKinds).optional(),
  status: z.enum(disputeStatuses).optional(),
})

/** Facts of a lot the center records by hand (part 2 will produce the award notice itself). */
export const lotFactsRequest = z
  .strictObject({
    awardNoticeOn: day.nullable().optional(),
    contractSignedOn: day.nullable().optional(),
    contractFiledOn: day.nullable().optional(),
    resultReportOn: day.nullable().optional(),
    /** the awarded amount (fen), for savings against the budget */
    awardFen: fen.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'at least one fact' })
export type LotFactsRequest = z.infer<typeof lotFactsRequest>
export const lotFactsResponse = z.object({
  lotId: z.string(),
  awardNoticeOn: z.string().nullable(),
  contractSignedOn: z.string().nullable(),
  contractFiledOn: z.string().nullable(),
  resultReportOn: z.string().nullable(),
  awardFen: z.number().int().nullable(),
})
export type LotFactsResponse = z.infer<typeof lotFactsResponse>

// ---- figures ----

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM')
export const tradingFiguresQuery = z
  .strictObject({ from: month, to: month })
  .refine((q) => q.from <= q.to, { message: 'from after to', path: ['to'] })
export const tradingFigureRow = z.object({
  /** 'YYYY-MM' of registration (进场登记), in the center's time zone */
  month: z.string(),
  category: z.enum(tradingCategories),
  projects: z.number().int(),
  budgetFen: z.number().int(),
  /** lots with an awarded amount: their budgets, the amounts, the savings (budget − amount) */
  awardedLots: z.number().int(),
  awardedBudgetFen: z.number().int(),
  awardFen: z.number().int(),
  savingsFen: z.number().int(),
  /** savings / awarded budget, null without awarded lots */
  savingsRate: z.number().nullable(),
})
export type TradingFigureRow = z.infer<typeof tradingFigureRow>
export const tradingFiguresResponse = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(tradingFigureRow),
})
export type TradingFiguresResponse = z.infer<typeof tradingFiguresResponse>
