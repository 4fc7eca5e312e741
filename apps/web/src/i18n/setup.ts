import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './en.json'
import ug from './ug.json'
import zhCN from './zh-CN.json'
import { defaultLanguage, directionOf, isLanguage, storageKey, type Language } from './languages'

function storedLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(storageKey)
    return isLanguage(v) ? v : defaultLanguage
  } catch {
    return defaultLanguage
  }
}

/** Mirrors the language on <html lang dir> so the browser, screen readers and CSS agree. */
function applyToDocument(language: Language): void {
  if (typeof document === 'undefined') return
  document.documentElement.lang = language
  document.documentElement.dir = directionOf(language)
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, ug: { translation: ug }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: ['zh-CN', 'ug', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
})
applyToDocument(i18n.language as Language)

i18n.on('languageChanged', (lng) => {
  if (!isLanguage(lng)) return
  applyToDocument(lng)
  try {
    globalThis.localStorage?.setItem(storageKey, lng)
  } catch {
    // private mode: the choice lasts for this page only
  }
})

export default i18n
