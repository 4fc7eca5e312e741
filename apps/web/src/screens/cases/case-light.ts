export type Light = 'green' | 'yellow' | 'red' | 'paused' | 'none'

/** The traffic light of a deadline: red when overdue, yellow with one working day or less left. */
export function lightOf(remainingDays: number | null | undefined, isPaused = false): Light {
  if (isPaused) return 'paused'
  if (remainingDays === null || remainingDays === undefined) return 'none'
  if (remainingDays < 0) return 'red'
  if (remainingDays <= 1) return 'yellow'
  return 'green'
}

/** A case whose clock is stopped (补正, 特别程序). */
export const isPausedCaseStatus = (status: string): boolean =>
  status === 'supplement_requested' || status === 'special_procedure'
