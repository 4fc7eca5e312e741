import type { DrawRules } from './draw.rules'

/** The public part of a draw's rules (recorded in the clear). */
export interface PublicRules {
  specialty: string
  size: number
  tendereeCreditCodes: string[]
  tendereeUserIds: string[]
  alreadyDrawn: string[]
  maxRecentDraws: number
}

/** The bidders' part, sealed until the opening. */
export interface SealedExclusions {
  bidderCreditCodes: string[]
  bidderUserIds: string[]
}

/** The draw's rules from its public and sealed parts. */
export function rulesOf(pub: PublicRules, sealed: SealedExclusions): DrawRules {
  return {
    size: pub.size,
    specialty: pub.specialty,
    avoidCreditCodes: [...pub.tendereeCreditCodes, ...sealed.bidderCreditCodes],
    avoidUserIds: [...pub.tendereeUserIds, ...sealed.bidderUserIds],
    alreadyDrawn: pub.alreadyDrawn,
    maxRecentDraws: pub.maxRecentDraws,
  }
}
