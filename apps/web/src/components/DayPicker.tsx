import { DatePicker } from 'antd'
import dayjs from 'dayjs'
import './picker-locales'
import type { PickerFieldProps } from './picker-locales'
import { useRefusedEntry } from './useRefusedEntry'

/**
 * A day, as `YYYY-MM-DD` ('' when cleared), chosen with antd's date picker: drawn in the page's
 * language (antd's locale from the ConfigProvider), where the native `<input type="date">` is
 * drawn by the browser in its own UI language ("mm/dd/yyyy" under Uyghur). It takes and gives
 * the string the API takes, so it sits in a `Form.Item` (which passes `id`, `value`,
 * `onChange`) or beside a `useState<string>` alike. A typed day it refuses (not a day, or outside
 * `min`–`max`) is taken out on leaving the field, with a message saying why (useRefusedEntry).
 */
export function DayPicker({
  value,
  onChange,
  label,
  min,
  max,
  allowClear = true,
  style,
  id,
  testId,
  'aria-describedby': describedBy,
  ...aria
}: PickerFieldProps & {
  /** the first and last days that can be chosen, `YYYY-MM-DD` */
  min?: string | undefined
  max?: string | undefined
}) {
  const refused = useRefusedEntry(
    value,
    { format: 'YYYY-MM-DD', valueFormat: 'YYYY-MM-DD', min, max },
    describedBy,
  )
  return (
    <>
      <DatePicker
        key={refused.key}
        {...aria}
        {...refused.pickerProps}
        {...(id ? { id } : {})}
        format="YYYY-MM-DD"
        allowClear={allowClear}
        aria-label={label}
        data-testid={testId}
        style={{ width: 160, ...style }}
        value={value ? dayjs(value) : null}
        disabledDate={(d) =>
          (min !== undefined && d.format('YYYY-MM-DD') < min) ||
          (max !== undefined && d.format('YYYY-MM-DD') > max)
        }
        onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : '')}
      />
      {refused.message}
    </>
  )
}
