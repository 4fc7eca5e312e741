import { DatePicker } from 'antd'
import dayjs from 'dayjs'
import './picker-locales'
import { useRefusedEntry } from './useRefusedEntry'

/**
 * A month, as `YYYY-MM`, chosen with antd's month picker: it is drawn in the page's language
 * (antd's locale from the ConfigProvider), where the native `<input type="month">` is drawn by
 * the browser in its own UI language whatever the page's. Typed text that is not a month is taken
 * out on leaving the field, with a message saying why.
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
  const refused = useRefusedEntry(value, { format: 'YYYY-MM', valueFormat: 'YYYY-MM' })
  return (
    <>
      <DatePicker
        key={refused.key}
        {...refused.pickerProps}
        picker="month"
        format="YYYY-MM"
        allowClear={false}
        aria-label={label}
        data-testid={testId}
        value={dayjs(`${value}-01`)}
        onChange={(d) => d && onChange(d.format('YYYY-MM'))}
      />
      {refused.message}
    </>
  )
}
