/** The three languages: Chinese (default and fallback), Uyghur (Arabic script, right-to-left), English. */
export const languages = ['zh-CN', 'ug', 'en'] as const
export type Language = (typeof languages)[number]
export const defaultLanguage: Language = 'zh-CN'
export const storageKey = 'yimin.language'

/** Each language names itself, so anyone can find theirs whatever language is showing. */
export const languageNames: Record<Language, string> = { 'zh-CN': '中文', ug: 'ئۇيغۇرچە', en: 'English' }

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === 'ug' ? 'rtl' : 'ltr'
}
