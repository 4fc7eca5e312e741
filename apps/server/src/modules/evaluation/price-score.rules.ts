/**
 * The price score of the comprehensive evaluation (综合评估法), the formula announced with the
 * tender: the benchmark is the lowest valid price, and a bid scores max × benchmark / price.
 * Points are kept in hundredths (integers) so totals add up exactly; rounding is half up.
 */
export interface PricedBid {
  bidId: string
  priceFen: number
  /** a bid the committee rejected (否决) takes no part in the benchmark */
  isValid: boolean
}

/** The lowest valid price (评标基准价), or null when no bid is valid. */
export function benchmarkPrice(bids: readonly PricedBid[]): number | null {
  const prices = bids.filter((b) => b.isValid && b.priceFen > 0).map((b) => b.priceFen)
  return prices.length ? Math.min(...prices) : null
}

/** Price scores in hundredths of a point per bid (0 for an invalid bid). */
export function priceScores(bids: readonly PricedBid[], maxPoints: number): Map<string, number> {
  const benchmark = benchmarkPrice(bids)
  const out = new Map<string, number>()
  for (const b of bids) {
    if (!b.isValid || benchmark === null || b.priceFen <= 0) out.set(b.bidId, 0)
    else out.set(b.bidId, Math.round((maxPoints * 100 * benchmark) / b.priceFen))
  }
  return out
}
