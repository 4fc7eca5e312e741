import type { ReactNode } from 'react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { BackArrow } from './ticket/BackArrow'

/** One kiosk feature's page: a large way home, the heading (focused on open, for screen readers), the content. */
export function KioskScreen({
  title,
  icon,
  onBack,
  backLabel,
  children,
}: {
  title: string
  icon: ReactNode
  onBack: () => void
  backLabel?: string
  children: ReactNode
}) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="queue-kiosk" aria-labelledby="kiosk-heading">
      <div className="queue-kiosk-top">
        <button
          type="button"
          className="kiosk-back"
          data-kiosk-home={backLabel ? undefined : ''}
          onClick={onBack}
        >
          <BackArrow /> {backLabel ?? t('kiosk.backHome')}
        </button>
        <h2 id="kiosk-heading" ref={heading} tabIndex={-1} className="queue-kiosk-title">
          <span aria-hidden>{icon}</span> {title}
        </h2>
      </div>
      {children}
    </section>
  )
}
