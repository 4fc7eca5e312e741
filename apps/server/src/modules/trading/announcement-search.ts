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

/**
 * The words of a text for the gram index: runs of letters and digits, combining marks dropped
 * (both databases' tokenizers would split a word at one).
 */
function words(text: string): string[] {
  return text
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
}

/** A word's grams: every two consecutive characters (a one-character word is its own gram). */
function gramsOf(word: string): string[] {
  const chars = Array.from(word)
  if (chars.length === 1) return chars
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
  return out
}

/**
 * The gram text the full-text index holds (db/dialect.ts `gramIndex`): each word of the search
 * text as its overlapping two-character grams, space-separated ("米东区" → "米东 东区"). A query's
 * grams found as consecutive tokens (a phrase) are exactly a substring of one word, in any script,
 * without a tokenizer that knows Chinese: a word's grams never span two words, so a phrase of
 * grams cannot match across a word boundary.
 */
export function searchGrams(searchText: string): string {
  return words(searchText).flatMap(gramsOf).join(' ')
}

/**
 * A query as the grams the index must hold consecutively, or null when the index cannot answer
 * it exactly: a query of one character, or of several words (punctuation inside it; the index
 * knows words, `LIKE` on the search text matches such a query as written).
 */
export function queryGrams(q: string): string[] | null {
  const ws = words(q.normalize('NFKC').toLowerCase())
  if (ws.length !== 1 || Array.from(ws[0]!).length < 2) return null
  return gramsOf(ws[0]!)
}

/** The stored search columns of an announcement with this title. */
export function searchFields(title: string): { search_text: string; search_grams: string } {
  const text = searchText(title)
  return { search_text: text, search_grams: searchGrams(text) }
}
