import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { directionOf, isLanguage } from '../i18n/languages'
import { useElderlyMode } from '../theme/elderly'
import { buildTheme } from '../theme/theme'

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // 4xx answers are final; retry only network and server trouble.
        retry: (count, error) =>
          count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  })
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  const { i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN'
  const isElderly = useElderlyMode()
  const theme = useMemo(
    () => buildTheme({ isUyghur: language === 'ug', isLatin: language === 'en', isElderly }),
    [language, isElderly],
  )
  // antd has no Uyghur locale: its built-in texts follow Chinese there (the people of the center read both).
  const antdLocale = language === 'en' ? enUS : zhCN
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={antdLocale}
        direction={directionOf(language)}
        theme={theme}
        button={{ autoInsertSpace: false }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  )
}
