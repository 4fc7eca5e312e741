import { CheckCircleOutlined } from '@ant-design/icons'
import type { ClientEventMap } from '@yimin/shared'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceMe } from '../../api/auth'
import { ConnectionStatus } from '../../components/ConnectionStatus'
import { LanguageButtons } from '../../components/LanguageButtons'
import { useDeviceStream } from '../../components/useDeviceStream'
import { padClerkKey, useRatePad } from '../../api/ratings'
import { RatingForm, type RatingValue } from '../ratings/RatingForm'
import { PadClerk } from './PadClerk'
import './rating-pad.css'
import { useDeviceLabel } from '../../components/deviceLabel'

/** How long the pad asks for a rating after a service finished (the server accepts 10 minutes). */
const askMs = 120_000
/** How long the thanks stay on screen. */
const thanksMs = 8_000

/**
 * The rating pad at a window (好差评, 一次一评). It lights up when the clerk finishes a service
 * (`queue.finished` on its window) and rates that visit: the five national levels, the national
 * indicators (optional) and nothing typed. It goes dark again after a rating or two minutes.
 */
export function RatingPad({ me }: { me: DeviceMe }) {
  const { t } = useTranslation()
  const deviceLabel = useDeviceLabel()
  const [finished, setFinished] = useState<ClientEventMap['queue.finished'] | null>(null)
  const [thanked, setThanked] = useState<string | null>(null)
  const rate = useRatePad()
  const client = useQueryClient()
  // the clerk at the window changes when it opens, closes or calls (the window's own events)
  const refreshClerk = () => void client.invalidateQueries({ queryKey: padClerkKey })
  const status = useDeviceStream(me, me.windowId ? [`window:${me.windowId}`] : [], {
    'queue.window': refreshClerk,
    'queue.called': refreshClerk,
    'queue.finished': (f) => {
      if (f.windowId !== me.windowId) return
      rate.reset()
      setThanked(null)
      setFinished(f)
    },
  })
  useEffect(() => {
    if (!finished) return
    const timer = setTimeout(() => setFinished(null), askMs)
    return () => clearTimeout(timer)
  }, [finished])
  useEffect(() => {
    if (!thanked) return
    const timer = setTimeout(() => setThanked(null), thanksMs)
    return () => clearTimeout(timer)
  }, [thanked])

  const submit = (v: RatingValue) => {
    if (!finished) return
    rate.mutate(
      { ticketId: finished.ticketId, level: v.level, indicators: v.indicators },
      {
        onSuccess: () => {
          setThanked(finished.ticketNumber)
          setFinished(null)
        },
      },
    )
  }

  return (
    <main className={finished ? 'pad pad-lit' : 'pad'} aria-labelledby="pad-title">
      <div className="pad-top">
        <bdi>{deviceLabel(me)}</bdi>
        <LanguageButtons onLight />
      </div>
      <h1 id="pad-title" className="pad-title">
        {t('rating.title')}
      </h1>
      <PadClerk />
      {thanked ? (
        <p className="pad-note pad-thanks" role="status" data-testid="pad-thanks">
          <CheckCircleOutlined aria-hidden /> {t('ratings.pad.thanks', { number: thanked })}
        </p>
      ) : finished ? (
        <p className="pad-note pad-ask" role="status" data-testid="pad-ask">
          {t('rating.pleaseRate', { number: finished.ticketNumber })}
        </p>
      ) : (
        <p className="pad-note">{t('rating.waiting')}</p>
      )}
      <div className="pad-form">
        <RatingForm
          key={finished?.ticketId ?? 'idle'}
          large
          withComment={false}
          disabled={!finished}
          isPending={rate.isPending}
          error={rate.error}
          onSubmit={submit}
        />
      </div>
      <div className="pad-foot">
        <span>{finished ? t('ratings.pad.oneTap') : t('ratings.pad.idle')}</span>
        <ConnectionStatus status={status} />
      </div>
    </main>
  )
}
