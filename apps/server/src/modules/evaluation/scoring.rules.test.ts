import { describe, expect, it } from 'vitest'
import { deviations, median } from './deviation.rules'
import { benchmarkPrice, priceScores } from './price-score.rules'
import {
  candidatesOf,
  checkMarks,
  memberTotals,
  rankBids,
  type MemberMarks,
  type ScoringSheet,
} from './scoring.rules'

const sheet: ScoringSheet = {
  method: 'comprehensive',
  criteria: [
    { id: 'price', name: '报价', maxPoints: 60, isPrice: true },
    { id: 'tech', name: '技术', maxPoints: 30, isPrice: false },
    { id: 'credit', name: '信誉', maxPoints: 10, isPrice: false },
  ],
}
const bids = [
  { bidId: 'A', priceFen: 1_000_000_00 },
  { bidId: 'B', priceFen: 900_000_00 },
  { bidId: 'C', priceFen: 1_200_000_00 },
]
const mark = (
  memberId: string,
  bidId: string,
  tech: number,
  credit: number,
  isPassed = true,
): MemberMarks => ({
  memberId,
  bidId,
  points: { tech: tech * 100, credit: credit * 100 },
  isPassed,
  adjustmentFen: 0,
})

describe('price score', () => {
  it('benchmark is the lowest valid price; score = max × benchmark / price', () => {
    const priced = bids.map((b) => ({ ...b, isValid: b.bidId !== 'B' }))
    expect(benchmarkPrice(priced)).toBe(1_000_000_00)
    const s = priceScores(priced, 60)
    expect(s.get('A')).toBe(6000)
    expect(s.get('B')).toBe(0)
    expect(s.get('C')).toBe(5000)
    expect(
      priceScores(
        bids.map((b) => ({ ...b, isValid: true })),
        60,
      ).get('A'),
    ).toBe(5400)
    expect(benchmarkPrice([])).toBeNull()
  })
})

describe('scoring', () => {
  it('checks marks against the sheet', () => {
    expect(checkMarks(sheet, { tech: 3000, credit: 1000 })).toEqual([])
    expect(checkMarks(sheet, { tech: 3001, price: 10, x: 1, credit: -1 })).toEqual([
      { kind: 'over_max', criterionId: 'tech', points: 3001, max: 3000 },
      { kind: 'unknown_criterion', criterionId: 'price' },
      { kind: 'unknown_criterion', criterionId: 'x' },
      { kind: 'negative', criterionId: 'credit' },
    ])
  })

  it('totals per member and ranks by mean score, then price', () => {
    const marks = ['m1', 'm2', 'm3'].flatMap((m) => [
      mark(m, 'A', 25, 8),
      mark(m, 'B', 20, 8),
      mark(m, 'C', 30, 10),
    ])
    const totals = memberTotals(sheet, bids, marks)
    // B is the benchmark: 60; A: 60×0.9 = 54; C: 60×0.75 = 45
    expect(totals.get('A')?.get('m1')).toBe(5400 + 3300)
    const ranked = rankBids(sheet, bids, marks)
    expect(ranked.map((r) => [r.bidId, r.score, r.rank])).toEqual([
      ['B', 8800, 1],
      ['A', 8700, 2],
      ['C', 8500, 3],
    ])
    expect(candidatesOf(ranked, 2).map((r) => r.bidId)).toEqual(['B', 'A'])
  })

  it('a bid failed by a majority is not ranked and leaves the benchmark', () => {
    const marks = ['m1', 'm2', 'm3'].flatMap((m) => [
      mark(m, 'A', 25, 8),
      mark(m, 'B', 20, 8, m === 'm1'),
      mark(m, 'C', 30, 10),
    ])
    const ranked = rankBids(sheet, bids, marks)
    expect(ranked.map((r) => [r.bidId, r.score, r.rank])).toEqual([
      ['A', 9300, 1],
      ['C', 9000, 2],
      ['B', null, null],
    ])
  })

  it('lowest evaluated price: price plus the mean adjustment, ascending', () => {
    const low: ScoringSheet = { method: 'lowest_price', criteria: [] }
    const marks = ['m1', 'm2', 'm3'].flatMap((m) => [
      { ...mark(m, 'A', 0, 0), points: {}, adjustmentFen: 0 },
      { ...mark(m, 'B', 0, 0), points: {}, adjustmentFen: 150_000_00 },
      { ...mark(m, 'C', 0, 0), points: {}, adjustmentFen: 0 },
    ])
    const ranked = rankBids(low, bids, marks)
    expect(ranked.map((r) => [r.bidId, r.evaluatedPriceFen, r.rank])).toEqual([
      ['A', 1_000_000_00, 1],
      ['B', 1_050_000_00, 2],
      ['C', 1_200_000_00, 3],
    ])
  })
})

describe('deviation', () => {
  it('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('flags a member more than 20 % from the median of the others on a bid', () => {
    const totals = new Map([
      [
        'A',
        new Map([
          ['m1', 8000],
          ['m2', 8200],
          ['m3', 7900],
          ['m4', 6000],
          ['m5', 9700],
        ]),
      ],
      [
        'B',
        new Map([
          ['m1', 5000],
          ['m2', 5000],
        ]),
      ],
    ])
    const d = deviations(totals)
    expect(d.map((x) => [x.memberId, x.bidId, x.share])).toEqual([
      ['m4', 'A', -0.2593],
      ['m5', 'A', 0.2201],
    ])
    expect(deviations(totals, 0.3)).toEqual([])
  })
})
