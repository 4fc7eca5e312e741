import { describe, expect, it } from 'vitest'
import { buildTheme } from './theme'

describe('the type face per language', () => {
  const face = (o: Parameters<typeof buildTheme>[0]) => String(buildTheme(o).token?.fontFamily).split(',')[0]
  it('English starts with a Latin face (a Chinese face draws ’ “ ” full width), Chinese with a Chinese one, Uyghur with an Arabic-script one', () => {
    expect(face({ isUyghur: false, isLatin: true })).toBe('"Noto Sans"')
    expect(face({ isUyghur: false })).toBe('"Noto Sans SC"')
    expect(face({ isUyghur: true })).toBe('"Noto Sans Arabic"')
    expect(face({ isUyghur: false, isLatin: true, isElderly: true })).toBe('"Noto Sans"')
  })
})
