import { describe, expect, it } from 'vitest'
import { smsLength, splitUcs2 } from './sms-text'

const chinese = (n: number) => '办'.repeat(n)

describe('UCS-2 part counting', () => {
  it('keeps up to 70 characters in one part', () => {
    expect(smsLength('')).toEqual({ units: 0, parts: 1, perPart: 70 })
    expect(smsLength(chinese(70))).toEqual({ units: 70, parts: 1, perPart: 70 })
  })

  it('splits 71 characters into two parts of at most 67', () => {
    expect(smsLength(chinese(71))).toEqual({ units: 71, parts: 2, perPart: 67 })
    expect(splitUcs2(chinese(71)).map((p) => p.length)).toEqual([67, 4])
  })

  it('counts 134 characters as two parts and 135 as three', () => {
    expect(smsLength(chinese(134)).parts).toBe(2)
    expect(smsLength(chinese(135)).parts).toBe(3)
  })

  it('never splits a surrogate pair and loses nothing', () => {
    const text = chinese(66) + '😀' + chinese(10)
    const parts = splitUcs2(text)
    expect(parts[0]).toBe(chinese(66))
    expect(parts[1]!.startsWith('😀')).toBe(true)
    expect(parts.join('')).toBe(text)
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(67)
  })

  it('counts an emoji as two units', () => {
    expect(smsLength('😀').units).toBe(2)
  })
})
