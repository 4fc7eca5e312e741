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
 * grams found as consecutive tokens (a phrase) are a substring of one word, in any script, without
 * a tokenizer that knows Chinese — or, rarely, the end of one word and the start of the next
 * ("米东 东区" holds the phrase of "米东区"): the text match after the index decides (`queryPhrases`).
 */
export function searchGrams(searchText: string): string {
  return words(searchText).flatMap(gramsOf).join(' ')
}

/** The runs of ASCII letters and digits of a word (project numbers, codes, pinyin). */
function asciiRuns(word: string): string[] {
  return word.match(/[a-z0-9]+/g) ?? []
}

/** A run's trigrams: every three consecutive characters (a shorter run has none). */
function trigramsOf(run: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 2 < run.length; i++) out.push(run.slice(i, i + 3))
  return out
}

/**
 * The trigram text of the second full-text index: each run of ASCII letters and digits as its
 * overlapping three-character grams ("gc2026" → "gc2 c20 202 026"). Digits and pinyin are ten
 * and twenty-six characters: their pairs occur in nearly every title ("12345" as pairs had to be
 * checked in almost every row), their triples in few.
 */
export function searchTrigrams(searchText: string): string {
  return words(searchText).flatMap(asciiRuns).flatMap(trigramsOf).join(' ')
}

/** What the indexes must hold for a query: phrases of pairs and phrases of trigrams, all of them. */
export interface QueryPhrases {
  grams: string[][]
  trigrams: string[][]
}

/**
 * A query as the phrases the indexes must hold, or null when they cannot narrow it (every word of
 * one character). A word of ASCII letters and digits of three or more is a phrase of trigrams,
 * another word of two or more characters a phrase of pairs. Each phrase occurs in the text's
 * grams whenever the query is a substring of the text (a query's word lies within one of the
 * text's words), so the index never misses a match; a phrase can also match across two of the
 * text's words, or the query's words can be found apart, so the text match (`LIKE`) decides.
 */
export function queryPhrases(q: string): QueryPhrases | null {
  const out: QueryPhrases = { grams: [], trigrams: [] }
  for (const w of words(q.normalize('NFKC').toLowerCase())) {
    if (/^[a-z0-9]{3,}$/.test(w)) out.trigrams.push(trigramsOf(w))
    else if (Array.from(w).length >= 2) out.grams.push(gramsOf(w))
  }
  return out.grams.length + out.trigrams.length > 0 ? out : null
}

/** The stored search columns of an announcement with this title, of a project with this number. */
export function searchFields(
  title: string,
  projectCode: string,
): { search_text: string; search_grams: string; search_trigrams: string } {
  const text = `${searchText(title)} ${projectCode.normalize('NFKC').toLowerCase()}`
  return { search_text: text, search_grams: searchGrams(text), search_trigrams: searchTrigrams(text) }
}
