import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../src/theme/contrast'
import { buildTheme } from '../src/theme/theme'
import { displayPalette, palette } from '../src/theme/tokens'

const AA = 4.5
const AA_LARGE = 3

const token = buildTheme({ isUyghur: false }).token ?? {}
const tokenColour = (name: keyof typeof token): string => {
  const v = token[name]
  if (typeof v !== 'string') throw new Error(`theme token ${String(name)} is not a colour`)
  return v
}

describe('contrast math', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    // antd's default primary fails AA on white, which is why the theme overrides it
    expect(contrastRatio('#1677ff', '#ffffff')).toBeLessThan(AA)
  })
})

describe('theme colours meet WCAG 2.1 AA', () => {
  const pairs: Array<[string, string, string, number]> = [
    ['text on container', tokenColour('colorText'), tokenColour('colorBgContainer'), AA],
    ['text on layout background', tokenColour('colorText'), tokenColour('colorBgLayout'), AA],
    ['secondary text on container', tokenColour('colorTextSecondary'), tokenColour('colorBgContainer'), AA],
    [
      'secondary text on layout background',
      tokenColour('colorTextSecondary'),
      tokenColour('colorBgLayout'),
      AA,
    ],
    ['placeholder on container', tokenColour('colorTextPlaceholder'), tokenColour('colorBgContainer'), AA],
    ['white on primary button', '#ffffff', tokenColour('colorPrimary'), AA],
    ['link on white', tokenColour('colorLink'), '#ffffff', AA],
    ['primary on its light background', tokenColour('colorPrimary'), palette.primaryBg, AA],
    ['success on white', tokenColour('colorSuccess'), '#ffffff', AA],
    ['success on its background', tokenColour('colorSuccess'), tokenColour('colorSuccessBg'), AA],
    ['warning on white', tokenColour('colorWarning'), '#ffffff', AA],
    ['warning on its background', tokenColour('colorWarning'), tokenColour('colorWarningBg'), AA],
    ['error on white', tokenColour('colorError'), '#ffffff', AA],
    ['error on its background', tokenColour('colorError'), tokenColour('colorErrorBg'), AA],
    ['info on its background', tokenColour('colorInfo'), tokenColour('colorInfoBg'), AA],
    ['white on error (danger button)', '#ffffff', tokenColour('colorError'), AA],
    ['header text on header', palette.headerText, palette.headerBg, AA],
    ['header focus ring on header', '#ffd666', palette.headerBg, AA_LARGE],
    ['hall display text', displayPalette.text, displayPalette.background, AA],
    ['hall display secondary text', displayPalette.textSecondary, displayPalette.background, AA],
    ['hall display secondary text on panel', displayPalette.textSecondary, displayPalette.panel, AA],
    ['hall display numbers (large)', displayPalette.number, displayPalette.panel, AA_LARGE],
    ['hall display status ok', displayPalette.ok, displayPalette.background, AA],
    ['hall display status warning', displayPalette.warn, displayPalette.background, AA],
  ]
  it.each(pairs)('%s (%s on %s) ≥ %s', (_name, fg, bg, min) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(min)
  })
})
