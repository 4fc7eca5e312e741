import { GlobalOutlined } from '@ant-design/icons'
import { Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { isLanguage, languageNames, languages } from '../i18n/languages'

export function LanguageSwitch({ size = 'middle' }: { size?: 'middle' | 'large' }) {
  const { t, i18n } = useTranslation()
  const value = isLanguage(i18n.language) ? i18n.language : 'zh-CN'
  return (
    <Select
      aria-label={t('language.label')}
      value={value}
      size={size}
      prefix={<GlobalOutlined aria-hidden />}
      popupMatchSelectWidth={false}
      onChange={(lng) => void i18n.changeLanguage(lng)}
      options={languages.map((lng) => ({ value: lng, label: <span lang={lng}>{languageNames[lng]}</span> }))}
      style={{ minWidth: size === 'large' ? 200 : 130 }}
    />
  )
}
