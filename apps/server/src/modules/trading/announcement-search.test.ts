import { describe, expect, it } from 'vitest'
import { normalizeQuery, searchText } from './announcement-search'

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
