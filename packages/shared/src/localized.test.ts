import { describe, expect, it } from 'vitest'
import { localizedText, pickLocalized } from './localized'

const name = localizedText({ max: 8 })
const windowName = localizedText({ max: 5, min: 0 })

describe('localizedText', () => {
  it('applies the clean-text rules to every language and leaves out missing translations', () => {
    expect(name.parse({ zh: ' Jose\u0301 ', ug: 'ئۈرۈمچى', en: null })).toEqual({ zh: 'José', ug: 'ئۈرۈمچى' })
    expect(name.parse({ zh: '乌鲁木齐' })).toEqual({ zh: '乌鲁木齐' })
    expect(name.safeParse({ zh: '' }).success).toBe(false)
    expect(name.safeParse({ zh: '乌', ug: '   ' }).success).toBe(false)
    expect(name.safeParse({ zh: '乌', en: 'x'.repeat(9) }).success).toBe(false)
    expect(name.safeParse({ zh: '乌', ug: 'a\u202Eb' }).success).toBe(false)
    expect(name.safeParse({ zh: '乌', fr: 'Urumqi' }).success).toBe(false)
    expect(name.safeParse('乌鲁木齐').success).toBe(false)
  })

  it('lets a blank-able text have blank translations (none)', () => {
    expect(windowName.parse({ zh: '', ug: '', en: 'Exit' })).toEqual({ zh: '', en: 'Exit' })
  })
})

describe('pickLocalized', () => {
  const text = { zh: '出入境', ug: 'چېگرا', en: 'Exit and entry' }
  it("gives the reader's language and falls back to Chinese", () => {
    expect(pickLocalized(text, 'ug')).toBe('چېگرا')
    expect(pickLocalized(text, 'en-GB')).toBe('Exit and entry')
    expect(pickLocalized(text, 'zh-CN')).toBe('出入境')
    expect(pickLocalized({ zh: '出入境' }, 'en')).toBe('出入境')
    expect(pickLocalized({ zh: '出入境', ug: '' }, 'ug')).toBe('出入境')
    expect(pickLocalized(text, null)).toBe('出入境')
  })
})
