import { z } from 'zod'
import { cleanText } from './text'
import { compactLocalized, type LocalizedText } from './localized-text'

export * from './localized-text'

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
