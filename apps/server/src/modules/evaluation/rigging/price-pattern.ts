import type { RiggingRule } from './rigging'

/**
 * Prices in a suspicious pattern (实施条例 第40条 (五): 投标报价呈规律性差异): three or more
 * bidders whose prices, sorted, form an arithmetic progression (equal steps) or a geometric one
 * (a constant ratio), within a tolerance of 0.1 % of the step or ratio.
 */
export const MIN_PATTERN_BIDS = 3
const TOLERANCE = 0.001

export function isArithmetic(prices: readonly number[]): boolean {
  if (prices.length < MIN_PATTERN_BIDS) return false
  const step = prices[1]! - prices[0]!
  if (step === 0) return false
  return prices.every((p, i) => i === 0 || Math.abs(p - prices[i - 1]! - step) <= Math.abs(step) * TOLERANCE)
}

export function isGeometric(prices: readonly number[]): boolean {
  if (prices.length < MIN_PATTERN_BIDS || prices.some((p) => p <= 0)) return false
  const ratio = prices[1]! / prices[0]!
  if (ratio === 1) return false
  return prices.every((p, i) => i === 0 || Math.abs(p / prices[i - 1]! - ratio) <= ratio * TOLERANCE)
}

export const pricePattern: RiggingRule = {
  code: 'RIGGING_PRICE_PATTERN',
  evaluate(bids) {
    const priced = bids
      .filter((b): b is typeof b & { priceFen: number } => b.priceFen !== null)
      .sort((a, b) => a.priceFen - b.priceFen || (a.bidId < b.bidId ? -1 : 1))
    if (new Set(priced.map((b) => b.orgId)).size < MIN_PATTERN_BIDS) return []
    const prices = priced.map((b) => b.priceFen)
    const pattern = isArithmetic(prices) ? 'arithmetic' : isGeometric(prices) ? 'geometric' : null
    if (!pattern) return []
    const detail: Record<string, string | number> =
      pattern === 'arithmetic'
        ? { pattern, stepFen: prices[1]! - prices[0]! }
        : { pattern, ratio: Math.round((prices[1]! / prices[0]!) * 10_000) / 10_000 }
    return [
      {
        code: this.code,
        bidIds: priced.map((b) => b.bidId),
        orgIds: [...new Set(priced.map((b) => b.orgId))].sort(),
        detail,
      },
    ]
  },
}
