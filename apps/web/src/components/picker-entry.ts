import dayjs from 'dayjs'
import customParseFormat from 'dayjs/plugin/customParseFormat'

// antd's pickers parse typed text with this plugin too (strictly, in the field's format)
dayjs.extend(customParseFormat)

/** What a picker takes from the keyboard: the text's format, and its value's form and bounds. */
export interface EntryRule {
  /** the format the field shows and takes, e.g. `YYYY-MM-DD HH:mm` */
  format: string
  /** the form of the value (and of `min`, `max`), e.g. `YYYY-MM-DDTHH:mm`; ordered as text */
  valueFormat: string
  /** the first and last values that can be chosen, in `valueFormat` */
  min?: string | undefined
  max?: string | undefined
}

/** Why a typed entry was not taken; `limit` is shown in the field's format. */
export type Refusal =
  { reason: 'notADate' } | { reason: 'tooEarly'; limit: string } | { reason: 'tooLate'; limit: string }

/** The field's text for a value ('' for none): what the picker shows when nothing is typed. */
export function shownText(value: string | undefined, rule: EntryRule): string {
  return value ? dayjs(value, rule.valueFormat, true).format(rule.format) : ''
}

/**
 * Whether the text left in a picker's field was refused: not a date in the field's format, or
 * before `min` or after `max` (the days and times the picker greys out). null when it was taken
 * or nothing was typed: the field shows its value's text, or is empty (antd shows the value
 * again on leaving).
 */
export function refusalOf(text: string, value: string | undefined, rule: EntryRule): Refusal | null {
  const typed = text.trim()
  if (typed === '' || typed === shownText(value, rule)) return null
  const date = dayjs(typed, rule.format, true)
  if (!date.isValid()) return { reason: 'notADate' }
  const as = date.format(rule.valueFormat)
  if (rule.min !== undefined && as < rule.min) return { reason: 'tooEarly', limit: shownText(rule.min, rule) }
  if (rule.max !== undefined && as > rule.max) return { reason: 'tooLate', limit: shownText(rule.max, rule) }
  return null
}
