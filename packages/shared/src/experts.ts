import { z } from 'zod'

/** The specialties of the expert pool (评标专家专业); labels in the web app's i18n. */
export const expertSpecialties = [
  'building',
  'municipal',
  'water',
  'transport',
  'electrical',
  'it',
  'medical',
  'goods',
  'cost',
  'law',
] as const
export type ExpertSpecialtyName = (typeof expertSpecialties)[number]

export const createExpertRequest = z.strictObject({
  name: z.string().trim().min(1).max(50),
  idNumber: z.string().trim().min(1).max(18),
  phone: z.string().trim().min(1).max(20),
  employerName: z.string().trim().min(1).max(200),
  employerCreditCode: z.string().trim().min(1).max(18),
  region: z.string().regex(/^\d{6}$/),
  specialties: z.array(z.enum(expertSpecialties)).min(1).max(5),
  conflicts: z.array(z.string().trim().min(1).max(18)).max(50).default([]),
  isAvailable: z.boolean().default(true),
  userId: z.string().min(1).max(64).nullable().optional(),
})
export type CreateExpertRequest = z.infer<typeof createExpertRequest>

export const expertResponse = z.object({
  id: z.string(),
  name: z.string(),
  /** masked in lists; in full on an audited read */
  idNumber: z.string(),
  phone: z.string(),
  employerName: z.string(),
  employerCreditCode: z.string(),
  region: z.string(),
  specialties: z.array(z.string()),
  conflicts: z.array(z.string()),
  isAvailable: z.boolean(),
})
export type ExpertResponse = z.infer<typeof expertResponse>

export const expertAvailabilityRequest = z.strictObject({ isAvailable: z.boolean() })

export const drawRequest = z.strictObject({
  specialty: z.enum(expertSpecialties),
  /** at least the category's minimum (part 1's committee table); the minimum when left out */
  size: z.number().int().min(1).max(25).optional(),
  /** when and where the evaluation takes place (told to the experts; the project is not) */
  sessionAt: z.iso.datetime({ offset: true }),
  place: z.string().trim().min(1).max(100),
})
export type DrawRequest = z.infer<typeof drawRequest>

export const drawResponse = z.object({
  drawId: z.string(),
  seq: z.number(),
  size: z.number(),
  invited: z.number(),
})
export type DrawResponse = z.infer<typeof drawResponse>

export const invitationStatuses = ['pending', 'accepted', 'declined', 'expired'] as const

export const committeeResponse = z.object({
  lotId: z.string(),
  members: z.array(
    z.object({
      invitationId: z.string(),
      expertId: z.string(),
      name: z.string(),
      employerName: z.string(),
      status: z.enum(invitationStatuses),
      sentAt: z.string(),
      answeredAt: z.string().nullable(),
      checkedInAt: z.string().nullable(),
    }),
  ),
  /** the lot's draws (first draw and replacements), for their records */
  draws: z.array(z.object({ id: z.string(), seq: z.number(), reason: z.string(), createdAt: z.string() })),
})
export type CommitteeResponse = z.infer<typeof committeeResponse>

export const drawRecordResponse = z.object({
  id: z.string(),
  lotId: z.string(),
  seq: z.number(),
  reason: z.string(),
  specialty: z.string(),
  size: z.number(),
  seed: z.string(),
  poolSize: z.number(),
  publicRules: z.object({
    specialty: z.string(),
    size: z.number(),
    tendereeCreditCodes: z.array(z.string()),
    tendereeUserIds: z.array(z.string()),
    alreadyDrawn: z.array(z.string()),
    maxRecentDraws: z.number(),
  }),
  sealedDigest: z.string(),
  /** the bidders' avoidance, null until the opening has passed */
  revealedExclusions: z
    .object({ bidderCreditCodes: z.array(z.string()), bidderUserIds: z.array(z.string()) })
    .nullable(),
  selected: z.array(z.string()),
  createdAt: z.string(),
})
export type DrawRecordResponse = z.infer<typeof drawRecordResponse>

export const drawVerifyResponse = z.object({
  isReproduced: z.boolean(),
  isSealIntact: z.boolean(),
  selected: z.array(z.string()),
})

/** What center staff see of a committee: counts, never names (招标投标法 第37条). */
export const committeeCountsResponse = z.object({
  size: z.number().nullable(),
  draws: z.number(),
  pending: z.number(),
  accepted: z.number(),
  declined: z.number(),
  expired: z.number(),
  checkedIn: z.number(),
})
export type CommitteeCountsResponse = z.infer<typeof committeeCountsResponse>

export const checkInRequest = z.strictObject({ code: z.string().regex(/^\d{6}$/) })
export const checkInResponse = z.object({ invitationId: z.string(), checkedInAt: z.string() })
