import { useTranslation } from 'react-i18next'

export interface Named {
  name: string
  nameUg?: string | null
  nameEn?: string | null
}

/** A name from the data in the reader's language: nameUg / nameEn when given, else the Chinese name. */
export function localName(item: Named, language: string): string {
  if (language === 'ug' && item.nameUg) return item.nameUg
  if (language === 'en' && item.nameEn) return item.nameEn
  return item.name
}

export function useLocalName(): (item: Named | null | undefined) => string {
  const { i18n } = useTranslation()
  return (item) => (item ? localName(item, i18n.language) : '—')
}

/** A case's matter as a Named (cases store the Chinese name; the server adds the catalog's Uyghur and English). */
export const matterNamed = (c: {
  matterName: string
  matterNameUg?: string | null
  matterNameEn?: string | null
}): Named => ({ name: c.matterName, nameUg: c.matterNameUg ?? null, nameEn: c.matterNameEn ?? null })

/** A window as the queue serves it (its Chinese name with the hall's Uyghur and English) as a Named. */
export const windowNamed = (w: {
  windowName: string | null
  windowNameUg?: string | null
  windowNameEn?: string | null
}): Named => ({ name: w.windowName ?? '', nameUg: w.windowNameUg ?? null, nameEn: w.windowNameEn ?? null })
