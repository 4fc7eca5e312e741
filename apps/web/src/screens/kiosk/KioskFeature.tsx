import { ClockCircleOutlined, HomeOutlined } from '@ant-design/icons'
import type { ReactNode } from 'react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

/** One kiosk feature. None is built yet, so each says so and offers a large way home. */
export function KioskFeature({ titleKey, icon, onBack }: { titleKey: string; icon: ReactNode; onBack: () => void }) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section style={{ textAlign: 'center', display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 24, paddingTop: 32 }}>
      <span aria-hidden className="kiosk-tile-icon" style={{ fontSize: 96 }}>
        {icon}
      </span>
      <h2 id="kiosk-heading" ref={heading} tabIndex={-1} style={{ fontSize: 40, margin: 0 }}>
        {t(titleKey)}
      </h2>
      <p style={{ fontSize: 26, margin: 0, color: '#595959' }}>
        <ClockCircleOutlined aria-hidden /> {t('kiosk.comingSoon')}
      </p>
      <button type="button" className="kiosk-tile" style={{ maxWidth: 420, minHeight: 96 }} data-kiosk-home onClick={onBack}>
        <span>
          <HomeOutlined aria-hidden /> {t('kiosk.backHome')}
        </span>
      </button>
    </section>
  )
}
