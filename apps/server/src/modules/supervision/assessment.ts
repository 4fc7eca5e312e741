import { gradeLabels, type Grade, type SupervisionSettings } from '@yimin/shared'

/**
 * Periodic assessment (PRODUCT.md 2.4), pure: timeliness (on-time rate), satisfaction (ratings,
 * 0–100) and volume (relative to the busiest in the list) weighted by the settings into a score
 * 0–100 and a grade 优秀 / 良好 / 合格 / 不合格. A component without data (no completed cases, no
 * ratings yet) is left out and the other weights carry the score; no data at all gives no grade.
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
  return inputs
    .map((i): AssessmentRow => {
      const parts: Array<[number, number]> = []
      if (i.onTimeRate !== null) parts.push([w.timeliness, i.onTimeRate * 100])
      if (i.satisfaction !== null) parts.push([w.satisfaction, i.satisfaction])
      if (maxVolume > 0 && (parts.length > 0 || i.volume > 0))
        parts.push([w.volume, (i.volume / maxVolume) * 100])
      const weight = parts.reduce((s, [x]) => s + x, 0)
      if (weight === 0 || parts.length === 0) return { ...i, score: null, grade: null, gradeLabel: null }
      const score = Math.round((parts.reduce((s, [x, v]) => s + x * v, 0) / weight) * 10) / 10
      const grade = gradeOf(score, settings.grades)
      return { ...i, score, grade, gradeLabel: gradeLabels[grade] }
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name))
}
