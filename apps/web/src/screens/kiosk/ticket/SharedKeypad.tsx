import { useTranslation } from 'react-i18next'

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', '0', '⌫'] as const

export interface PadTarget {
  id: string
  label: string
  hint?: string
  value: string
  onChange: (v: string) => void
  maxLength: number
  allowX?: boolean
}

/**
 * Several fields and ONE on-screen keypad (the kiosk has no keyboard): the keypad types into the
 * field chosen above it. Each field stays a real input, so a scanner or card-reader bridge that
 * types like a keyboard still works.
 */
export function KeypadFields({
  fields,
  active,
  onActive,
}: {
  fields: PadTarget[]
  active: string
  onActive: (id: string) => void
}) {
  const { t } = useTranslation()
  const target = fields.find((f) => f.id === active) ?? fields[0]
  if (!target) return null
  const press = (k: (typeof keys)[number]) => {
    if (k === '⌫') target.onChange(target.value.slice(0, -1))
    else if (target.value.length < target.maxLength) target.onChange(target.value + k)
  }
  return (
    <div className="keypad-fields">
      {fields.map((f) => (
        <div key={f.id} className={f.id === target.id ? 'keypad-field keypad-field-active' : 'keypad-field'}>
          <label htmlFor={f.id} className="keypad-label">
            {f.label}
          </label>
          {f.hint && <span className="keypad-hint">{f.hint}</span>}
          <input
            id={f.id}
            className="keypad-input"
            dir="ltr"
            inputMode="none"
            autoComplete="off"
            value={f.value}
            maxLength={f.maxLength}
            onFocus={() => onActive(f.id)}
            onClick={() => onActive(f.id)}
            onChange={(e) =>
              f.onChange(
                e.target.value
                  .toUpperCase()
                  .replace(f.allowX ? /[^0-9X]/g : /\D/g, '')
                  .slice(0, f.maxLength),
              )
            }
          />
        </div>
      ))}
      <div
        className="keypad keypad-shared"
        role="group"
        aria-label={t('queue.kiosk.keypad', { label: target.label })}
        dir="ltr"
      >
        {keys.map((k) => (
          <button
            key={k}
            type="button"
            className="keypad-key"
            disabled={k === 'X' && !target.allowX}
            aria-label={k === '⌫' ? t('queue.kiosk.backspace') : k}
            onClick={() => press(k)}
          >
            {k}
          </button>
        ))}
        <button type="button" className="keypad-key keypad-clear" onClick={() => target.onChange('')}>
          {t('queue.kiosk.clear')}
        </button>
      </div>
    </div>
  )
}
