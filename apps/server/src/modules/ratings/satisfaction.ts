import type { SatisfactionRow } from '@yimin/shared'

/**
 * Satisfaction (满意度) of a group from its counts, pure: the share of 满意 + 非常满意 in
 * percent and the average score (非常满意 5 … 非常不满意 1), each rounded to one decimal; null
 * without ratings. Ratings excluded by an upheld appeal are not in the counts.
 */
export function satisfactionOf(g: {
  id: string
  n: number
  scoreSum: number
  satisfied: number
  bad: number
}): SatisfactionRow {
  if (g.n === 0) return { id: g.id, ratings: 0, satisfiedPercent: null, averageScore: null, bad: 0 }
  return {
    id: g.id,
    ratings: g.n,
    satisfiedPercent: Math.round((g.satisfied / g.n) * 1000) / 10,
    averageScore: Math.round((g.scoreSum / g.n) * 10) / 10,
    bad: g.bad,
  }
}
