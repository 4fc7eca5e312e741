import type { TradingCategory, TradingFigureRow } from '@yimin/shared'

export interface FigureProject {
  category: TradingCategory
  /** 'YYYY-MM' of registration */
  month: string
  budgetFen: number
  lots: ReadonlyArray<{ budgetFen: number; awardFen: number | null }>
}

/**
 * Projects, amounts and savings against the budget by month and category (pure). Savings count
 * only lots with an awarded amount: budget − amount (negative when awarded above the budget).
 */
export function tradingFigures(projects: readonly FigureProject[]): TradingFigureRow[] {
  const rows = new Map<string, TradingFigureRow>()
  for (const p of projects) {
    const key = `${p.month}|${p.category}`
    const r = rows.get(key) ?? {
      month: p.month,
      category: p.category,
      projects: 0,
      budgetFen: 0,
      awardedLots: 0,
      awardedBudgetFen: 0,
      awardFen: 0,
      savingsFen: 0,
      savingsRate: null,
    }
    r.projects += 1
    r.budgetFen += p.budgetFen
    for (const l of p.lots) {
      if (l.awardFen === null) continue
      r.awardedLots += 1
      r.awardedBudgetFen += l.budgetFen
      r.awardFen += l.awardFen
      r.savingsFen += l.budgetFen - l.awardFen
    }
    rows.set(key, r)
  }
  return [...rows.values()]
    .map((r) => ({
      ...r,
      savingsRate:
        r.awardedBudgetFen > 0 ? Math.round((r.savingsFen / r.awardedBudgetFen) * 10_000) / 10_000 : null,
    }))
    .sort((a, b) => (a.month === b.month ? a.category.localeCompare(b.category) : a.month < b.month ? -1 : 1))
}
