import { useTranslation } from 'react-i18next'
import { isLanguage, languageNames, languages } from '../i18n/languages'

/** Large touch targets for the kiosk and the rating pad: one button per language, named in itself. */
export function LanguageButtons({ onLight = false }: { onLight?: boolean }) {
  const { t, i18n } = useTranslation()
  const current = isLanguage(i18n.language) ? i18n.language : 'zh-CN'
  return (
    <div
      role="group"
      aria-label={t('language.label')}
      className={`yimin-lang-buttons${onLight ? ' on-light' : ''}`}
    >
      {languages.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={lng === current}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {languageNames[lng]}
        </button>
      ))}
    </div>
  )
}
