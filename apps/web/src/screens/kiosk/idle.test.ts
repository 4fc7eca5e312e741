import { describe, expect, it } from 'vitest'
import { idleMsFrom, kioskIdleMs } from './idle'

describe('idleMsFrom', () => {
  it('takes whole seconds from 5 to 600', () => {
    expect(idleMsFrom('8')).toBe(8000)
    expect(idleMsFrom('5')).toBe(5000)
    expect(idleMsFrom('600')).toBe(600_000)
  })

  it('keeps 90 s for no setting or a bad one (too short to use, too long, not a number)', () => {
    for (const bad of [null, '', '0', '4', '601', '7.5', 'abc', '-10'])
      expect(idleMsFrom(bad)).toBe(kioskIdleMs)
    expect(kioskIdleMs).toBe(90_000)
  })
})
