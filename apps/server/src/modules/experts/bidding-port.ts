/**
 * What the experts and evaluation modules need from bidding (issue 19 points 1–3, built in
 * modules/bidding): the organisations that obtained a lot's documents (the bidders known before
 * the opening) and the opened bids with their figures. The container injects the real functions
 * (bidding.queries.ts); tests may swap in fixtures, and the default knows no bidders.
 */
import type { Db } from '../../db/database'

export interface BidderOrg {
  orgId: string
  creditCode: string
  name: string
}

export interface OpenedBid extends BidderOrg {
  bidId: string
  figures: { priceFen: number; durationDays?: number }
}

export interface BiddingPort {
  lotBidderOrgs(db: Db, lotId: string): Promise<BidderOrg[]>
  openedBids(db: Db, lotId: string): Promise<OpenedBid[]>
  /** the confirmed contact phones of bidder organisations (results tell the losing bidders) */
  bidderPhones(db: Db, orgIds: readonly string[]): Promise<{ orgId: string; phone: string }[]>
  /** the facts of the decrypted bids of some lots, for the bid-rigging rules (after the opening) */
  lotBidFacts(db: Db, lotIds: readonly string[]): Promise<LotBidFact[]>
}

export interface LotBidFact {
  lotId: string
  bidId: string
  orgId: string
  orgName: string
  uploadIp: string | null
  deviceId: string | null
  ciphertextHashes: string[]
  plaintextHashes: string[]
  contactPhone: string | null
  staffUserIds: string[]
  /** the people registered for the bidder: keyed hashes of their ID numbers and the masked numbers */
  persons: Array<{ idHash: string; idMasked: string }>
  priceFen: number | null
}

/** Until bidding is wired in: no bidders, no opened bids. */
export const noBidding: BiddingPort = {
  lotBidderOrgs: () => Promise.resolve([]),
  openedBids: () => Promise.resolve([]),
  bidderPhones: () => Promise.resolve([]),
  lotBidFacts: () => Promise.resolve([]),
}
