/**
 * Signs of bid rigging (串标围标, 招标投标法实施条例 第39、40条) as supervision rules over the
 * facts of a lot's bids (pure; one rule per file). The coordinator wires them to real bid facts;
 * the alerts go to the supervising department's board.
 */
export interface BidFacts {
  bidId: string
  orgId: string
  uploadIp: string | null
  deviceId: string | null
  ciphertextHashes: readonly string[]
  plaintextHashes: readonly string[]
  contactPhone: string | null
  /** staff accounts, and the people registered for the bidder: keyed hashes of their ID numbers */
  staffUserIds: readonly string[]
  persons: readonly { idHash: string; idMasked: string }[]
  priceFen: number | null
}

export interface RiggingSign {
  code: string
  /** the bids (of different bidders) that share the sign */
  bidIds: string[]
  orgIds: string[]
  /** what they share (an address, a hash, …), for the supervisor; never a whole identity number */
  detail: Record<string, string | number>
}

export interface RiggingRule {
  code: string
  evaluate(bids: readonly BidFacts[]): RiggingSign[]
}

/** Groups bids by a shared value; reports each value held by bids of two or more bidders. */
export function sharedValues(
  code: string,
  bids: readonly BidFacts[],
  valuesOf: (b: BidFacts) => readonly (string | null)[],
  detail: (value: string) => Record<string, string | number>,
): RiggingSign[] {
  const groups = new Map<string, BidFacts[]>()
  for (const b of bids)
    for (const v of new Set(valuesOf(b))) {
      if (v === null || v === '') continue
      const g = groups.get(v) ?? []
      g.push(b)
      groups.set(v, g)
    }
  const out: RiggingSign[] = []
  for (const [value, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const orgIds = [...new Set(g.map((b) => b.orgId))].sort()
    if (orgIds.length < 2) continue
    out.push({ code, bidIds: g.map((b) => b.bidId).sort(), orgIds, detail: detail(value) })
  }
  return out
}
