import { describe, expect, it } from 'vitest'
import type { LightCount, RankedLightCount } from '../cases/cases.queries'
import {
  departmentWorstFromCounts,
  openByStatusFromCounts,
  pausedFromCounts,
  rankedFromCounts,
  rankOfDue,
  worstFromCounts,
} from './light-counts'

const b = {
  today: '2026-03-10',
  defaultUntil: '2026-03-12',
  untilByType: new Map([['承诺件', '2026-03-16']]),
}
const fact = (
  kind: LightCount['kind'],
  department_id: string,
  status: string,
  due_on: string,
  n: number,
  matter_type = '即办件',
): RankedLightCount => ({ kind, department_id, status, rank: rankOfDue(b, due_on, matter_type), n })

describe('lights from the maintained counts', () => {
  it('ranks a due date against today and its type’s last yellow day; no date is no light', () => {
    expect(rankOfDue(b, '2026-03-09', '即办件')).toBe(2)
    expect(rankOfDue(b, '2026-03-10', '即办件')).toBe(1)
    expect(rankOfDue(b, '2026-03-13', '即办件')).toBe(0)
    expect(rankOfDue(b, '2026-03-13', '承诺件')).toBe(1)
    expect(rankOfDue(b, '', '即办件')).toBe(0)
  })

  it('counts by kind, by worst light and by department, in scope', () => {
    const counts = [
      fact('status', 'd1', 'in_progress', '', 3, ''),
      fact('status', 'd1', 'supplement_requested', '', 1, ''),
      fact('status', 'd2', 'received', '', 2, ''),
      fact('deadline', 'd1', 'in_progress', '2026-03-01', 2),
      fact('deadline', 'd1', 'in_progress', '2026-03-11', 1),
      fact('deadline', 'd2', 'received', '2026-03-14', 2, '承诺件'),
      fact('task', 'd2', 'in_progress', '2026-03-05', 1),
      fact('task', 'd2', 'supplement_requested', '2026-03-05', 4),
      fact('worst', '', '', '2026-03-01', 2),
      fact('worst', '', '', '2026-03-11', 1),
      fact('worst', '', '', '2026-03-20', 3),
    ]
    const ranked = rankedFromCounts(counts, 'all')
    expect(ranked).toEqual(
      expect.arrayContaining([
        { what: 'case', rank: 2, n: 2 },
        { what: 'case', rank: 1, n: 1 },
        { what: 'intake', rank: 1, n: 2 },
        { what: 'task', rank: 2, n: 1 },
      ]),
    )
    expect(ranked).toHaveLength(4)
    expect(rankedFromCounts(counts, ['d1']).map((r) => r.what)).not.toContain('task')
    expect(worstFromCounts(counts)).toEqual([
      { rank: 2, departmentId: null, n: 2 },
      { rank: 1, departmentId: null, n: 1 },
    ])
    expect(departmentWorstFromCounts(counts, 'all')).toEqual(
      expect.arrayContaining([
        { rank: 2, departmentId: 'd1', n: 2 },
        { rank: 1, departmentId: 'd1', n: 1 },
        { rank: 1, departmentId: 'd2', n: 2 },
      ]),
    )
    expect(openByStatusFromCounts(counts, ['d1'])).toEqual(
      new Map([
        ['in_progress', 3],
        ['supplement_requested', 1],
      ]),
    )
    expect(pausedFromCounts(counts, 'all')).toEqual({ cases: 1, tasks: 4 })
  })
})
