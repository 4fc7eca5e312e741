import { describe, expect, it } from 'vitest'
import { boardCounts, type BoardProject } from './board-counts.rules'

const project = (over: Partial<BoardProject>): BoardProject => ({
  status: 'announced',
  category: 'works',
  budgetFen: 300,
  lots: [
    { stage: 'open', budgetFen: 100 },
    { stage: 'open', budgetFen: 200 },
  ],
  ...over,
})

describe('trading board counts', () => {
  it('counts projects and their lots by status, and lots under way by their own stage', () => {
    const r = boardCounts([
      project({
        lots: [
          { stage: 'publicity', budgetFen: 100 },
          { stage: 'open', budgetFen: 200 },
        ],
      }),
      project({ lots: [{ stage: 'open', budgetFen: 50 }], budgetFen: 50 }),
      project({ status: 'failed', lots: [{ stage: 'failed', budgetFen: 70 }], budgetFen: 70 }),
      project({
        status: 'registered',
        category: 'land',
        lots: [{ stage: 'open', budgetFen: 9 }],
        budgetFen: 9,
      }),
    ])
    expect(r.counts).toEqual([
      { status: 'announced', category: 'works', projects: 2, lots: 3, budgetFen: 350 },
      { status: 'failed', category: 'works', projects: 1, lots: 1, budgetFen: 70 },
      { status: 'registered', category: 'land', projects: 1, lots: 1, budgetFen: 9 },
    ])
    // the registered project's lot is not under way: it has no stage of its own yet
    expect(r.lotCounts).toEqual([
      { stage: 'publicity', category: 'works', lots: 1, budgetFen: 100 },
      { stage: 'open', category: 'works', lots: 2, budgetFen: 250 },
      { stage: 'failed', category: 'works', lots: 1, budgetFen: 70 },
    ])
  })

  it('is empty without projects', () => {
    expect(boardCounts([])).toEqual({ counts: [], lotCounts: [] })
  })
})
