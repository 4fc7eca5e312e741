import { z } from 'zod'
import { cleanText } from './text'

/**
 * Text in the center's three languages: Chinese always, Uyghur and English when given. Names and
 * labels of departments, the hall, matters, bundles and queue categories are this one type from
 * the API down to the repositories (which store it as three columns, see
 * `apps/server/src/db/localized.ts`). A new translatable field is one line: `label: localizedText({ max: 100 })`.
 */
export interface LocalizedText {
  zh: string
  ug?: string
  en?: string
}

export const localizedLanguages = ['zh', 'ug', 'en'] as const
export type LocalizedLanguage = (typeof localizedLanguages)[number]

export interface LocalizedTextOptions {
  /** the most code points of each language */
  max: number
  /** the fewest code points of the Chinese text (1 by default: a name is never blank; 0 lets all three be blank) */
  min?: number
  /** the most code points of a translation (Uyghur runs longer than Chinese); `max` by default */
  translationMax?: number
  multiline?: boolean
}

/**
 * The request schema: each language follows the clean-text rules (`cleanText`); Chinese is
 * required, Uyghur and English may be left out or sent as null (not translated); a blank
 * translation is refused like a blank name, unless the text may be blank (`min: 0`).
 */
export function localizedText({
  max,
  min = 1,
  translationMax = max,
  multiline = false,
}: LocalizedTextOptions) {
  const translation = cleanText({ max: translationMax, min: min === 0 ? 0 : 1, multiline }).nullish()
  // `overwrite`, not `transform`: response schemas hold it too (the catalog's documents), and a
  // response is encoded through its schema, which a one-way transform cannot be
  return z
    .strictObject({ zh: cleanText({ max, min, multiline }), ug: translation, en: translation })
    .overwrite((value) => compactLocalized(value)) as unknown as z.ZodType<LocalizedText, LocalizedTextInput>
}

/** What a request may send for a `LocalizedText`: a translation may be null (not translated). */
export interface LocalizedTextInput {
  zh: string
  ug?: string | null
  en?: string | null
}

/** The response schema (what the server answers; no rules, the text was checked when it was stored). */
export const localizedTextSchema = z.object({
  zh: z.string(),
  ug: z.string().optional(),
  en: z.string().optional(),
})

/** The same text without the empty translations (so `{ zh, ug: undefined }` and `{ zh }` compare equal). */
export function compactLocalized(value: {
  zh: string
  ug?: string | null
  en?: string | null
}): LocalizedText {
  const out: LocalizedText = { zh: value.zh }
  if (value.ug) out.ug = value.ug
  if (value.en) out.en = value.en
  return out
}

/** A Chinese-only text (seed data, tests, names the data has no translation for). */
export const zhOnly = (zh: string): LocalizedText => ({ zh })

/**
 * The text in the reader's language: `language` is an i18n language (`zh-CN`, `ug`, `en`, `en-GB`…)
 * or a stored preference; Uyghur or English when given, else the Chinese text.
 */
export function pickLocalized(text: LocalizedText, language: string | null | undefined): string {
  const lang = (language ?? '').toLowerCase()
  if (lang === 'ug' || lang.startsWith('ug-')) return text.ug || text.zh
  if (lang === 'en' || lang.startsWith('en-')) return text.en || text.zh
  return text.zh
}
