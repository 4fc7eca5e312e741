import { ratingLevels, type RatingLevel } from '@yimin/shared'

/**
 * The SMS reply parser (pure). The invitation asks: 回复 1 非常满意，2 满意，3 基本满意，
 * 4 不满意，5 非常不满意 (可附意见)，回复TD退订. Replies are typed on every kind of phone, so the
 * parser is lenient: full-width digits and letters (NFKC), spaces and punctuation anywhere,
 * the level words, a trailing comment. When in doubt it answers `unclear` — never a wrong rating:
 * a reply naming two different levels ("满意 不满意", "1 2") is unclear, not its first level.
 * An opt-out word anywhere in the reply (TD, 退订, also glued to a digit: "1TD") opts out and is
 * never read as a rating.
 */
export type ParsedReply =
  { kind: 'rating'; level: RatingLevel; comment: string | null } | { kind: 'opt_out' } | { kind: 'unclear' }

/** Longest first: 非常不满意 before 不满意 before 满意 (不满意 contains 满意). */
const words: ReadonlyArray<readonly [string, RatingLevel]> = [
  ['非常不满意', 'very_dissatisfied'],
  ['很不满意', 'very_dissatisfied'],
  ['基本满意', 'basic'],
  ['比较满意', 'basic'],
  ['非常满意', 'very_satisfied'],
  ['很满意', 'very_satisfied'],
  ['不满意', 'dissatisfied'],
  ['满意', 'satisfied'],
]

/** Punctuation and symbols (ASCII and CJK) and whitespace, as separators. */
const SEPARATORS = /[\s\p{P}\p{S}]+/gu
/** TD as a word of its own (not inside a Latin word such as "TDD"), or 退订/退定 anywhere */
const OPT_OUT = /(?<![A-Z])TD(?![A-Z])|退订|退定/i
/** "T D", "TD 退订": the opt-out words alone, spaced out */
const OPT_OUT_SPACED = /^(?:TD|退订|退定)+$/i
/** a level digit standing alone in a comment: not part of a number, not a date, amount or count */
const LEVEL_DIGIT = /(?<![0-9.．])[1-5](?![0-9])/gu
/** a digit that is part of a date, an amount or a count (3月5日, 2号窗口, 1.5) is not a rating */
const UNIT_AFTER = /^(?:[.．]?[0-9]|[月日号點点个天次年元块分楼层岁%小])/u

export function parseReply(raw: string): ParsedReply {
  // NFKC folds full-width digits and letters (１ → 1, ＴＤ → TD) and ideographic spaces
  const text = raw.normalize('NFKC').trim()
  const bare = text.replace(SEPARATORS, '')
  if (bare === '') return { kind: 'unclear' }
  if (OPT_OUT.test(text) || OPT_OUT_SPACED.test(bare)) return { kind: 'opt_out' }
  const parsed = parseRating(text)
  // "满意 不满意", "1 2": the comment names another level, so which one is meant is unclear
  if (parsed.kind === 'rating' && parsed.comment !== null) {
    if (levelsNamedIn(parsed.comment).some((named) => named !== parsed.level)) return { kind: 'unclear' }
  }
  return parsed
}

function parseRating(text: string): ParsedReply {
  // a digit first: "2", "2.", "【2】", "2 服务很好", "2满意"
  const digit = /^[\s\p{P}\p{S}]*([0-9])(.*)$/su.exec(text)
  if (digit) {
    if (digit[1] === '0' || digit[1]! > '5' || UNIT_AFTER.test(digit[2]!)) return { kind: 'unclear' }
    const level = ratingLevels[Number(digit[1]) - 1]!
    let rest = digit[2]!.trim()
    // "2满意" / "2 满意": the word after the digit must agree with it, or it is unclear
    const word = leadingWord(rest.replace(/^[\s\p{P}\p{S}]+/u, ''))
    if (word) {
      if (word.level !== level) return { kind: 'unclear' }
      rest = rest.replace(/^[\s\p{P}\p{S}]+/u, '').slice(word.length)
    }
    return { kind: 'rating', level, comment: commentOf(rest) }
  }

  // a level word first: "非常满意", "满意，谢谢", "不满意 等了两个小时"
  const lead = text.replace(/^[\s\p{P}\p{S}]+/u, '')
  const word = leadingWord(lead)
  if (word) return { kind: 'rating', level: word.level, comment: commentOf(lead.slice(word.length)) }
  return { kind: 'unclear' }
}

/** The levels a text names: level words (longest first, each character read once) and lone digits 1–5. */
export function levelsNamedIn(text: string): RatingLevel[] {
  const named: RatingLevel[] = []
  let rest = text
  for (const [w, level] of words) {
    if (rest.includes(w)) named.push(level)
    rest = rest.split(w).join(' ')
  }
  for (const m of rest.matchAll(LEVEL_DIGIT)) {
    if (!UNIT_AFTER.test(rest.slice(m.index + 1))) named.push(ratingLevels[Number(m[0]) - 1]!)
  }
  return named
}

function leadingWord(text: string): { level: RatingLevel; length: number } | null {
  for (const [w, level] of words) if (text.startsWith(w)) return { level, length: w.length }
  return null
}

/** What follows the level, without its leading separators; null when nothing meaningful is left. */
function commentOf(rest: string): string | null {
  const trimmed = rest.replace(/^[\s\p{P}\p{S}]+/u, '').trim()
  if (trimmed.replace(SEPARATORS, '') === '') return null
  return trimmed.slice(0, 500)
}
