import type { CaseDetail } from '@yimin/shared'
import { Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../components/format'
import { eventKey } from './case-events'

/** The history of the case, oldest first: what happened, when, by which role, why. */
export function CaseTimeline({ events }: { events: CaseDetail['events'] }) {
  const { t, i18n } = useTranslation()
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.seq,
        content: (
          <div>
            <strong>{t(eventKey(e.type), { type: e.type })}</strong>
            {e.toStatus && e.toStatus !== e.fromStatus && <span> → {t(`caseStatus.${e.toStatus}`)}</span>}
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(e.at, i18n.language)}
                {e.actorRole
                  ? ` · ${t(`roles.${e.actorRole}`)}`
                  : e.actor === 'system'
                    ? ` · ${t('common.system')}`
                    : ''}
                {e.actorName && (
                  <>
                    {' · '}
                    <bdi>{e.actorName}</bdi>
                  </>
                )}
              </Typography.Text>
            </div>
            {e.reason && <div>{e.reason}</div>}
          </div>
        ),
      }))}
    />
  )
}
