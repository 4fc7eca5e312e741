/**
 * A member whose score on a bid deviates strongly from the others (评分畸高畸低): more than
 * `threshold` (a share, 0.2 = 20 %) from the median of the other members' totals on that bid.
 * Pure; needs at least two other members on the bid.
 */
export interface Deviation {
  memberId: string
  bidId: string
  total: number
  medianOfOthers: number
  /** (total − median) / median, rounded to 4 places */
  share: number
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

export function deviations(
  totalsByBid: ReadonlyMap<string, ReadonlyMap<string, number>>,
  threshold = 0.2,
): Deviation[] {
  const out: Deviation[] = []
  for (const [bidId, byMember] of totalsByBid) {
    for (const [memberId, total] of byMember) {
      const others = [...byMember].filter(([m]) => m !== memberId).map(([, v]) => v)
      if (others.length < 2) continue
      const med = median(others)
      if (med <= 0) continue
      const share = (total - med) / med
      if (Math.abs(share) > threshold)
        out.push({ memberId, bidId, total, medianOfOthers: med, share: Math.round(share * 10_000) / 10_000 })
    }
  }
  return out
}
