import { useTranslation } from 'react-i18next'
import type { DeviceMe } from '../../api/auth'
import { ConnectionStatus } from '../../components/ConnectionStatus'
import { useClock } from '../../components/useClock'
import { useDeviceStream } from '../../components/useDeviceStream'
import './hall-display.css'

/** A display hears only its own hall (the server binds it through its window or area). */
const hallChannels = (me: DeviceMe) => (me.hallId ? [`hall:${me.hallId}`] : [])

/**
 * The hall display: large type on a dark screen, ticket and window numbers only — never names
 * or phones. Calls arrive over SSE once the queue is built; until then it says so.
 */
export function HallDisplay({ me }: { me: DeviceMe }) {
  const { t, i18n } = useTranslation()
  const status = useDeviceStream(me, hallChannels(me))
  const now = useClock()
  const time = new Intl.DateTimeFormat(i18n.language === 'ug' ? 'sv-SE' : i18n.language, { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' }).format(now)
  return (
    <main className="hall yimin-dark" aria-labelledby="hall-title">
      <div className="hall-top">
        <h1 id="hall-title" className="hall-title">
          {t('app.centerName')}
        </h1>
        <span className="hall-clock" aria-label={t('hall.time', { time })}>
          {time}
        </span>
      </div>
      <div className="hall-panels">
        <section className="hall-panel" aria-labelledby="hall-calling">
          <h2 id="hall-calling">{t('hall.nowCalling')}</h2>
          {me.hallId ? (
            <p className="hall-empty" aria-live="polite">
              {t('hall.noCalls')}
            </p>
          ) : (
            <p className="hall-empty" role="alert">
              {t('hall.notBound')}
            </p>
          )}
        </section>
        <section className="hall-panel" aria-labelledby="hall-recent">
          <h2 id="hall-recent">{t('hall.recentCalls')}</h2>
          <p className="hall-note">{t('hall.queueComingSoon')}</p>
        </section>
      </div>
      <div className="hall-foot">
        <bdi>{me.name}</bdi>
        <ConnectionStatus status={status} dark />
      </div>
    </main>
  )
}
