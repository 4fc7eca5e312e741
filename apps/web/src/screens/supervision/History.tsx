import type { SupervisionAlert } from '@yimin/shared'
import { Timeline } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../components/format'

type Step = SupervisionAlert['history'][number]
const known = new Set(['acknowledge', 'answer', 'close', 'card.yellow', 'card.red', 'card.answered', 'raised'])

/** The kept steps of an alert or card: who did what, when, with their note. */
export function History({ steps }: { steps: Step[] }) {
  const { t, i18n } = useTranslation()
  if (steps.length === 0) return <p>{t('supervision.history.none')}</p>
  return (
    <Timeline
      items={steps.map((s, i) => ({
        key: `${s.at}-${i}`,
        content: (
          <>
            <strong>{known.has(s.action) ? t(`supervision.history.actions.${s.action.replace('.', '_')}`) : s.action}</strong> · <bdi>{s.actor}</bdi> · {formatDateTime(s.at, i18n.language)}
            {s.note && <p style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{s.note}</p>}
          </>
        ),
      }))}
    />
  )
}
