import { WarningFilled } from '@ant-design/icons'
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useCalendarYears } from '../api/calendar'

/**
 * The admin warning when the current or next calendar year is not loaded (PRODUCT.md 2.3: a
 * missing year is an explicit, visible warning, never a silent guess). Words and an icon.
 */
export function CalendarWarning({ linkTo }: { linkTo?: string }) {
  const { t } = useTranslation()
  const years = useCalendarYears()
  const data = years.data
  if (!data || data.status === 'ok') return null
  const missing = data.missingYears.join('、')
  const title =
    data.status === 'current-year-missing'
      ? t('calendarWarning.currentMissing', { years: missing })
      : t('calendarWarning.nextMissing', { years: missing })
  return (
    <Alert
      type={data.status === 'current-year-missing' ? 'error' : 'warning'}
      showIcon
      icon={<WarningFilled aria-hidden />}
      role="alert"
      data-testid="calendar-warning"
      style={{ marginBottom: 16 }}
      title={title}
      description={
        <>
          {t('calendarWarning.explain')} {linkTo && <Link to={linkTo}>{t('calendarWarning.goImport')}</Link>}
        </>
      }
    />
  )
}
