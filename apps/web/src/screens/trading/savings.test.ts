import type { TradingFigureRow } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import { savingsByCategory } from './savings'

const row = (r: Partial<TradingFigureRow>): TradingFigureRow => ({
  month: '2026-03',
  category: 'works',
  projects: 1,
  budgetFen: 100_000_00,
  awardedLots: 0,
  awardedBudgetFen: 0,
  awardFen: 0,
  savingsFen: 0,
  savingsRate: null,
  ...r,
})

describe('the savings chart', () => {
  it('has nothing to chart while nothing is awarded (the board shows its empty state)', () => {
    expect(savingsByCategory([])).toEqual([])
    expect(savingsByCategory([row({}), row({ category: 'procurement', month: '2026-04' })])).toEqual([])
  })

  it('sums the savings of each category over its months, only where a lot is awarded', () => {
    const bars = savingsByCategory([
      row({ awardedLots: 1, awardedBudgetFen: 80_000_00, awardFen: 72_000_00, savingsFen: 8_000_00 }),
      row({ month: '2026-04', awardedLots: 2, savingsFen: 2_000_00 }),
      row({ category: 'procurement' }),
      row({ category: 'land', awardedLots: 1, savingsFen: 0 }),
    ])
    expect(bars).toEqual([
      { category: 'works', fen: 10_000_00 },
      { category: 'land', fen: 0 },
    ])
  })
})
