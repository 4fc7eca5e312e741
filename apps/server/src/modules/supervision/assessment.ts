import { gradeLabels, type Grade, type SupervisionSettings } from '@yimin/shared'

/**
 * Periodic assessment (PRODUCT.md 2.4), pure: timeliness (on-time rate), satisfaction (ratings,
 * 0–100) and volume (relative to the busiest in the list) weighted by the settings into a score
 * 0–100 and a grade 优秀 / 良好 / 合格 / 不合格. A component without data (no completed cases, no
 * ratings yet) is left out and the other weights carry the score. Volume only weighs in beside a
 * measure of quality: without completed cases and without ratings there is no data, so no score,
 * no grade and no rank (one red case was 优秀 100 from volume alone).
 */
export interface AssessmentInput {
  id: string
  name: string
  volume: number
  /** 0..1, null without completed work */
  onTimeRate: number | null
  /** 0..100, null without ratings */
  satisfaction: number | null
}

export interface AssessmentRow extends AssessmentInput {
  /** 1 for the best score; null without data */
  rank: number | null
  score: number | null
  grade: Grade | null
  gradeLabel: string | null
}

export function gradeOf(score: number, thresholds: SupervisionSettings['grades']): Grade {
  if (score >= thresholds.excellent) return 'excellent'
  if (score >= thresholds.good) return 'good'
  if (score >= thresholds.pass) return 'pass'
  return 'fail'
}

export function assess(
  inputs: readonly AssessmentInput[],
  settings: Pick<SupervisionSettings, 'weights' | 'grades'>,
): AssessmentRow[] {
  const maxVolume = Math.max(0, ...inputs.map((i) => i.volume))
  const w = settings.weights
  const rows = inputs
    .map((i): Omit<AssessmentRow, 'rank'> => {
      const none = { ...i, score: null, grade: null, gradeLabel: null }
      const quality: Array<[number, number]> = []
      if (i.onTimeRate !== null) quality.push([w.timeliness, i.onTimeRate * 100])
      if (i.satisfaction !== null) quality.push([w.satisfaction, i.satisfaction])
      // volume alone decides nothing: no completed work and no ratings is no data
      if (quality.reduce((s, [x]) => s + x, 0) === 0) return none
      const parts =
        maxVolume > 0 ? [...quality, [w.volume, (i.volume / maxVolume) * 100] as [number, number]] : quality
      const weight = parts.reduce((s, [x]) => s + x, 0)
      const score = Math.round((parts.reduce((s, [x, v]) => s + x * v, 0) / weight) * 10) / 10
      const grade = gradeOf(score, settings.grades)
      return { ...i, score, grade, gradeLabel: gradeLabels[grade] }
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name))
  return rows.map((r, index) => ({ ...r, rank: r.score === null ? null : index + 1 }))
}
