import { z } from 'zod'
import { cleanText } from './text'

/**
 * Ratings (好差评, PRODUCT.md 2.6): the five national levels, one rating per case (一事一评) and
 * per visit (一次一评), the national indicators, rectification of bad reviews and appeals.
 * Levels are numbered as the SMS invitation tells the citizen: 1 = 非常满意 … 5 = 非常不满意.
 */
export const ratingLevels = [
  'very_satisfied',
  'satisfied',
  'basic',
  'dissatisfied',
  'very_dissatisfied',
] as const
export type RatingLevel = (typeof ratingLevels)[number]
export const ratingLevelSchema = z.enum(ratingLevels)

/** The reply digit of a level (1 = 非常满意 … 5 = 非常不满意), as the invitation SMS lists them. */
export const replyDigitOf = (level: RatingLevel): number => ratingLevels.indexOf(level) + 1
/** The score for averages: 非常满意 5 … 非常不满意 1. */
export const scoreOf = (level: RatingLevel): number => 5 - ratingLevels.indexOf(level)
/** 不满意 and 非常不满意 are bad reviews (差评): each opens a rectification. */
export const isBadLevel = (level: RatingLevel): boolean =>
  level === 'dissatisfied' || level === 'very_dissatisfied'
/** The Chinese words, as in the national standard. */
export const ratingLevelWords: Record<RatingLevel, string> = {
  very_satisfied: '非常满意',
  satisfied: '满意',
  basic: '基本满意',
  dissatisfied: '不满意',
  very_dissatisfied: '非常不满意',
}

/** National indicators rated besides the overall level (总体, 办事效率, 服务态度, 办事便利). */
export const ratingIndicators = ['efficiency', 'attitude', 'convenience'] as const
export type RatingIndicator = (typeof ratingIndicators)[number]

export const ratingChannels = ['sms', 'pad', 'portal', 'kiosk', 'qr'] as const
export type RatingChannel = (typeof ratingChannels)[number]
/** a bundle (一件事) is rated once over its cases, by its bundle number */
export const ratingSubjectKinds = ['case', 'ticket', 'bundle'] as const
export type RatingSubjectKind = (typeof ratingSubjectKinds)[number]

const comment = cleanText({ max: 500, multiline: true })
const indicatorsSchema = z.partialRecord(z.enum(ratingIndicators), ratingLevelSchema)
const id = z.string().min(1).max(64)

/** What every channel sends besides how it proves who rates. */
const ratingBody = {
  level: ratingLevelSchema,
  indicators: indicatorsSchema.optional(),
  comment: comment.optional(),
}

/** The window's rating pad rates the ticket its window just finished. */
export const padRatingRequest = z.strictObject({ ticketId: id, ...ratingBody })
/** Receipt QR / progress page / kiosk / portal (the channel follows the caller): the case number (or a bundle's YJS number; a bundle's case rates the bundle) and the last four of the ID or phone (as the public lookup). */
export const caseRatingRequest = z.strictObject({
  caseNumber: z.string().trim().min(6).max(40),
  factor: z.string().trim().min(4).max(4),
  ...ratingBody,
})
/** A visit rated from the paper ticket's QR (its unguessable token) or at the kiosk. */
export const ticketRatingRequest = z.strictObject({
  ticketId: id,
  token: z.string().min(8).max(100),
  ...ratingBody,
})

export const ratingResponse = z.object({
  id: z.string(),
  subjectKind: z.enum(ratingSubjectKinds),
  subjectLabel: z.string(),
  level: ratingLevelSchema,
  score: z.number(),
  indicators: indicatorsSchema,
  comment: z.string().nullable(),
  channel: z.enum(ratingChannels),
  isBad: z.boolean(),
  isExcluded: z.boolean(),
  ratedAt: z.string(),
})
export type RatingResponse = z.infer<typeof ratingResponse>

// --- rectification (整改) of bad reviews and appeals (申诉) ---

export const rectificationStatuses = ['open', 'called_back', 'closed'] as const
export type RectificationStatus = (typeof rectificationStatuses)[number]
export const appealStatuses = ['pending', 'upheld', 'rejected'] as const
export type AppealStatus = (typeof appealStatuses)[number]

export const rectificationResponse = z.object({
  id: z.string(),
  ratingId: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  subjectKind: z.enum(ratingSubjectKinds),
  subjectLabel: z.string(),
  level: ratingLevelSchema,
  comment: z.string().nullable(),
  channel: z.enum(ratingChannels),
  /** masked (138****5678) */
  phoneMasked: z.string().nullable(),
  ratedAt: z.string(),
  status: z.enum(rectificationStatuses),
  dueOn: z.string(),
  isOverdue: z.boolean(),
  callback: z
    .object({ by: z.string(), byName: z.string(), at: z.string(), calledAt: z.string(), note: z.string() })
    .nullable(),
  fixLevel: ratingLevelSchema.nullable(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
  appeal: z
    .object({
      id: z.string(),
      status: z.enum(appealStatuses),
      reason: z.string(),
      filedAt: z.string(),
      decidedAt: z.string().nullable(),
      decisionNote: z.string().nullable(),
    })
    .nullable(),
  isExcluded: z.boolean(),
})
export type RectificationResponse = z.infer<typeof rectificationResponse>
export const rectificationListResponse = z.object({ items: z.array(rectificationResponse) })

export const rectificationListQuery = z.strictObject({ status: z.enum(rectificationStatuses).optional() })
const note = cleanText({ min: 1, max: 2000, multiline: true })
export const callbackRequest = z.strictObject({
  /** when the citizen was called (ISO instant) */
  calledAt: z.iso.datetime(),
  note,
  /** the citizen's rating of the fix, asked on the call */
  fixLevel: ratingLevelSchema.optional(),
})
export const closeRectificationRequest = z.strictObject({ note, fixLevel: ratingLevelSchema.optional() })
export const appealRequest = z.strictObject({ reason: note })
export const appealDecisionRequest = z.strictObject({ decision: z.enum(['upheld', 'rejected']), note })

export const appealResponse = z.object({
  id: z.string(),
  rectificationId: z.string(),
  ratingId: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  subjectLabel: z.string(),
  level: ratingLevelSchema,
  comment: z.string().nullable(),
  reason: z.string(),
  status: z.enum(appealStatuses),
  filedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
})
export type AppealResponse = z.infer<typeof appealResponse>
export const appealListResponse = z.object({ items: z.array(appealResponse) })

/** Satisfaction (满意度) of a group: share of 满意 + 非常满意 (percent) and the average score (1–5). */
export const satisfactionRowSchema = z.object({
  id: z.string(),
  ratings: z.number(),
  satisfiedPercent: z.number().nullable(),
  averageScore: z.number().nullable(),
  bad: z.number(),
})
export type SatisfactionRow = z.infer<typeof satisfactionRowSchema>
export const satisfactionResponse = z.object({
  of: z.enum(['department', 'window', 'staff']),
  from: z.string(),
  to: z.string(),
  rows: z.array(satisfactionRowSchema),
})
export const satisfactionQuery = z.strictObject({
  of: z.enum(['department', 'window', 'staff']).default('department'),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
})

/** Who serves at the pad's window now (the pad shows the name, the staff number and initials). */
export const padClerkSchema = z.object({ name: z.string(), staffNumber: z.string().nullable() })
export type PadClerk = z.infer<typeof padClerkSchema>
export const padClerkResponse = z.object({ clerk: padClerkSchema.nullable() })
