import { Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../components/format'
import { eventKey } from '../cases/case-events'

/** A case's steps as the applicant sees them (progress lookup and "my cases"): what and when. */
export function PublicTimeline({ events }: { events: ReadonlyArray<{ type: string; at: string }> }) {
  const { t, i18n } = useTranslation()
  return (
    <Timeline
      items={events.map((e, i) => ({
        key: i,
        content: (
          <div>
            <strong>{t(eventKey(e.type))}</strong>
            <div>
              <Typography.Text type="secondary">{formatDateTime(e.at, i18n.language)}</Typography.Text>
            </div>
          </div>
        ),
      }))}
    />
  )
}
