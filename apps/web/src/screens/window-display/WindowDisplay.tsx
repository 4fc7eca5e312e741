import { useTranslation } from 'react-i18next'
import type { DeviceMe } from '../../api/auth'
import { ConnectionStatus } from '../../components/ConnectionStatus'
import { useDeviceStream } from '../../components/useDeviceStream'
import '../hall-display/hall-display.css'

/** The display above one window: which ticket it serves now. Numbers only. */
export function WindowDisplay({ me }: { me: DeviceMe }) {
  const { t } = useTranslation()
  const status = useDeviceStream(me, me.windowId ? [`window:${me.windowId}`] : [])
  return (
    <main className="hall yimin-dark" aria-labelledby="window-title">
      <div className="hall-top">
        <h1 id="window-title" className="hall-title">
          <bdi>{me.name}</bdi>
        </h1>
        <span className="hall-note">{t('app.centerName')}</span>
      </div>
      <section className="hall-panel" aria-labelledby="window-serving" style={{ flex: 1, alignItems: 'center', justifyContent: 'center', textAlign: 'center' }}>
        <h2 id="window-serving">{t('windowDisplay.nowServing')}</h2>
        <p className="hall-empty" aria-live="polite">
          {t('windowDisplay.waiting')}
        </p>
        {!me.windowId && <p className="hall-note">{t('windowDisplay.noWindow')}</p>}
      </section>
      <div className="hall-foot">
        <span>{t('windowDisplay.queueComingSoon')}</span>
        <ConnectionStatus status={status} dark />
      </div>
    </main>
  )
}
