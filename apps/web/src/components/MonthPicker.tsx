import { DatePicker } from 'antd'
import dayjs from 'dayjs'
import './picker-locales'

/**
 * A month, as `YYYY-MM`, chosen with antd's month picker: it is drawn in the page's language
 * (antd's locale from the ConfigProvider), where the native `<input type="month">` is drawn by
 * the browser in its own UI language whatever the page's.
 */
export function MonthPicker({
  value,
  onChange,
  label,
  testId,
}: {
  value: string
  onChange: (month: string) => void
  label: string
  testId?: string
}) {
  return (
    <DatePicker
      picker="month"
      format="YYYY-MM"
      allowClear={false}
      aria-label={label}
      data-testid={testId}
      value={dayjs(`${value}-01`)}
      onChange={(d) => d && onChange(d.format('YYYY-MM'))}
    />
  )
}
