import { priceScores } from './price-score.rules'

/**
 * Totals and ranking of a lot's evaluation (pure). Two methods:
 * - comprehensive (综合评估法): each member scores every criterion of the sheet up to its maximum;
 *   the price criterion is computed by the system from the announced formula and the same for all
 *   members; a bid's score is the mean of the members' totals; ranked by score, then lower price;
 * - lowest evaluated price (经评审的最低投标价法): each member passes or fails a bid and may add
 *   an adjustment in fen; a bid passed by a majority is ranked by price plus the mean adjustment.
 * Scores are in hundredths of a point.
 */
export type EvaluationMethod = 'comprehensive' | 'lowest_price'

export interface Criterion {
  id: string
  name: string
  maxPoints: number
  /** the price criterion is computed, not scored */
  isPrice: boolean
}

export interface ScoringSheet {
  method: EvaluationMethod
  criteria: readonly Criterion[]
}

export interface BidFigure {
  bidId: string
  priceFen: number
}

/** One member's marks on one bid. */
export interface MemberMarks {
  memberId: string
  bidId: string
  /** hundredths of a point per criterion id (comprehensive) */
  points: Record<string, number>
  /** lowest price: passed the qualification and responsiveness review */
  isPassed: boolean
  /** lowest price: adjustment to the price in fen (可量化的偏差) */
  adjustmentFen: number
}

export type SheetProblem =
  | { kind: 'unknown_criterion'; criterionId: string }
  | { kind: 'over_max'; criterionId: string; points: number; max: number }
  | { kind: 'negative'; criterionId: string }

/** Checks one member's marks against the sheet (the price criterion is never marked). */
export function checkMarks(sheet: ScoringSheet, points: Record<string, number>): SheetProblem[] {
  const out: SheetProblem[] = []
  for (const [criterionId, p] of Object.entries(points)) {
    const c = sheet.criteria.find((x) => x.id === criterionId)
    if (!c || c.isPrice) out.push({ kind: 'unknown_criterion', criterionId })
    else if (p < 0) out.push({ kind: 'negative', criterionId })
    else if (p > c.maxPoints * 100)
      out.push({ kind: 'over_max', criterionId, points: p, max: c.maxPoints * 100 })
  }
  return out
}

export interface RankedBid {
  bidId: string
  priceFen: number
  /** hundredths of a point (comprehensive), or null */
  score: number | null
  /** price + mean adjustment (lowest price), or null */
  evaluatedPriceFen: number | null
  /** each member's total for this bid (hundredths), by member id */
  memberTotals: Record<string, number>
  isQualified: boolean
  /** 1-based; null when not qualified */
  rank: number | null
}

const majority = (yes: number, of: number) => of > 0 && yes * 2 > of

/** The totals of every member per bid (comprehensive: marks + the computed price score). */
export function memberTotals(
  sheet: ScoringSheet,
  bids: readonly BidFigure[],
  marks: readonly MemberMarks[],
): Map<string, Map<string, number>> {
  const validity = bids.map((b) => ({
    bidId: b.bidId,
    priceFen: b.priceFen,
    isValid: isQualifiedBy(marks, b.bidId),
  }))
  const price = sheet.criteria.find((c) => c.isPrice)
  const prices = price ? priceScores(validity, price.maxPoints) : new Map<string, number>()
  const out = new Map<string, Map<string, number>>()
  for (const m of marks) {
    const own = Object.values(m.points).reduce((a, b) => a + b, 0)
    const byBid = out.get(m.bidId) ?? new Map<string, number>()
    byBid.set(m.memberId, own + (prices.get(m.bidId) ?? 0))
    out.set(m.bidId, byBid)
  }
  return out
}

function isQualifiedBy(marks: readonly MemberMarks[], bidId: string): boolean {
  const mine = marks.filter((m) => m.bidId === bidId)
  return majority(mine.filter((m) => m.isPassed).length, mine.length)
}

/** Totals and ranks every bid. */
export function rankBids(
  sheet: ScoringSheet,
  bids: readonly BidFigure[],
  marks: readonly MemberMarks[],
): RankedBid[] {
  const totals = memberTotals(sheet, bids, marks)
  const rows: RankedBid[] = bids.map((b) => {
    const mine = marks.filter((m) => m.bidId === b.bidId)
    const isQualified = isQualifiedBy(marks, b.bidId)
    const t = totals.get(b.bidId) ?? new Map<string, number>()
    const values = [...t.values()]
    const score =
      sheet.method === 'comprehensive' && values.length
        ? Math.round(values.reduce((a, v) => a + v, 0) / values.length)
        : null
    const adjustment = mine.length ? mine.reduce((a, m) => a + m.adjustmentFen, 0) / mine.length : 0
    return {
      bidId: b.bidId,
      priceFen: b.priceFen,
      score: isQualified ? score : null,
      evaluatedPriceFen:
        sheet.method === 'lowest_price' && isQualified ? Math.round(b.priceFen + adjustment) : null,
      memberTotals: Object.fromEntries(t),
      isQualified,
      rank: null,
    }
  })
  const ranked = rows
    .filter((r) => r.isQualified)
    .sort((a, b) => {
      if (sheet.method === 'comprehensive') {
        if (a.score !== b.score) return (b.score ?? 0) - (a.score ?? 0)
      } else if (a.evaluatedPriceFen !== b.evaluatedPriceFen) {
        return (a.evaluatedPriceFen ?? 0) - (b.evaluatedPriceFen ?? 0)
      }
      if (a.priceFen !== b.priceFen) return a.priceFen - b.priceFen
      return a.bidId < b.bidId ? -1 : 1
    })
  ranked.forEach((r, i) => (r.rank = i + 1))
  return [...ranked, ...rows.filter((r) => !r.isQualified)]
}

/** The winning candidates (中标候选人): up to three, ranked. */
export function candidatesOf(ranked: readonly RankedBid[], max = 3): RankedBid[] {
  return ranked.filter((r) => r.rank !== null).slice(0, max)
}
