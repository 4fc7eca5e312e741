import { pinyin } from 'pinyin-pro'

/**
 * The text the public search matches, lower-case: the title, its pinyin syllables run together
 * and their initials (招标 → "zhaobiao", "zb"), so "zhaobiao" or "zb" find 招标 as the catalog does.
 */
export function searchText(title: string): string {
  const text = title.normalize('NFKC').toLowerCase()
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0)
  return `${text} ${syllables.join('')} ${syllables.map((s) => s[0]).join('')}`
}

/** A query as the search matches it: lower-case, without spaces or LIKE wildcards. */
export function normalizeQuery(q: string): string {
  return q
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s%_\\]/g, '')
}
