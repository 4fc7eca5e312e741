import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceMe } from '../../api/auth'
import { queueKeys, useHallQueueState, type HallQueueState } from '../../api/queue'
import { ConnectionStatus } from '../../components/ConnectionStatus'
import { useDeviceStream } from '../../components/useDeviceStream'
import '../hall-display/hall-display.css'
import { useLocalName, windowNamed } from '../../components/names'
import { useDeviceLabel } from '../../components/deviceLabel'

/**
 * The display above one window: which ticket it serves now, large. Numbers only (its row of the
 * hall's state, kept live by `queue.window`); it plays nothing — the hall display speaks.
 */
export function WindowDisplay({ me }: { me: DeviceMe }) {
  const { t } = useTranslation()
  const deviceLabel = useDeviceLabel()
  const localName = useLocalName()
  const client = useQueryClient()
  const { windowId, hallId } = me
  const state = useHallQueueState(windowId ? hallId : null)
  const status = useDeviceStream(me, windowId ? [`window:${windowId}`] : [], {
    'queue.window': (w) => {
      client.setQueryData<HallQueueState>(queueKeys.hall(hallId ?? ''), (old) =>
        old
          ? {
              ...old,
              windows: old.windows.map((x) =>
                x.windowId === w.windowId
                  ? {
                      ...x,
                      ticketNumber: w.ticketNumber,
                      status: w.status,
                      windowName: w.windowName,
                    }
                  : x,
              ),
            }
          : old,
      )
    },
  })
  const wasOpen = useRef(false)
  useEffect(() => {
    if (status === 'open' && wasOpen.current)
      void client.invalidateQueries({ queryKey: queueKeys.hall(hallId ?? '') })
    if (status === 'open') wasOpen.current = true
  }, [status, client, hallId])
  const row = state.data?.windows.find((w) => w.windowId === windowId) ?? null
  return (
    <main className="hall yimin-dark" aria-labelledby="window-title">
      <div className="hall-top">
        <h1 id="window-title" className="hall-title">
          {row ? (
            `${t('queue.windowNumber', { number: row.windowNumber })} · ${localName(windowNamed(row))}`
          ) : (
            <bdi>{deviceLabel(me)}</bdi>
          )}
        </h1>
        <span className="hall-note">{t('app.centerName')}</span>
      </div>
      <section
        className="hall-panel"
        aria-labelledby="window-serving"
        style={{ flex: 1, alignItems: 'center', justifyContent: 'center', textAlign: 'center' }}
      >
        <h2 id="window-serving">{t('windowDisplay.nowServing')}</h2>
        {row?.ticketNumber ? (
          <p
            className="hall-number"
            aria-live="assertive"
            dir="ltr"
            data-testid="window-number"
            style={{ fontSize: 'clamp(96px, 22vw, 360px)', margin: 'auto 0' }}
          >
            {row.ticketNumber}
          </p>
        ) : (
          <p className="hall-empty" aria-live="polite">
            {row?.status === 'paused'
              ? t('windowDisplay.paused')
              : row?.status === 'closed'
                ? t('windowDisplay.closed')
                : t('windowDisplay.waiting')}
          </p>
        )}
        {!windowId && <p className="hall-note">{t('windowDisplay.noWindow')}</p>}
      </section>
      <div className="hall-foot">
        <bdi>{deviceLabel(me)}</bdi>
        <ConnectionStatus status={status} dark />
      </div>
    </main>
  )
}
