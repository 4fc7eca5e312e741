import { DatePicker } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import './picker-locales'
import type { PickerFieldProps } from './picker-locales'
import { useRefusedEntry } from './useRefusedEntry'

/** The value's shape: the one `<input type="datetime-local">` gave, so the forms convert it as before. */
const VALUE = 'YYYY-MM-DDTHH:mm'

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i)

/** On `max`'s day, the hours and minutes after it (a typed time after it is refused too). */
function laterThan(day: Dayjs, max: Dayjs) {
  if (!day.isSame(max, 'day')) return {}
  return {
    disabledHours: () => range(max.hour() + 1, 24),
    disabledMinutes: (hour: number) => (hour === max.hour() ? range(max.minute() + 1, 60) : []),
  }
}

/**
 * A day and a time of day, as `YYYY-MM-DDTHH:mm` ('' when cleared) — exactly the value of the
 * native `<input type="datetime-local">` it replaces, a wall-clock time with no zone: each form
 * keeps reading it as it did (the center's time, or the browser's). Chosen with antd's date picker
 * with its time panel, so the month and day names, the buttons and the 24-hour time are drawn in
 * the page's language, where the native field is drawn in the browser's. Typing a date-time and
 * leaving the field sets it (no OK to press, and no Enter, which would submit the form); a typed
 * one it refuses (not a date-time, or after `max`) is taken out, with a message saying why.
 */
export function DateTimePicker({
  value,
  onChange,
  label,
  max,
  minuteStep,
  allowClear = true,
  style,
  id,
  testId,
  'aria-describedby': describedBy,
  ...aria
}: PickerFieldProps & {
  /** the latest date-time that can be chosen, `YYYY-MM-DDTHH:mm` */
  max?: string | undefined
  /** minutes offered in the time panel: 30 offers :00 and :30 */
  minuteStep?: 5 | 10 | 15 | 30
}) {
  const refused = useRefusedEntry(value, { format: 'YYYY-MM-DD HH:mm', valueFormat: VALUE, max }, describedBy)
  return (
    <>
      <DatePicker
        key={refused.key}
        {...aria}
        {...refused.pickerProps}
        {...(id ? { id } : {})}
        {...(max ? { maxDate: dayjs(max) } : {})}
        showTime={{
          format: 'HH:mm',
          ...(minuteStep ? { minuteStep } : {}),
          ...(max ? { disabledTime: (d: Dayjs) => laterThan(d, dayjs(max)) } : {}),
        }}
        format="YYYY-MM-DD HH:mm"
        needConfirm={false}
        allowClear={allowClear}
        aria-label={label}
        data-testid={testId}
        className="yimin-date-time"
        style={{ width: 200, ...style }}
        value={value ? dayjs(value) : null}
        onChange={(d) => onChange?.(d ? d.format(VALUE) : '')}
      />
      {refused.message}
    </>
  )
}
