import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  normalizeQuery,
  queryPhrases,
  searchFields,
  searchGrams,
  searchText,
  searchTrigrams,
} from './announcement-search'

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

  it('turns each word of a query into a phrase: trigrams for ASCII letters and digits, else pairs', () => {
    expect(queryPhrases('米东区道路')).toEqual({ grams: [['米东', '东区', '区道', '道路']], trigrams: [] })
    expect(queryPhrases('ＧＷ')).toEqual({ grams: [['gw']], trigrams: [] })
    expect(queryPhrases('12345')).toEqual({ grams: [], trigrams: [['123', '234', '345']] })
    expect(queryPhrases('GC2026-0A1B')).toEqual({
      grams: [],
      trigrams: [
        ['gc2', 'c20', '202', '026'],
        ['0a1', 'a1b'],
      ],
    })
    expect(queryPhrases('供热 gw')).toEqual({ grams: [['供热'], ['gw']], trigrams: [] })
    expect(queryPhrases('道路1标')).toEqual({ grams: [['道路', '路1', '1标']], trigrams: [] })
    expect(queryPhrases('米')).toBeNull()
    expect(queryPhrases('a-b')).toBeNull()
    expect(queryPhrases('%%')).toBeNull()
  })

  it('holds the project number in the search text and its runs of ASCII as trigrams', () => {
    const f = searchFields('供热管网（2）', 'GC2026-0A1B')
    expect(f.search_text.endsWith(' gc2026-0a1b')).toBe(true)
    expect(f.search_trigrams.split(' ')).toEqual(
      expect.arrayContaining(['gon', 'ong', 'ngr', 'gre', 'gc2', '026', '0a1', 'a1b']),
    )
    expect(searchTrigrams('米东区 ab 12 abcd')).toBe('abc bcd')
  })

  // The index is a filter before the text match: it must hold every query found in the text.
  it('the phrases of a query occur in the indexed grams whenever the query is a substring of the text', () => {
    const has = (tokens: string[], phrase: string[]) =>
      tokens.some((_, i) => phrase.every((g, k) => tokens[i + k] === g))
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('米', '东', '区', 'a', 'b', '1', '2', '-', ' '), {
          minLength: 1,
          maxLength: 16,
        }),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 1, max: 8 }),
        (chars, start, len) => {
          const text = chars.join('')
          const q = normalizeQuery(chars.slice(start, start + len).join(''))
          const phrases = queryPhrases(q)
          if (!phrases || !text.includes(q)) return
          const grams = searchGrams(text).split(' ')
          const trigrams = searchTrigrams(text).split(' ')
          for (const p of phrases.grams) expect(has(grams, p)).toBe(true)
          for (const p of phrases.trigrams) expect(has(trigrams, p)).toBe(true)
        },
      ),
    )
  })

  it('a phrase of pairs within one word occurs exactly when the query is a substring of that word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('米', '东', '区', '道', '路', 'a', 'b'), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 2, max: 5 }),
        (chars, start, len) => {
          const title = chars.join('')
          const q = chars.slice(start, start + len).join('')
          const phrase = queryPhrases(q)?.grams[0]
          if (!phrase) return
          const tokens = searchGrams(title).split(' ')
          const found = tokens.some((_, i) => phrase.every((g, k) => tokens[i + k] === g))
          expect(found).toBe(title.includes(q))
        },
      ),
    )
  })
})
