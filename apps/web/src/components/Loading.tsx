import { Flex, Spin } from 'antd'
import { useTranslation } from 'react-i18next'

export function Loading() {
  const { t } = useTranslation()
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }} role="status" aria-live="polite">
      <Spin />
      <span style={{ marginInlineStart: 12 }}>{t('common.loading')}</span>
    </Flex>
  )
}
