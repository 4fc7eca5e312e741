import { describe, expect, it } from 'vitest'
import { cleanText, codePointLength, unsafeTextReason } from './text'

const name = cleanText({ min: 1, max: 5 })
const note = cleanText({ max: 20, multiline: true })

describe('cleanText', () => {
  it('trims and normalizes to NFC', () => {
    // e + combining acute accent becomes é (one code point)
    expect(name.parse('  Jose\u0301 ')).toBe('José')
    expect(name.parse('  Jose\u0301 ')).toHaveLength(4)
  })

  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('𠀀𠀁')).toBe(2)
    expect(name.parse('𠀀𠀁𠀂𠀃𠀄')).toBe('𠀀𠀁𠀂𠀃𠀄')
    expect(name.safeParse('𠀀𠀁𠀂𠀃𠀄𠀅').success).toBe(false)
  })

  it('refuses NUL, other controls, lone surrogates and bidi overrides, embeddings and isolates', () => {
    for (const bad of [
      'a\u0000b',
      'a\u0007',
      '\u001b[31m',
      'a\u007f',
      'a\u0085',
      '\ud800x',
      'x\udc00',
      'abc\u202e',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u2066x',
      '\u2067x',
      '\u2068x',
      '\u2069x',
    ]) {
      expect(name.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
      expect(note.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
      expect(unsafeTextReason(bad)).not.toBeNull()
    }
  })

  it('keeps line breaks and tabs for multi-line fields only', () => {
    expect(note.parse('line 1\r\nline\t2')).toBe('line 1\r\nline\t2')
    expect(name.safeParse('a\nb').success).toBe(false)
    expect(name.safeParse('a\tb').success).toBe(false)
  })

  it('keeps the marks and joiners Uyghur text needs, and surrogate pairs', () => {
    const uyghur = 'ئۇيغۇر\u200c\u200d\u200e\u200f\u061c'
    expect(cleanText({ max: 50 }).parse(uyghur)).toBe(uyghur)
    expect(name.parse('😀')).toBe('😀')
  })

  it('refuses a required value with nothing visible', () => {
    for (const blank of ['', '   ', '\u200b', '\u200b\u200c\u200d', '\ufeff', '\u3000', '\u2060'])
      expect(name.safeParse(blank).success, JSON.stringify(blank)).toBe(false)
    expect(cleanText({ max: 5 }).parse('  ')).toBe('')
  })
})
