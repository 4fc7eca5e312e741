import { HistoryOutlined } from '@ant-design/icons'
import { Alert, Progress } from 'antd'
import { useTranslation } from 'react-i18next'
import { useDemoHistory } from '../api/demo-history'

/**
 * On staff screens of a demo while its history (the ~90 days of operation behind the demo
 * center) is being built: figures of past days are still growing. Words, an icon and a bar.
 */
export function DemoHistoryBanner() {
  const { t } = useTranslation()
  const data = useDemoHistory().data
  if (!data || data.state !== 'building') return null
  const percent = data.days > 0 ? Math.floor((data.done / data.days) * 100) : 0
  return (
    <Alert
      type="info"
      showIcon
      icon={<HistoryOutlined aria-hidden />}
      role="status"
      data-testid="demo-history-banner"
      style={{ marginBottom: 16 }}
      title={t('demoHistory.building', { done: data.done, days: data.days })}
      description={
        <>
          {t('demoHistory.explain')}
          <Progress percent={percent} size="small" />
        </>
      }
    />
  )
}
