/**
 * The wait estimate, pure: position and minutes from the recent service times of a category (an
 * exponentially weighted mean, so the estimate follows the day's pace) and the windows open for it.
 */
export const EWMA_ALPHA = 0.2
/** used until a category has finished services to learn from */
export const DEFAULT_SERVICE_SECONDS = 6 * 60
/** services shorter or longer than this are clamped before they move the mean (a mis-click, a forgotten finish) */
const MIN_SAMPLE = 20
const MAX_SAMPLE = 2 * 60 * 60

/** A service time as it moves the mean (clamped). */
export const clampSample = (sampleSeconds: number): number =>
  Math.min(MAX_SAMPLE, Math.max(MIN_SAMPLE, sampleSeconds))

export function nextMean(
  previous: { meanSeconds: number; samples: number } | null,
  sampleSeconds: number,
): { meanSeconds: number; samples: number } {
  const x = clampSample(sampleSeconds)
  if (!previous || previous.samples === 0) return { meanSeconds: x, samples: 1 }
  return {
    meanSeconds: previous.meanSeconds + EWMA_ALPHA * (x - previous.meanSeconds),
    samples: previous.samples + 1,
  }
}

export interface Estimate {
  /** tickets before this one (0: next) */
  ahead: number
  /** 1-based place in the queue */
  position: number
  minutes: number
}

/**
 * `ahead` people share `openWindows` windows, each taking `meanSeconds`: the wait is about
 * ahead / windows services (at least one window is assumed: the queue does not stop for ever).
 */
export function estimateWait(input: {
  ahead: number
  meanSeconds: number | null
  openWindows: number
}): Estimate {
  const mean = input.meanSeconds ?? DEFAULT_SERVICE_SECONDS
  const windows = Math.max(1, input.openWindows)
  const minutes = Math.ceil((input.ahead * mean) / windows / 60)
  return { ahead: input.ahead, position: input.ahead + 1, minutes }
}

/** Estimate error of finished waits: mean absolute and mean signed error in minutes. */
export function estimateError(pairs: ReadonlyArray<{ estimatedMinutes: number; actualMinutes: number }>): {
  count: number
  meanAbsMinutes: number | null
  meanSignedMinutes: number | null
} {
  if (pairs.length === 0) return { count: 0, meanAbsMinutes: null, meanSignedMinutes: null }
  let abs = 0
  let signed = 0
  for (const p of pairs) {
    abs += Math.abs(p.actualMinutes - p.estimatedMinutes)
    signed += p.actualMinutes - p.estimatedMinutes
  }
  const round = (v: number) => Math.round((v / pairs.length) * 10) / 10
  return { count: pairs.length, meanAbsMinutes: round(abs), meanSignedMinutes: round(signed) }
}
