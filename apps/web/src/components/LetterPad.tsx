import { useTranslation } from 'react-i18next'

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')

/**
 * Latin letters on the screen, for a kiosk without a keyboard: pinyin initials find a matter
 * (hz → 护照). It types into a real input elsewhere, so a keyboard still works too.
 */
export function LetterPad({
  value,
  onChange,
  label,
  maxLength = 24,
}: {
  value: string
  onChange: (v: string) => void
  label: string
  maxLength?: number
}) {
  const { t } = useTranslation()
  return (
    <div className="letter-pad" role="group" aria-label={t('kiosk.letterPad', { label })} dir="ltr">
      {letters.map((l) => (
        <button
          key={l}
          type="button"
          className="letter-pad-key"
          onClick={() => value.length < maxLength && onChange(value + l.toLowerCase())}
        >
          {l}
        </button>
      ))}
      <button
        type="button"
        className="letter-pad-key letter-pad-wide"
        aria-label={t('queue.kiosk.backspace')}
        onClick={() => onChange(value.slice(0, -1))}
      >
        ⌫
      </button>
      <button type="button" className="letter-pad-key letter-pad-wide" onClick={() => onChange('')}>
        {t('queue.kiosk.clear')}
      </button>
    </div>
  )
}
