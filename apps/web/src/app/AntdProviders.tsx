import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { Suspense, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { Loading } from '../components/Loading'
import { ugUG } from '../i18n/antd-ug'
import { directionOf, isLanguage } from '../i18n/languages'
import { useElderlyMode } from '../theme/elderly'
import { buildTheme } from '../theme/theme'

/**
 * antd's theme, locale and direction around the screens built with antd (every surface but the
 * hall and window displays): its own chunk, loaded with the first such screen.
 */
export function AntdLayout() {
  const { i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN'
  const isElderly = useElderlyMode()
  const theme = useMemo(
    () => buildTheme({ isUyghur: language === 'ug', isLatin: language === 'en', isElderly }),
    [language, isElderly],
  )
  // antd has no Uyghur locale: ours gives its common texts in Uyghur (i18n/antd-ug.ts)
  const antdLocale = language === 'en' ? enUS : language === 'ug' ? ugUG : zhCN
  return (
    <ConfigProvider
      locale={antdLocale}
      direction={directionOf(language)}
      theme={theme}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AntApp>
    </ConfigProvider>
  )
}
