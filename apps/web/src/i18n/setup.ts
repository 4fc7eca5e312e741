import i18n, { type BackendModule, type ResourceKey } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { packLoaders } from 'virtual:text-packs'
import { defaultLanguage, directionOf, isLanguage, languages, storageKey, type Language } from './languages'
import type { TextPack } from './text-packs'

/**
 * A page downloads the texts it shows, in the active language only. The first render waits for
 * the `core` pack; a screen's route loads its pack beside its code (`loadTexts`): the displays,
 * the kiosk and the portal's home a small pack (`text-packs.ts`), any other screen its language
 * whole ('all', one chunk per language). A language switch fetches, in the new language, every
 * pack loaded so far (i18next waits for it before switching).
 */
const loaders: Record<Language, Record<TextPack, () => Promise<{ default: ResourceKey }>>> = {
  'zh-CN': { ...packLoaders['zh-CN'], all: () => import('./zh-CN.json') },
  ug: { ...packLoaders.ug, all: () => import('./ug.json') },
  en: { ...packLoaders.en, all: () => import('./en.json') },
}

/** The packs this page has asked for (in every language it has shown). */
const wanted = new Set<TextPack>(['core'])

/** Every section of the packs wanted, in `language`; asks again when a pack was added meanwhile. */
async function textsOf(language: Language): Promise<Record<string, unknown>> {
  const texts: Record<string, unknown> = {}
  const done = new Set<TextPack>()
  for (;;) {
    const todo = [...wanted].filter((pack) => !done.has(pack))
    if (todo.length === 0) return texts
    for (const bundle of await Promise.all(todo.map((pack) => loaders[language][pack]())))
      Object.assign(texts, bundle.default)
    for (const pack of todo) done.add(pack)
  }
}

const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (!isLanguage(language)) return callback(null, {})
    textsOf(language).then(
      (texts) => callback(null, texts as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    )
  },
}

const loading = new Map<TextPack, Promise<void>>()

/**
 * Loads a screen's texts (in each language this page has loaded, so a switch back finds them);
 * resolves at once when they, or the whole language, are already here.
 */
export function loadTexts(pack: TextPack): Promise<void> {
  if (wanted.has('all') && !loading.has(pack)) return loading.get('all') ?? Promise.resolve()
  const pending = loading.get(pack)
  if (pending) return pending
  wanted.add(pack)
  const shown = new Set([i18n.language, ...Object.keys(i18n.store.data)].filter(isLanguage))
  const load = Promise.all(
    [...shown].map(async (language) => {
      const bundle = await loaders[language][pack]()
      i18n.addResourceBundle(language, 'translation', bundle.default, true, true)
    }),
  ).then(
    () => undefined,
    (error: unknown) => {
      // a failed fetch is tried again when the screen is opened again
      loading.delete(pack)
      wanted.delete(pack)
      throw error
    },
  )
  loading.set(pack, load)
  return load
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
