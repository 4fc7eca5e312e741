import {
  AuditOutlined,
  CalendarOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  LikeOutlined,
  ScheduleOutlined,
  TagsOutlined,
} from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { DeviceMe } from '../../api/auth'
import { configureCardReader } from '../../components/card-reader'
import { ElderlySwitch } from '../../components/ElderlySwitch'
import { LanguageButtons } from '../../components/LanguageButtons'
import { useDeviceStream } from '../../components/useDeviceStream'
import { defaultLanguage } from '../../i18n/languages'
import { setElderlyMode } from '../../theme/elderly'
import { HallOpenings } from '../trading/HallOpenings'
import { Loading } from '../../components/Loading'
import { useScannedCaseNumber } from './progress/useScanner'
import { idleMsFrom } from './idle'
import { useIdleReturn } from './useIdleReturn'
import './kiosk.css'
import './ticket/kiosk-queue.css'
import { useDeviceLabel } from '../../components/deviceLabel'

// Each service is its own chunk, fetched when a visitor opens it: the first load is the home.
const KioskAppointment = lazy(() =>
  import('./appointment/KioskAppointment').then((m) => ({ default: m.KioskAppointment })),
)
const KioskGuide = lazy(() => import('./guide/KioskGuide').then((m) => ({ default: m.KioskGuide })))
const KioskHallGuide = lazy(() =>
  import('./hall/KioskHallGuide').then((m) => ({ default: m.KioskHallGuide })),
)
const KioskProgress = lazy(() =>
  import('./progress/KioskProgress').then((m) => ({ default: m.KioskProgress })),
)
const KioskRate = lazy(() => import('./rate/KioskRate').then((m) => ({ default: m.KioskRate })))
const CheckIn = lazy(() => import('./ticket/CheckIn').then((m) => ({ default: m.CheckIn })))
const TakeTicket = lazy(() => import('./ticket/TakeTicket').then((m) => ({ default: m.TakeTicket })))

export const kioskFeatures = [
  // taking a ticket is what most visitors came for: first, and the largest tile
  { id: 'ticket', key: 'kiosk.features.ticket', icon: <TagsOutlined /> },
  { id: 'guide', key: 'kiosk.features.guide', icon: <AuditOutlined /> },
  { id: 'hallGuide', key: 'kiosk.features.hallGuide', icon: <EnvironmentOutlined /> },
  { id: 'progress', key: 'kiosk.features.progress', icon: <FileSearchOutlined /> },
  { id: 'checkIn', key: 'kiosk.features.checkIn', icon: <CalendarOutlined /> },
  { id: 'appointment', key: 'kiosk.features.appointment', icon: <ScheduleOutlined /> },
  { id: 'rate', key: 'kiosk.features.rate', icon: <LikeOutlined /> },
] as const
type FeatureId = (typeof kioskFeatures)[number]['id']

/** The self-service terminal (自助终端): touch-first, large targets, back to the start when idle. */
export function KioskHome({ me }: { me: DeviceMe }) {
  const { t, i18n } = useTranslation()
  const deviceLabel = useDeviceLabel()
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const [idleMs] = useState(() => idleMsFrom(params.get('idle')))
  useState(() => configureCardReader(params.get('cardReader')))
  const [open, setOpen] = useState<FeatureId | null>(null)
  const [scanned, setScanned] = useState<string | null>(null)
  // every visit starts fresh: a screen opened again shows none of the last visitor's input
  const [visit, setVisit] = useState(0)
  useDeviceStream(me, [])
  const goHome = () => {
    setOpen(null)
    setScanned(null)
  }
  useIdleReturn(idleMs, () => {
    goHome()
    setVisit((v) => v + 1)
    // nothing of the last visitor stays: their lookups, their language, their elderly mode
    queryClient.removeQueries({ queryKey: ['cases', 'lookup'] })
    setElderlyMode(false)
    if (i18n.language !== defaultLanguage) void i18n.changeLanguage(defaultLanguage)
  })
  useScannedCaseNumber((number) => {
    setScanned(number)
    setOpen('progress')
  }, open === null)

  const screen = (() => {
    switch (open) {
      case 'guide':
        return <KioskGuide onBack={goHome} />
      case 'hallGuide':
        return <KioskHallGuide onBack={goHome} />
      case 'progress':
        return <KioskProgress onBack={goHome} initialNumber={scanned} />
      case 'ticket':
        return <TakeTicket onBack={goHome} />
      case 'checkIn':
        return <CheckIn onBack={goHome} />
      case 'appointment':
        return <KioskAppointment onBack={goHome} />
      case 'rate':
        return <KioskRate onBack={goHome} caseNumber={scanned} />
      case null:
        return null
    }
  })()

  return (
    <div className="kiosk" key={visit}>
      <header className="kiosk-header yimin-header-kiosk">
        <h1>{t('app.centerName')}</h1>
        <div className="kiosk-header-tools">
          <ElderlySwitch variant="kiosk" />
          <LanguageButtons />
        </div>
      </header>
      <main className="kiosk-main" aria-labelledby="kiosk-heading">
        {screen ? (
          <Suspense fallback={<Loading />}>{screen}</Suspense>
        ) : (
          <>
            <h2 id="kiosk-heading" className="kiosk-welcome">
              {t('kiosk.welcome')}
            </h2>
            <ul className="kiosk-tiles">
              {kioskFeatures.map((f) => (
                <li key={f.id} className={f.id === 'ticket' ? 'kiosk-tile-main' : undefined}>
                  <button
                    type="button"
                    className={f.id === 'ticket' ? 'kiosk-tile kiosk-tile-primary' : 'kiosk-tile'}
                    data-kiosk-tile={f.id}
                    onClick={() => setOpen(f.id)}
                  >
                    <span aria-hidden className="kiosk-tile-icon">
                      {f.icon}
                    </span>
                    {t(`${f.key}.title`)}
                    <span className="kiosk-tile-note">{t(`${f.key}.description`)}</span>
                  </button>
                </li>
              ))}
            </ul>
            <p className="kiosk-scan-note">{t('kiosk.scanAnywhere')}</p>
            {/* the day's openings (开标) of the trading center, only on days that have some */}
            <HallOpenings />
          </>
        )}
      </main>
      <footer className="kiosk-footer">
        <bdi>{deviceLabel(me)}</bdi> · {t('kiosk.idleNote', { seconds: idleMs / 1000 })}
      </footer>
    </div>
  )
}
