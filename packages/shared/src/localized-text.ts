/**
 * The plain parts of `LocalizedText` (types and pure functions, no zod): the displays and the
 * kiosk pick a name in the reader's language without loading the request schemas (`localized.ts`).
 */

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
