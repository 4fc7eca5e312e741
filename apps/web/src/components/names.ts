import { pickLocalized, type LocalizedText } from '@yimin/shared'
import { useTranslation } from 'react-i18next'

/** Anything with a name in the center's languages (departments, the hall's parts, matters, categories). */
export interface Named {
  name: LocalizedText
}

/** A name from the data in the reader's language (the Chinese name when not translated). */
export function localName(item: Named, language: string): string {
  return pickLocalized(item.name, language)
}

/** `local(item)`: the item's name in the reader's language, or a dash when there is no item. */
export function useLocalName(): (item: Named | null | undefined) => string {
  const { i18n } = useTranslation()
  return (item) => (item ? localName(item, i18n.language) : '—')
}

/** `local(text)`: any `LocalizedText` in the reader's language. */
export function useLocalized(): (text: LocalizedText | null | undefined) => string {
  const { i18n } = useTranslation()
  return (text) => (text ? pickLocalized(text, i18n.language) : '—')
}

/** A window as the queue serves it (a ticket not yet called has none) as a Named. */
export const windowNamed = (w: { windowName: LocalizedText | null }): Named => ({
  name: w.windowName ?? { zh: '' },
})
