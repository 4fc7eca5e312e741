import type {
  TradingBoardResponse,
  TradingCategory,
  TradingLotStage,
  TradingProjectStatus,
} from '@yimin/shared'

export interface BoardProject {
  status: TradingProjectStatus
  category: TradingCategory
  budgetFen: number
  lots: ReadonlyArray<{ stage: TradingLotStage; budgetFen: number }>
}

/** Statuses whose projects have lots under way: each lot's own stage says where it is. */
const underWay: readonly TradingProjectStatus[] = [
  'announced',
  'evaluating',
  'publicity',
  'awarded',
  'failed',
]

/**
 * The board's counts (pure): projects (and their lots) by status and category; and the lots of
 * the projects under way by their own stage and category, since lots, not projects, move through
 * opening, evaluation, publicity and award (a project stays "announced" while one lot is in
 * publicity and another still takes bids). Lots of a project not yet announced or terminated
 * have no stage of their own to count.
 */
export function boardCounts(
  projects: readonly BoardProject[],
): Pick<TradingBoardResponse, 'counts' | 'lotCounts'> {
  const counts = new Map<string, TradingBoardResponse['counts'][number]>()
  const lotCounts = new Map<string, TradingBoardResponse['lotCounts'][number]>()
  for (const p of projects) {
    const key = `${p.status}|${p.category}`
    const c = counts.get(key) ?? {
      status: p.status,
      category: p.category,
      projects: 0,
      lots: 0,
      budgetFen: 0,
    }
    c.projects += 1
    c.lots += p.lots.length
    c.budgetFen += p.budgetFen
    counts.set(key, c)
    if (!underWay.includes(p.status)) continue
    for (const l of p.lots) {
      const lotKey = `${l.stage}|${p.category}`
      const lc = lotCounts.get(lotKey) ?? { stage: l.stage, category: p.category, lots: 0, budgetFen: 0 }
      lc.lots += 1
      lc.budgetFen += l.budgetFen
      lotCounts.set(lotKey, lc)
    }
  }
  return { counts: [...counts.values()], lotCounts: [...lotCounts.values()] }
}
