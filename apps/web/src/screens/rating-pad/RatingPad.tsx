import { ClockCircleOutlined, FrownOutlined, MehOutlined, SmileOutlined, StarOutlined } from '@ant-design/icons'
import type { ClientEventMap } from '@yimin/shared'
import { Tag } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceMe } from '../../api/auth'
import { ConnectionStatus } from '../../components/ConnectionStatus'
import { LanguageButtons } from '../../components/LanguageButtons'
import { useDeviceStream } from '../../components/useDeviceStream'
import './rating-pad.css'

const levels = [
  { labelKey: 'rating.levels.verySatisfied', icon: <StarOutlined /> },
  { labelKey: 'rating.levels.satisfied', icon: <SmileOutlined /> },
  { labelKey: 'rating.levels.basic', icon: <MehOutlined /> },
  { labelKey: 'rating.levels.dissatisfied', icon: <FrownOutlined /> },
] as const

/** How long the pad asks for a rating after a service finished. */
const askMs = 120_000

/**
 * The rating pad at a window (好差评). It lights up ("please rate") when the clerk finishes a
 * service (`queue.finished` on its window); the rating itself arrives with the ratings issue, so
 * the levels are shown but not yet active.
 */
export function RatingPad({ me }: { me: DeviceMe }) {
  const { t } = useTranslation()
  const [finished, setFinished] = useState<ClientEventMap['queue.finished'] | null>(null)
  const status = useDeviceStream(me, me.windowId ? [`window:${me.windowId}`] : [], {
    'queue.finished': (f) => {
      if (f.windowId === me.windowId) setFinished(f)
    },
  })
  useEffect(() => {
    if (!finished) return
    const timer = setTimeout(() => setFinished(null), askMs)
    return () => clearTimeout(timer)
  }, [finished])
  return (
    <main className={finished ? 'pad pad-lit' : 'pad'} aria-labelledby="pad-title">
      <div className="pad-top">
        <bdi>{me.name}</bdi>
        <LanguageButtons onLight />
      </div>
      <h1 id="pad-title" className="pad-title">
        {t('rating.title')}
      </h1>
      {finished ? (
        <p className="pad-note pad-ask" role="status" data-testid="pad-ask">
          {t('rating.pleaseRate', { number: finished.ticketNumber })}
        </p>
      ) : (
        <p className="pad-note">{t('rating.waiting')}</p>
      )}
      <ul className="pad-levels" aria-label={t('rating.levelsLabel')}>
        {levels.map((l) => (
          <li key={l.labelKey} className="pad-level" aria-disabled>
            <span aria-hidden className="pad-icon">
              {l.icon}
            </span>
            {t(l.labelKey)}
          </li>
        ))}
      </ul>
      <div className="pad-foot">
        <Tag icon={<ClockCircleOutlined aria-hidden />} style={{ fontSize: 18, padding: '4px 12px' }}>
          {t('common.comingSoon')}
        </Tag>
        <ConnectionStatus status={status} />
      </div>
    </main>
  )
}
