import { AuditOutlined, CalendarOutlined, EnvironmentOutlined, FileSearchOutlined, LikeOutlined, TagsOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceMe } from '../../api/auth'
import { LanguageButtons } from '../../components/LanguageButtons'
import { useDeviceStream } from '../../components/useDeviceStream'
import { defaultLanguage } from '../../i18n/languages'
import { KioskFeature } from './KioskFeature'
import { CheckIn } from './ticket/CheckIn'
import { TakeTicket } from './ticket/TakeTicket'
import { useIdleReturn } from './useIdleReturn'
import './kiosk.css'

/** Returns to the start (and the default language) after this long without a touch. */
export const kioskIdleMs = 90_000

export const kioskFeatures = [
  { key: 'kiosk.features.guide', icon: <AuditOutlined /> },
  { key: 'kiosk.features.hallGuide', icon: <EnvironmentOutlined /> },
  { key: 'kiosk.features.progress', icon: <FileSearchOutlined /> },
  { key: 'kiosk.features.ticket', icon: <TagsOutlined /> },
  { key: 'kiosk.features.checkIn', icon: <CalendarOutlined /> },
  { key: 'kiosk.features.rate', icon: <LikeOutlined /> },
] as const

/** The self-service terminal (自助终端): touch-first, large targets, back to the start when idle. */
export function KioskHome({ me }: { me: DeviceMe }) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState<string | null>(null)
  useDeviceStream(me, [])
  useIdleReturn(kioskIdleMs, () => {
    setOpen(null)
    if (i18n.language !== defaultLanguage) void i18n.changeLanguage(defaultLanguage)
  })
  const feature = kioskFeatures.find((f) => f.key === open)

  return (
    <div className="kiosk">
      <header className="kiosk-header yimin-header-kiosk">
        <h1>{t('app.centerName')}</h1>
        <LanguageButtons />
      </header>
      <main className="kiosk-main" aria-labelledby="kiosk-heading">
        {open === 'kiosk.features.ticket' ? (
          <TakeTicket onBack={() => setOpen(null)} />
        ) : open === 'kiosk.features.checkIn' ? (
          <CheckIn onBack={() => setOpen(null)} />
        ) : feature ? (
          <KioskFeature titleKey={`${feature.key}.title`} icon={feature.icon} onBack={() => setOpen(null)} />
        ) : (
          <>
            <h2 id="kiosk-heading" className="kiosk-welcome">
              {t('kiosk.welcome')}
            </h2>
            <ul className="kiosk-tiles">
              {kioskFeatures.map((f) => (
                <li key={f.key}>
                  <button type="button" className="kiosk-tile" onClick={() => setOpen(f.key)}>
                    <span aria-hidden className="kiosk-tile-icon">
                      {f.icon}
                    </span>
                    {t(`${f.key}.title`)}
                    <span className="kiosk-tile-note">{t(`${f.key}.description`)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
      <footer className="kiosk-footer">
        <bdi>{me.name}</bdi> · {t('kiosk.idleNote', { seconds: kioskIdleMs / 1000 })}
      </footer>
    </div>
  )
}
