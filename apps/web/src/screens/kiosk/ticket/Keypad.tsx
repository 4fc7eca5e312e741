import { useTranslation } from 'react-i18next'

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', '0', '⌫'] as const

/**
 * A field typed on an on-screen keypad (the kiosk has no keyboard). It stays a real input, so a
 * barcode scanner or card-reader bridge that types like a keyboard still works.
 */
export function KeypadField({
  id,
  label,
  hint,
  value,
  onChange,
  maxLength,
  allowX = false,
}: {
  id: string
  label: string
  hint?: string
  value: string
  onChange: (v: string) => void
  maxLength: number
  allowX?: boolean
}) {
  const { t } = useTranslation()
  const press = (k: (typeof keys)[number]) => {
    if (k === '⌫') onChange(value.slice(0, -1))
    else if (value.length < maxLength) onChange(value + k)
  }
  return (
    <div className="keypad-field">
      <label htmlFor={id} className="keypad-label">
        {label}
      </label>
      {hint && <span className="keypad-hint">{hint}</span>}
      <input
        id={id}
        className="keypad-input"
        dir="ltr"
        inputMode="none"
        autoComplete="off"
        value={value}
        maxLength={maxLength}
        onChange={(e) =>
          onChange(
            e.target.value
              .toUpperCase()
              .replace(allowX ? /[^0-9X]/g : /\D/g, '')
              .slice(0, maxLength),
          )
        }
      />
      <div className="keypad" role="group" aria-label={t('queue.kiosk.keypad', { label })} dir="ltr">
        {keys.map((k) => (
          <button
            key={k}
            type="button"
            className="keypad-key"
            disabled={k === 'X' && !allowX}
            aria-label={k === '⌫' ? t('queue.kiosk.backspace') : k}
            onClick={() => press(k)}
          >
            {k}
          </button>
        ))}
        <button type="button" className="keypad-key keypad-clear" onClick={() => onChange('')}>
          {t('queue.kiosk.clear')}
        </button>
      </div>
    </div>
  )
}
