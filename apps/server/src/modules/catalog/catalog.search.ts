import { pinyin } from 'pinyin-pro'
import type { MatterLevel, MatterSummary, MatterType } from '@yimin/shared'
import { normalizeName } from './catalog.rules'

/**
 * The in-memory search index over published versions (issue 3: search by name, keyword, full
 * pinyin and initials). Pinyin is computed once per name when the index is built (pinyin-pro
 * picks the reading of polyphonic characters from context); a query is then a scan of ~200
 * entries with plain string operations. pinyin-pro's own `match()` costs ~40 µs a call, too
 * much to run per matter per query, so the syllable matching below is ours: a query matches
 * when it spells consecutive syllables, each by a non-empty prefix (hz, huzhao, huzh, hzhao).
 */

export interface SearchEntry {
  summary: MatterSummary
  keywords: string[]
}

interface Spelled {
  /** normalized text (for Chinese substring matches) */
  text: string
  syllables: string[]
  /** all syllables joined: putonghuzhaoqianfa */
  full: string
  /** first letters: pthzqf */
  initials: string
}

interface Indexed {
  entry: SearchEntry
  code: string
  name: Spelled
  keywords: Spelled[]
  department: string
  /** the Uyghur and English names, normalized (the kiosk's Uyghur keyboard searches them) */
  otherNames: string[]
}

export interface SearchFilter {
  q?: string | undefined
  departmentId?: string | undefined
  level?: MatterLevel | undefined
  type?: MatterType | undefined
}

// Scores: higher ranks first. Ties: shorter name, then code.
const EXACT = 1000
const NAME_PREFIX = 900
const NAME_CONTAINS = 800
const KEYWORD_EXACT = 750
const PINYIN_NAME_START = 700
const PINYIN_NAME = 600
const KEYWORD = 500
const DEPARTMENT = 300

function spell(raw: string): Spelled {
  const text = normalizeName(raw)
  // one syllable per character; letters and digits pass through as they are
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0)
  return { text, syllables, full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') }
}

/** true when `q` spells consecutive syllables from `start`, each by a non-empty prefix. */
function spellsFrom(syllables: string[], start: number, q: string, at: number): boolean {
  if (at === q.length) return true
  const syl = syllables[start]
  if (syl === undefined) return false
  let common = 0
  while (
    common < syl.length &&
    at + common < q.length &&
    syl.charCodeAt(common) === q.charCodeAt(at + common)
  )
    common++
  for (let k = common; k >= 1; k--) if (spellsFrom(syllables, start + 1, q, at + k)) return true
  return false
}

/** -1 when no match; else the syllable where the match starts. */
function pinyinMatch(s: Spelled, q: string): number {
  if (s.initials.startsWith(q) || s.full.startsWith(q)) return 0
  if (!s.initials.includes(q[0] ?? '')) return -1
  for (let i = 0; i < s.syllables.length; i++)
    if (s.syllables[i]![0] === q[0] && spellsFrom(s.syllables, i, q, 0)) return i
  return -1
}

const isLatin = (q: string) => /^[a-z0-9]+$/.test(q)

/**
 * One name against one query, as the public search matches names: the Chinese text, full
 * pinyin or initials (issue 21 point 8: the admin list, a few hundred names, spelled per query).
 */
export function nameMatches(name: string, query: string): boolean {
  const q = normalizeName(query).toLowerCase()
  if (!q) return true
  const spelled = spell(name)
  if (spelled.text.toLowerCase().includes(q)) return true
  const latin = q.replace(/[^a-z0-9]/g, '')
  return isLatin(latin) && latin.length > 0 && pinyinMatch(spelled, latin) >= 0
}

export class CatalogSearchIndex {
  private readonly items: Indexed[]

  constructor(entries: SearchEntry[]) {
    this.items = entries.map((entry) => ({
      entry,
      code: entry.summary.code.toLowerCase(),
      name: spell(entry.summary.name.zh),
      keywords: entry.keywords.map(spell),
      department: normalizeName(entry.summary.department.name.zh),
      otherNames: [entry.summary.name.ug, entry.summary.name.en].flatMap((n) =>
        n ? [normalizeName(n)] : [],
      ),
    }))
  }

  get size(): number {
    return this.items.length
  }

  /** Published matters matching the query and filters, best first. */
  search(filter: SearchFilter): MatterSummary[] {
    const raw = filter.q?.trim() ?? ''
    const q = normalizeName(raw)
    // "hu zhao" and "huzhao" are the same query; a code is compared as typed (lower case)
    const latin = isLatin(q)
    const code = raw.toLowerCase()
    const scored: Array<{ score: number; item: Indexed }> = []
    for (const item of this.items) {
      const s = item.entry.summary
      if (filter.departmentId && s.department.id !== filter.departmentId) continue
      if (filter.level && s.level !== filter.level) continue
      if (filter.type && s.type !== filter.type) continue
      const score = q === '' ? 1 : scoreOf(item, q, code, latin)
      if (score > 0) scored.push({ score, item })
    }
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        a.item.name.text.length - b.item.name.text.length ||
        (a.item.code < b.item.code ? -1 : 1),
    )
    return scored.map((s) => s.item.entry.summary)
  }
}

function scoreOf(item: Indexed, q: string, code: string, latin: boolean): number {
  const { name } = item
  if (item.code === code || name.text === q) return EXACT
  let score = 0
  if (name.text.startsWith(q)) score = NAME_PREFIX
  else if (name.text.includes(q)) score = NAME_CONTAINS - name.text.indexOf(q)
  if (latin && score === 0) {
    const at = pinyinMatch(name, q)
    if (at === 0) score = PINYIN_NAME_START
    else if (at > 0) score = PINYIN_NAME - at
  }
  // keywords are curated aliases: an exact one (护照, or its spelling hz / huzhao) is a strong hint
  let keywordExact = false
  for (const k of item.keywords) {
    if (k.text === q || (latin && (k.full === q || k.initials === q))) keywordExact = true
    else if (k.text.includes(q) || (latin && pinyinMatch(k, q) >= 0)) score = Math.max(score, KEYWORD)
  }
  if (keywordExact) score = Math.max(score, KEYWORD_EXACT) + 100
  if (score === 0 && item.code.includes(code)) score = KEYWORD
  // a name in Uyghur or English (ranked with keywords: the Chinese name and its pinyin come first)
  if (score === 0 && item.otherNames.some((n) => n.includes(q))) score = KEYWORD
  if (score === 0 && item.department.includes(q)) score = DEPARTMENT
  return score
}
