import { z } from 'zod'
import type { TradingCategory, TradingMethod } from './trading'

const day = z.iso.date()

export const evaluationMethods = ['comprehensive', 'lowest_price'] as const
export type EvaluationMethodName = (typeof evaluationMethods)[number]

/**
 * The evaluation methods the law allows for a lot, with the basis when it allows one only:
 * 竞争性谈判 and 询价 award to the supplier that meets the requirements at the lowest price
 * (政府采购法 第38条、第40条), 竞争性磋商 scores (综合评分法, 磋商办法 第23条); a tender may
 * use either (87号令 第53条; 招标投标法 第41条 for works).
 */
export function evaluationMethodsFor(
  category: TradingCategory,
  method: TradingMethod,
): { methods: EvaluationMethodName[]; basis: string | null } {
  if (category === 'procurement' && method === 'competitive_negotiation')
    return { methods: ['lowest_price'], basis: '政府采购法 第38条' }
  if (category === 'procurement' && method === 'inquiry')
    return { methods: ['lowest_price'], basis: '政府采购法 第40条' }
  if (category === 'procurement' && method === 'competitive_consultation')
    return { methods: ['comprehensive'], basis: '磋商办法 第23条' }
  return { methods: ['comprehensive', 'lowest_price'], basis: null }
}

export const startEvaluationRequest = z.strictObject({
  method: z.enum(evaluationMethods),
  /** the lot's scoring sheet as announced; one price criterion for the comprehensive method */
  criteria: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/),
        name: z.string().trim().min(1).max(100),
        maxPoints: z.number().int().min(1).max(100),
        isPrice: z.boolean(),
      }),
    )
    .max(30),
})
export type StartEvaluationRequest = z.infer<typeof startEvaluationRequest>

export const startEvaluationResponse = z.object({
  sessionId: z.string(),
  /** one token per member for the room terminal (shown once; only its hash is kept) */
  members: z.array(z.object({ invitationId: z.string(), token: z.string() })),
})

/** Where a lot's evaluation stands, for center staff and the supervising department (no tokens). */
export const evaluationStateResponse = z.object({
  lotId: z.string(),
  /** none until staff start it; then the session's own status */
  status: z.enum(['none', 'open', 'reported', 'confirmed']),
  startedAt: z.string().nullable(),
  method: z.enum(evaluationMethods).nullable(),
  memberCount: z.number().int(),
})
export type EvaluationStateResponse = z.infer<typeof evaluationStateResponse>

export const memberSessionResponse = z.object({
  sessionId: z.string(),
  lotId: z.string(),
  status: z.string(),
  method: z.enum(evaluationMethods),
  criteria: z.array(
    z.object({ id: z.string(), name: z.string(), maxPoints: z.number(), isPrice: z.boolean() }),
  ),
  bids: z.array(
    z.object({
      bidId: z.string(),
      name: z.string(),
      priceFen: z.number(),
      durationDays: z.number().nullable(),
    }),
  ),
})

export const scoreRequest = z.strictObject({
  /** points per criterion (not the price), up to two decimals */
  points: z.record(z.string(), z.number().min(0).max(100)).default({}),
  isPassed: z.boolean(),
  adjustmentFen: z.number().int().min(-1e13).max(1e13).default(0),
})

export const evaluationReportResponse = z.object({
  sessionId: z.string(),
  status: z.string(),
  ranked: z.array(
    z.object({
      bidId: z.string(),
      name: z.string(),
      priceFen: z.number(),
      score: z.number().nullable(),
      evaluatedPriceFen: z.number().nullable(),
      isQualified: z.boolean(),
      rank: z.number().nullable(),
      memberTotals: z.record(z.string(), z.number()),
    }),
  ),
  deviations: z.array(
    z.object({
      memberId: z.string(),
      bidId: z.string(),
      total: z.number(),
      medianOfOthers: z.number(),
      share: z.number(),
    }),
  ),
  confirmations: z.array(z.object({ invitationId: z.string(), confirmedAt: z.string().nullable() })),
})

export const publishCandidatesRequest = z.strictObject({ publicityStart: day, publicityEnd: day })

export const resultResponse = z.object({
  id: z.string(),
  lotId: z.string(),
  status: z.string(),
  candidates: z.array(
    z.object({ rank: z.number(), bidId: z.string(), name: z.string(), priceFen: z.number() }),
  ),
  publicityStart: z.string(),
  publicityEnd: z.string(),
  candidatesAnnouncementId: z.string(),
  resultAnnouncementId: z.string().nullable(),
  awardedAt: z.string().nullable(),
  /** the verification address of the award notice (after the award) */
  verifyPath: z.string().nullable(),
  objections: z.array(
    z.object({
      id: z.string(),
      raisedBy: z.string(),
      text: z.string(),
      raisedAt: z.string(),
      dueOn: z.string(),
      answer: z.string().nullable(),
      answeredAt: z.string().nullable(),
    }),
  ),
})
export type ResultResponse = z.infer<typeof resultResponse>

export const objectionRequest = z.strictObject({
  raisedBy: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(5000),
})
export const objectionAnswerRequest = z.strictObject({ answer: z.string().trim().min(1).max(5000) })
export const contractSignedRequest = z.strictObject({ signedOn: day })

export const awardVerificationResponse = z.object({
  isValid: z.literal(true),
  projectCode: z.string(),
  projectName: z.string(),
  lotName: z.string(),
  winner: z.string(),
  priceFen: z.number(),
  awardedAt: z.string(),
})

export const depositRequest = z.strictObject({
  orgId: z.string().min(1).max(64),
  amountFen: z.number().int().min(1).max(1e13),
  paidAt: z.iso.datetime({ offset: true }),
})
export const depositImportRequest = z.strictObject({ csv: z.string().min(1).max(2_000_000) })
export const depositsResponse = z.object({
  /** before the opening only the count and the total (who paid is secret) */
  isSealed: z.boolean(),
  count: z.number(),
  totalFen: z.number(),
  deposits: z.array(
    z.object({
      id: z.string(),
      orgId: z.string(),
      amountFen: z.number(),
      source: z.string(),
      paidAt: z.string(),
      returnedAt: z.string().nullable(),
    }),
  ),
  late: z.array(z.object({ depositId: z.string(), dueOn: z.string() })),
})
export type DepositsResponse = z.infer<typeof depositsResponse>
