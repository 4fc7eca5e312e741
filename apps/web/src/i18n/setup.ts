import i18n, { type BackendModule, type ResourceKey } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { defaultLanguage, directionOf, isLanguage, languages, storageKey, type Language } from './languages'

/**
 * Each language is its own chunk, fetched when it is first shown: a page downloads the active
 * language only, and another on a switch (i18next waits for it before switching).
 */
const bundles: Record<Language, () => Promise<{ default: ResourceKey }>> = {
  'zh-CN': () => import('./zh-CN.json'),
  ug: () => import('./ug.json'),
  en: () => import('./en.json'),
}

const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (!isLanguage(language)) return callback(null, {})
    bundles[language]().then(
      (bundle) => callback(null, bundle.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    )
  },
}

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

/** Resolves once the active language is loaded: render after it, so no key ever shows. */
export const i18nReady = i18n
  .use(lazyLanguages)
  .use(initReactI18next)
  .init({
    lng: storedLanguage(),
    // every language holds every key (apps/web/test/i18n.test.ts): no fallback to download as well
    fallbackLng: false,
    supportedLngs: [...languages],
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
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
