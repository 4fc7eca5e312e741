import { describe, expect, it } from 'vitest'
import { tradingFigures } from './figures.rules'

describe('trading figures', () => {
  it('sums projects and budgets by month and category; savings only over awarded lots', () => {
    const rows = tradingFigures([
      {
        category: 'works',
        month: '2026-06',
        budgetFen: 1000,
        lots: [
          { budgetFen: 600, awardFen: 540 },
          { budgetFen: 400, awardFen: null },
        ],
      },
      { category: 'works', month: '2026-06', budgetFen: 500, lots: [{ budgetFen: 500, awardFen: 510 }] },
      {
        category: 'procurement',
        month: '2026-05',
        budgetFen: 300,
        lots: [{ budgetFen: 300, awardFen: null }],
      },
    ])
    expect(rows).toEqual([
      {
        month: '2026-05',
        category: 'procurement',
        projects: 1,
        budgetFen: 300,
        awardedLots: 0,
        awardedBudgetFen: 0,
        awardFen: 0,
        savingsFen: 0,
        savingsRate: null,
      },
      {
        month: '2026-06',
        category: 'works',
        projects: 2,
        budgetFen: 1500,
        awardedLots: 2,
        awardedBudgetFen: 1100,
        awardFen: 1050,
        savingsFen: 50, // 60 saved, 10 over the budget
        savingsRate: 0.0455,
      },
    ])
  })
})
