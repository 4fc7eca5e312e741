import type { TradingCategory, TradingFigureRow } from '@yimin/shared'

/**
 * Savings against the budget by category (fen), over the categories with an awarded lot in the
 * rows: a category with projects but nothing awarded has no savings to show (not a saving of
 * zero), and with nothing awarded at all there is nothing to chart.
 */
export function savingsByCategory(
  rows: readonly TradingFigureRow[],
): { category: TradingCategory; fen: number }[] {
  const by = new Map<TradingCategory, number>()
  for (const r of rows) if (r.awardedLots > 0) by.set(r.category, (by.get(r.category) ?? 0) + r.savingsFen)
  return [...by].map(([category, fen]) => ({ category, fen }))
}
