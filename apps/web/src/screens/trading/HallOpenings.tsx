import { useTranslation } from 'react-i18next'
import { useOpenings } from '../../api/trading'
import { centerTime } from '../../components/format'

/** Today's openings (开标) on the hall display, a panel only on days that have some. */
export function HallOpenings() {
  const { t } = useTranslation()
  const openings = useOpenings('today', 60_000)
  const items = openings.data?.items ?? []
  if (items.length === 0) return null
  return (
    <section
      className="hall-panel hall-openings-panel"
      aria-labelledby="hall-openings"
      data-testid="hall-openings"
    >
      <h2 id="hall-openings">{t('trading.public.openingsToday')}</h2>
      <ul className="hall-openings">
        {items.map((o) => (
          <li key={o.lotId}>
            <bdi dir="ltr">{centerTime(new Date(o.openingAt))}</bdi> · <bdi lang="zh-CN">{o.projectName}</bdi>{' '}
            · <bdi lang="zh-CN">{o.lotName}</bdi> ·{' '}
            {o.roomName ? <bdi lang="zh-CN">{o.roomName}</bdi> : t('trading.public.noRoom')}
          </li>
        ))}
      </ul>
    </section>
  )
}
