import { GlobalOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { isLanguage, languageNames, languages } from '../i18n/languages'

/**
 * The language choice in the page header: the browser's own select (keyboard, screen readers and
 * touch work as everywhere else), so the portal does not load antd's Select for three options.
 */
export function LanguageSwitch({ size = 'middle' }: { size?: 'middle' | 'large' }) {
  const { t, i18n } = useTranslation()
  const value = isLanguage(i18n.language) ? i18n.language : 'zh-CN'
  return (
    <span className={`language-switch language-switch-${size}`}>
      <GlobalOutlined aria-hidden />
      <select
        aria-label={t('language.label')}
        value={value}
        onChange={(e) => void i18n.changeLanguage(e.target.value)}
      >
        {languages.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {languageNames[lng]}
          </option>
        ))}
      </select>
    </span>
  )
}
