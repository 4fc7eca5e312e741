import { SoundOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceMe } from '../../api/auth'
import { useCenterTimeZone } from '../../api/center'
import { queueKeys, useHallQueueState, type HallQueueState } from '../../api/queue'
import { ConnectionStatus } from '../../components/ConnectionStatus'
import { useLocalName } from '../../components/names'
import { useClock } from '../../components/useClock'
import { useDeviceStream } from '../../components/useDeviceStream'
import { useVoice } from './useVoice'
import './hall-display.css'
import { HallOpenings } from '../trading/HallOpenings'
import { useDeviceLabel } from '../../components/deviceLabel'

/** A display hears only its own hall (the server binds it through its window or area). */
const hallChannels = (me: DeviceMe) => (me.hallId ? [`hall:${me.hallId}`] : [])
const recentShown = 8

/**
 * The hall display: large type on a dark screen, ticket and window numbers only — never names
 * or phones. Calls arrive over SSE and are spoken from audio segments (Chinese, then Uyghur);
 * after a reconnect the state is fetched again.
 */
export function HallDisplay({ me }: { me: DeviceMe }) {
  const { t, i18n } = useTranslation()
  const deviceLabel = useDeviceLabel()
  const name = useLocalName()
  const client = useQueryClient()
  const hallId = me.hallId
  const state = useHallQueueState(hallId)
  const voice = useVoice()
  const key = queueKeys.hall(hallId ?? '')
  const status = useDeviceStream(me, hallChannels(me), {
    'queue.called': (call) => {
      client.setQueryData<HallQueueState>(key, (old) =>
        old
          ? {
              ...old,
              recentCalls: [
                {
                  ticketNumber: call.ticketNumber,
                  windowId: call.windowId,
                  windowNumber: call.windowNumber,
                  windowName: call.windowName,
                  calledAt: new Date().toISOString(),
                },
                ...old.recentCalls,
              ].slice(0, 20),
            }
          : old,
      )
      voice.say(call.audio)
    },
    'queue.waiting': () => void client.invalidateQueries({ queryKey: key }),
    'queue.window': () => void client.invalidateQueries({ queryKey: key }),
  })
  // after a reconnect (a server restart, a network cut) the state is fetched again
  const wasOpen = useRef(false)
  useEffect(() => {
    if (status === 'open' && wasOpen.current)
      void client.invalidateQueries({ queryKey: queueKeys.hall(hallId ?? '') })
    if (status === 'open') wasOpen.current = true
  }, [status, client, hallId])
  const now = useClock()
  const timeZone = useCenterTimeZone()
  const time = new Intl.DateTimeFormat(i18n.language === 'ug' ? 'sv-SE' : i18n.language, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(now)
  const calls = state.data?.recentCalls ?? []
  const latest = calls[0]
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
          {!hallId ? (
            <p className="hall-empty" role="alert">
              {t('hall.notBound')}
            </p>
          ) : latest ? (
            <p className="hall-call" aria-live="assertive" data-testid="latest-call">
              <span className="hall-number" dir="ltr">
                {latest.ticketNumber}
              </span>
              <span className="hall-arrow" aria-hidden>
                {i18n.dir() === 'rtl' ? '←' : '→'}
              </span>
              <span className="hall-window">{t('queue.windowNumber', { number: latest.windowNumber })}</span>
            </p>
          ) : (
            <p className="hall-empty" aria-live="polite">
              {t('hall.noCalls')}
            </p>
          )}
          {calls.length > 1 && (
            <>
              <h3 className="hall-subtitle">{t('hall.recentCalls')}</h3>
              <ul className="hall-recent">
                {calls.slice(1, recentShown).map((c) => (
                  <li key={`${c.ticketNumber}-${c.calledAt}`}>
                    <bdi dir="ltr">{c.ticketNumber}</bdi> ·{' '}
                    {t('queue.windowNumber', { number: c.windowNumber })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="hall-panel hall-waiting-panel" aria-labelledby="hall-waiting">
          <h2 id="hall-waiting">{t('hall.waiting')}</h2>
          <ul className="hall-waiting">
            {(state.data?.waiting ?? []).map((w) => (
              <li key={w.categoryId}>
                <span>
                  <span className="hall-prefix" dir="ltr">
                    {w.prefix}
                  </span>{' '}
                  {name(w)}
                </span>
                <span className="hall-count">{t('hall.waitingCount', { count: w.waiting })}</span>
              </li>
            ))}
          </ul>
        </section>
        <HallOpenings />
      </div>
      <div className="hall-foot">
        <bdi>{deviceLabel(me)}</bdi>
        <ConnectionStatus status={status} dark />
      </div>
      {voice.isBlocked && (
        <button type="button" className="hall-sound" onClick={voice.unlock}>
          <SoundOutlined aria-hidden /> {t('hall.enableSound')}
        </button>
      )}
    </main>
  )
}
