import { useTranslation } from 'react-i18next'

/**
 * The Uyghur letters (Arabic script, the 32 of the alphabet in its order, with the hamza
 * carrier ئ that starts a word with a vowel), for a kiosk without a keyboard that speaks Uyghur.
 */
export const uyghurLetters = [
  'ئ',
  'ا',
  'ە',
  'ب',
  'پ',
  'ت',
  'ج',
  'چ',
  'خ',
  'د',
  'ر',
  'ز',
  'ژ',
  'س',
  'ش',
  'غ',
  'ف',
  'ق',
  'ك',
  'گ',
  'ڭ',
  'ل',
  'م',
  'ن',
  'ھ',
  'و',
  'ۇ',
  'ۆ',
  'ۈ',
  'ۋ',
  'ې',
  'ى',
  'ي',
] as const

/** An on-screen Uyghur keyboard typing into a real input elsewhere (a keyboard still works too). */
export function UyghurPad({
  value,
  onChange,
  label,
  maxLength = 40,
}: {
  value: string
  onChange: (v: string) => void
  label: string
  maxLength?: number
}) {
  const { t } = useTranslation()
  const type = (s: string) => value.length < maxLength && onChange(value + s)
  return (
    <div
      className="letter-pad uyghur-pad"
      role="group"
      aria-label={t('kiosk.uyghurPad', { label })}
      dir="rtl"
      lang="ug"
    >
      {uyghurLetters.map((l) => (
        <button key={l} type="button" className="letter-pad-key" onClick={() => type(l)}>
          {l}
        </button>
      ))}
      <button type="button" className="letter-pad-key letter-pad-wide" onClick={() => type(' ')}>
        {t('kiosk.space')}
      </button>
      <button
        type="button"
        className="letter-pad-key letter-pad-wide"
        aria-label={t('queue.kiosk.backspace')}
        onClick={() => onChange([...value].slice(0, -1).join(''))}
      >
        ⌫
      </button>
      <button type="button" className="letter-pad-key letter-pad-wide" onClick={() => onChange('')}>
        {t('queue.kiosk.clear')}
      </button>
    </div>
  )
}
