import type { SmsTemplateDefinition } from './template-catalog'

/** Languages an SMS can go out in (the web's English stays on screen: operators send zh and ug). */
export const smsLanguages = ['zh', 'ug'] as const
export type SmsLanguage = (typeof smsLanguages)[number]

const placeholder = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g

/** The placeholders a text uses. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(placeholder)].map((m) => m[1]!))]
}

/** Placeholders in `text` that the template does not define (an edit using them is refused). */
export function unknownPlaceholders(definition: SmsTemplateDefinition, text: string): string[] {
  return placeholdersOf(text).filter((p) => !definition.variables.includes(p))
}

/** A YYYY-MM-DD date the way each language writes it in a short message. */
export function formatSmsDate(date: string, language: SmsLanguage): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date
  return language === 'zh' ? `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日` : date
}

/**
 * Fills a template's text. Every variable must be given (a missing one is a programming error,
 * so it throws); dates are written per language.
 */
export function renderTemplate(
  definition: SmsTemplateDefinition,
  text: string,
  vars: Readonly<Record<string, string | number>>,
  language: SmsLanguage,
): string {
  return text.replace(placeholder, (whole, name: string) => {
    if (!definition.variables.includes(name)) return whole
    const value = vars[name]
    if (value === undefined) throw new Error(`SMS template ${definition.key}: variable ${name} missing`)
    const s = String(value)
    return definition.dates?.includes(name) ? formatSmsDate(s, language) : s
  })
}
