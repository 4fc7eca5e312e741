import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeQuery, queryGrams, searchGrams, searchText } from './announcement-search'

describe('announcement search text', () => {
  it('holds the title, its pinyin and initials', () => {
    const t = searchText('米东区道路工程招标公告')
    expect(t).toContain('米东区道路工程招标公告')
    expect(t).toContain('zhaobiao')
    expect(t).toContain('mdqdlgczbgg')
  })

  it('normalizes queries: case, full-width letters, spaces and wildcards', () => {
    expect(normalizeQuery(' ZhaoBiao ')).toBe('zhaobiao')
    expect(normalizeQuery('ＺＢ%_')).toBe('zb')
  })
})

describe('announcement search grams', () => {
  it('splits each word into overlapping pairs, never across words', () => {
    expect(searchGrams('米东区 zb')).toBe('米东 东区 zb')
    expect(searchGrams('道路（1）x')).toBe('道路 1 x')
    expect(searchGrams('')).toBe('')
  })

  it('turns a one-word query into its grams, and leaves others to the text match', () => {
    expect(queryGrams('米东区道路')).toEqual(['米东', '东区', '区道', '道路'])
    expect(queryGrams('ＧＷ')).toEqual(['gw'])
    expect(queryGrams('米')).toBeNull()
    expect(queryGrams('供热 gw')).toBeNull()
    expect(queryGrams('%%')).toBeNull()
  })

  it('a phrase of query grams occurs in the title grams exactly when the query is a substring of a word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('米', '东', '区', '道', '路', 'a', 'b'), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 2, max: 5 }),
        (chars, start, len) => {
          const title = chars.join('')
          const q = chars.slice(start, start + len).join('')
          const phrase = queryGrams(q)
          if (!phrase) return
          const tokens = searchGrams(title).split(' ')
          const found = tokens.some((_, i) => phrase.every((g, k) => tokens[i + k] === g))
          expect(found).toBe(title.includes(q))
        },
      ),
    )
  })
})
