// The month and day names antd's pickers show come from the dayjs locale named by antd's locale
// (`lang.locale`): loading them here once serves every picker (MonthPicker, DayPicker).
import 'dayjs/locale/ug-cn'
import 'dayjs/locale/zh-cn'
import type { CSSProperties } from 'react'

/**
 * What DayPicker and DateTimePicker take alike: a string value and its change (the API's form of
 * it), and what a `Form.Item` or a plain label passes to a field.
 */
export interface PickerFieldProps {
  value?: string | undefined
  onChange?: (value: string) => void
  label?: string
  allowClear?: boolean
  style?: CSSProperties
  id?: string
  testId?: string
  'aria-invalid'?: boolean | 'true' | 'false'
  'aria-describedby'?: string
  'aria-required'?: boolean | 'true' | 'false'
}
