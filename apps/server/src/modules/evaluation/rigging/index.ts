import { identicalFiles } from './identical-files'
import { pricePattern } from './price-pattern'
import type { BidFacts, RiggingRule, RiggingSign } from './rigging'
import { sameUploadAddress } from './same-address'
import { sameDevice } from './same-device'
import { samePerson } from './same-person'

export type { BidFacts, RiggingRule, RiggingSign } from './rigging'

/** The bid-rigging rules, in the order the board lists them. */
export const riggingRules: readonly RiggingRule[] = [
  sameUploadAddress,
  sameDevice,
  identicalFiles,
  samePerson,
  pricePattern,
]

export function evaluateRigging(bids: readonly BidFacts[]): RiggingSign[] {
  return riggingRules.flatMap((r) => r.evaluate(bids))
}
