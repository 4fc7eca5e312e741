import type { DatePicker, GetRef } from 'antd'
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { palette } from '../theme/tokens'
import { refusalOf, type EntryRule, type Refusal } from './picker-entry'

type PickerRef = GetRef<typeof DatePicker>

/**
 * A typed date the picker refuses (not a date, or greyed out) is not left in the field: antd
 * keeps showing such text, red, after the field is left, while the form keeps its old value, so
 * the clerk believes a date was set that was not. On leaving the field (or on Enter) a refused
 * text is taken out (a fresh picker shows the form's value again) and a message under the field
 * says what was typed and why it was not taken, until the value changes. `key` goes on the
 * picker, `pickerProps` on it too, `message` after it.
 */
export function useRefusedEntry(value: string | undefined, rule: EntryRule, describedBy?: string) {
  const { t } = useTranslation()
  const messageId = useId()
  const ref = useRef<PickerRef>(null)
  const [told, setTold] = useState<{ text: string; refusal: Refusal } | null>(null)
  const [generation, setGeneration] = useState(0)
  const refocus = useRef(false)

  // a new value, chosen or set by the form, answers the message
  const [valueTold, setValueTold] = useState(value)
  if (valueTold !== value) {
    setValueTold(value)
    setTold(null)
  }

  // after Enter the fresh picker keeps the keyboard's focus
  useEffect(() => {
    if (!refocus.current) return
    refocus.current = false
    ref.current?.focus()
  }, [generation])

  /** Takes a refused text out of the field and tells why; true when it did. */
  const check = () => {
    const text = ref.current?.nativeElement?.querySelector('input')?.value ?? ''
    const refusal = refusalOf(text, value, rule)
    if (!refusal) return false
    setTold({ text: text.trim(), refusal })
    setGeneration((g) => g + 1)
    return true
  }
  const inPicker = (el: EventTarget | null) =>
    el instanceof Element &&
    (!!ref.current?.nativeElement?.contains(el) || !!el.closest('.ant-picker-dropdown'))

  const ids = [describedBy, told ? messageId : undefined].filter(Boolean).join(' ')
  const pickerProps = {
    ref,
    ...(ids ? { 'aria-describedby': ids } : {}),
    // the focus moving into the picker's own panel is not leaving the field
    onBlur: (e: FocusEvent) => {
      if (!inPicker(e.relatedTarget)) check()
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' && check()) refocus.current = true
    },
  }

  let text = ''
  if (told) {
    const r = told.refusal
    const args = { text: told.text, format: rule.format }
    if (r.reason === 'notADate') text = t('datePicker.notADate', args)
    else if (r.reason === 'tooEarly') text = t('datePicker.tooEarly', { ...args, limit: r.limit })
    else text = t('datePicker.tooLate', { ...args, limit: r.limit })
  }
  const message = told ? (
    <div
      id={messageId}
      role="alert"
      data-testid="date-refused"
      style={{ color: palette.error, fontSize: '0.875em', marginTop: 4, maxWidth: 360 }}
    >
      {text}
    </div>
  ) : null

  return { key: generation, pickerProps, message }
}
