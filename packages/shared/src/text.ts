import { z } from 'zod'

/**
 * Characters refused in any text a client sends (every string of every request, see
 * `unsafeTextReason`): C0 controls other than TAB, LF and CR, DEL and the C1 controls, and the
 * bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) that make
 * a receipt or an SMS print something other than what was typed. The marks LRM, RLM and ALM and
 * the joiners ZWJ and ZWNJ stay allowed: Uyghur text needs them.
 */
const forbiddenAnywhere = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const lineBreaksAndTabs = /[\t\n\r]/
/** a high surrogate not followed by a low one, or a low one not preceded by a high one */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** whitespace and the invisible characters a name cannot consist of alone */
const invisible = /[\s\u00AD\u061C\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu

/** Why a string may not be stored, or null when it may. */
export function unsafeTextReason(value: string): string | null {
  if (loneSurrogate.test(value)) return 'contains a lone surrogate (malformed UTF-16)'
  const bad = forbiddenAnywhere.exec(value)
  if (bad) {
    const cp = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    return `contains the control character U+${cp}`
  }
  return null
}

/** The length a person counts: code points, not UTF-16 units (𠀀 is one). */
export const codePointLength = (value: string) => {
  let n = 0
  for (const _ of value) n++
  return n
}

/** Whether anything visible is left once whitespace and zero-width characters are removed. */
export const hasVisibleText = (value: string) => value.replace(invisible, '').length > 0

export interface CleanTextOptions {
  /** the most code points */
  max: number
  /** the fewest code points; 1 or more also requires something visible (not only spaces or zero-width) */
  min?: number
  /** TAB, LF and CR allowed (notes, reasons, descriptions); single-line fields refuse them */
  multiline?: boolean
}

/**
 * The one type for free text a person types (names, notes, reasons, addresses): trimmed,
 * normalized to Unicode NFC, lengths in code points, no control characters or bidi overrides,
 * a required field not blank. Output and OpenAPI type: a string.
 */
export function cleanText({ max, min = 0, multiline = false }: CleanTextOptions) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const reason = unsafeTextReason(value)
      if (reason) ctx.addIssue({ code: 'custom', message: reason, params: { text: 'unsafe' }, abort: true })
      else if (!multiline && lineBreaksAndTabs.test(value))
        ctx.addIssue({
          code: 'custom',
          message: 'a single line: no line breaks or tabs',
          params: { text: 'unsafe' },
          abort: true,
        })
    })
    .overwrite((value) => value.trim().normalize('NFC'))
    .superRefine((value, ctx) => {
      const length = codePointLength(value)
      if (length > max)
        ctx.addIssue({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: value })
      else if (length < min)
        ctx.addIssue({ code: 'too_small', origin: 'string', minimum: min, inclusive: true, input: value })
      else if (min > 0 && !hasVisibleText(value))
        ctx.addIssue({ code: 'custom', message: 'nothing visible: only spaces or invisible characters' })
    })
    .meta({ maxLength: max, ...(min > 0 ? { minLength: min } : {}) })
}
