import { describe, expect, it } from 'vitest'
import { DEFAULT_SERVICE_SECONDS, estimateError, estimateWait, nextMean } from './wait-estimate'

describe('wait estimate', () => {
  it('divides the people ahead over the open windows', () => {
    expect(estimateWait({ ahead: 0, meanSeconds: 300, openWindows: 2 })).toEqual({
      ahead: 0,
      position: 1,
      minutes: 0,
    })
    expect(estimateWait({ ahead: 6, meanSeconds: 300, openWindows: 2 }).minutes).toBe(15)
    expect(estimateWait({ ahead: 6, meanSeconds: 300, openWindows: 0 }).minutes).toBe(30) // at least one window
    expect(estimateWait({ ahead: 1, meanSeconds: null, openWindows: 1 }).minutes).toBe(
      DEFAULT_SERVICE_SECONDS / 60,
    )
  })

  it('follows recent service times with an exponentially weighted mean', () => {
    let m = nextMean(null, 600)
    expect(m).toEqual({ meanSeconds: 600, samples: 1 })
    for (let i = 0; i < 30; i++) m = nextMean(m, 120)
    expect(m.meanSeconds).toBeGreaterThan(120)
    expect(m.meanSeconds).toBeLessThan(130)
    expect(nextMean(null, 1).meanSeconds).toBe(20) // a mis-click is clamped
  })

  it('reports the error of estimates against actual waits', () => {
    expect(estimateError([])).toEqual({ count: 0, meanAbsMinutes: null, meanSignedMinutes: null })
    expect(
      estimateError([
        { estimatedMinutes: 10, actualMinutes: 14 },
        { estimatedMinutes: 10, actualMinutes: 8 },
      ]),
    ).toEqual({ count: 2, meanAbsMinutes: 3, meanSignedMinutes: 1 })
  })
})
