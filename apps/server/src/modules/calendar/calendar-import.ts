import { isWeekend, parseDate } from './civil-dates'
import type { DayKind, DayOverride } from './working-days'

/**
 * The import file of one year's schedule (what the State Council publishes each autumn), UTF-8
 * text, one day per line:
 *
 *   # 2027 年部分节假日安排           ← comments start with #; blank lines are skipped
 *   date,kind,name                   ← optional header
 *   2027-01-01,holiday,元旦
 *   2027-02-07,workday,春节           ← a make-up working day (调休上班), on a weekend
 *
 * kind is `holiday` (or 休) or `workday` (or 班); the name is the rest of the line (commas
 * allowed), 1–64 characters. Every date lies in the year being imported, once. Days not
 * listed follow the weekend rule. Every line is checked; all errors come back together.
 */
export const IMPORT_MAX_LINES = 1000
export const IMPORT_MAX_ERRORS = 50

export type ImportErrorCode =
  | 'columns'
  | 'date'
  | 'other-year'
  | 'kind'
  | 'name'
  | 'duplicate'
  | 'workday-not-weekend'
  | 'empty'
  | 'too-long'

export interface ImportLineError {
  /** 1-based line number in the file (0 for the file as a whole) */
  line: number
  code: ImportErrorCode
  message: string
}

export type ImportParseResult = { ok: true; days: DayOverride[] } | { ok: false; errors: ImportLineError[] }

const KIND_ALIASES: Record<string, DayKind> = {
  holiday: 'holiday',
  休: 'holiday',
  workday: 'workday',
  班: 'workday',
}
const HEADER = /^date\s*,\s*kind\s*,\s*name$/i

export function parseCalendarImport(year: number, content: string): ImportParseResult {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (lines.length > IMPORT_MAX_LINES) {
    return {
      ok: false,
      errors: [{ line: 0, code: 'too-long', message: `at most ${IMPORT_MAX_LINES} lines` }],
    }
  }
  const errors: ImportLineError[] = []
  const days: DayOverride[] = []
  const seen = new Map<string, number>()
  let isFirst = true
  lines.forEach((raw, i) => {
    const line = i + 1
    const text = raw.trim()
    if (text === '' || text.startsWith('#')) return
    const wasFirst = isFirst
    isFirst = false
    if (wasFirst && HEADER.test(text)) return
    const fail = (code: ImportErrorCode, message: string) => errors.push({ line, code, message })
    const first = text.indexOf(',')
    const second = first < 0 ? -1 : text.indexOf(',', first + 1)
    if (second < 0) return fail('columns', 'expected date,kind,name')
    const date = text.slice(0, first).trim()
    const kindText = text.slice(first + 1, second).trim()
    const name = text.slice(second + 1).trim()
    let ordinal: number
    try {
      ordinal = parseDate(date)
    } catch {
      return fail('date', `not a date (YYYY-MM-DD): ${date.slice(0, 20)}`)
    }
    if (date.slice(0, 4) !== String(year)) return fail('other-year', `${date} is not in ${year}`)
    const kind = KIND_ALIASES[kindText.toLowerCase()]
    if (!kind) return fail('kind', `kind must be holiday or workday: ${kindText.slice(0, 20)}`)
    if (name.length < 1 || name.length > 64) return fail('name', 'the name must have 1 to 64 characters')
    if (kind === 'workday' && !isWeekend(ordinal))
      return fail('workday-not-weekend', `${date} is a weekday: it is a working day already`)
    const earlier = seen.get(date)
    if (earlier !== undefined) return fail('duplicate', `${date} is listed twice (also on line ${earlier})`)
    seen.set(date, line)
    days.push({ date, kind, name })
  })
  if (errors.length === 0 && days.length === 0)
    errors.push({ line: 0, code: 'empty', message: `no days listed for ${year}` })
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, IMPORT_MAX_ERRORS) }
  return { ok: true, days: days.sort((a, b) => (a.date < b.date ? -1 : 1)) }
}

/** The same format, for export (and round trips in tests). */
export function formatCalendarImport(days: readonly DayOverride[]): string {
  return ['date,kind,name', ...days.map((d) => `${d.date},${d.kind},${d.name}`)].join('\n') + '\n'
}
