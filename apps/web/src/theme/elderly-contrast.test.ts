import { describe, expect, it } from 'vitest'
import { contrastRatio } from './contrast'
import { buildTheme } from './theme'
import { elderlyPalette, palette } from './tokens'

const AAA = 7

describe('elderly mode (适老化)', () => {
  const normal = buildTheme({ isUyghur: false }).token ?? {}
  const elderly = buildTheme({ isUyghur: false, isElderly: true }).token ?? {}

  it('has larger type and controls than the normal theme', () => {
    expect(elderly.fontSize).toBeGreaterThanOrEqual(20)
    expect(elderly.fontSize).toBeGreaterThan(normal.fontSize ?? 0)
    expect(elderly.controlHeight).toBeGreaterThanOrEqual(48)
  })

  it('reaches 7:1 (WCAG AAA) for text, secondary text and placeholders on white', () => {
    for (const colour of [elderlyPalette.text, elderlyPalette.textSecondary, elderlyPalette.textPlaceholder])
      expect(contrastRatio(colour, palette.background)).toBeGreaterThanOrEqual(AAA)
    expect(elderly.colorText).toBe(elderlyPalette.text)
    expect(elderly.colorTextSecondary).toBe(elderlyPalette.textSecondary)
  })

  it('has higher contrast than the normal theme for every text colour', () => {
    for (const key of ['colorText', 'colorTextSecondary', 'colorTextPlaceholder'] as const) {
      expect(contrastRatio(String(elderly[key]), '#ffffff')).toBeGreaterThan(
        contrastRatio(String(normal[key]), '#ffffff'),
      )
    }
  })

  it('keeps the borders of inputs visible (3:1, WCAG 1.4.11)', () => {
    expect(contrastRatio(elderlyPalette.border, palette.background)).toBeGreaterThanOrEqual(3)
  })
})
