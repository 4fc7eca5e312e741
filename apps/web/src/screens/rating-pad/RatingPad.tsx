import { ClockCircleOutlined, FrownOutlined, MehOutlined, SmileOutlined, StarOutlined } from '@ant-design/icons'
import { Tag } from 'antd'
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

/**
 * The rating pad at a window (好差评). It opens for a rating when the clerk finishes a service;
 * that arrives with the queue and evaluation issues, so the levels are shown but not yet active.
 */
export function RatingPad({ me }: { me: DeviceMe }) {
  const { t } = useTranslation()
  const status = useDeviceStream(me, me.windowId ? [`window:${me.windowId}`] : [])
  return (
    <main className="pad" aria-labelledby="pad-title">
      <div className="pad-top">
        <bdi>{me.name}</bdi>
        <LanguageButtons onLight />
      </div>
      <h1 id="pad-title" className="pad-title">
        {t('rating.title')}
      </h1>
      <p className="pad-note">{t('rating.waiting')}</p>
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
