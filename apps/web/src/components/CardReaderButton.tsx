import { IdcardOutlined } from '@ant-design/icons'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cardReaderUrl, readCard, type CardRead } from './card-reader'

type State = 'idle' | 'reading' | 'none' | 'failed'

/**
 * "Read my ID card" on the kiosk, when a card-reader bridge is configured (otherwise nothing:
 * the keypad is the way). Says what it is doing and, on failure, to type the number instead.
 */
export function CardReaderButton({ onRead }: { onRead: (card: CardRead) => void }) {
  const { t } = useTranslation()
  const url = cardReaderUrl()
  const [state, setState] = useState<State>('idle')
  const abort = useRef<AbortController | null>(null)
  useEffect(() => () => abort.current?.abort(), [])
  if (!url) return null
  const start = () => {
    abort.current?.abort()
    const controller = new AbortController()
    abort.current = controller
    setState('reading')
    readCard(url, { signal: controller.signal })
      .then((card) => {
        if (controller.signal.aborted) return
        if (card) {
          setState('idle')
          onRead(card)
        } else setState('none')
      })
      .catch(() => {
        if (!controller.signal.aborted) setState('failed')
      })
  }
  return (
    <div className="card-reader">
      <button
        type="button"
        className="kiosk-back card-reader-button"
        onClick={start}
        disabled={state === 'reading'}
      >
        <IdcardOutlined aria-hidden />{' '}
        {state === 'reading' ? t('kiosk.cardReader.reading') : t('kiosk.cardReader.read')}
      </button>
      <p className="card-reader-status" role="status" aria-live="polite">
        {state === 'reading' && t('kiosk.cardReader.placeCard')}
        {state === 'none' && t('kiosk.cardReader.noCard')}
        {state === 'failed' && t('kiosk.cardReader.failed')}
      </p>
    </div>
  )
}
