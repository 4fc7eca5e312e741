import type { SupervisionAlert } from '@yimin/shared'
import { Timeline } from 'antd'
import { useTranslation } from 'react-i18next'
import { useUsers } from '../../api/admin'
import { useMe } from '../../api/auth'
import { formatDateTime } from '../../components/format'

type Step = SupervisionAlert['history'][number]
const known = new Set([
  'acknowledge',
  'answer',
  'close',
  'card.yellow',
  'card.red',
  'card.answered',
  'card.closed',
  'raised',
  'resolved',
])
/** notes the system writes as codes (the sweep's reason for resolving) */
const codedNotes = new Set(['condition_cleared'])

/** The kept steps of an alert or card: who did what, when, with their note. */
export function History({ steps }: { steps: Step[] }) {
  const { t, i18n } = useTranslation()
  const actor = useActorLabel()
  if (steps.length === 0) return <p>{t('supervision.history.none')}</p>
  return (
    <Timeline
      items={steps.map((s, i) => ({
        key: `${s.at}-${i}`,
        content: (
          <>
            <strong>
              {known.has(s.action)
                ? t(`supervision.history.actions.${s.action.replace('.', '_')}`)
                : s.action}
            </strong>{' '}
            · <bdi>{s.actorName ?? actor(s.actor)}</bdi> · {formatDateTime(s.at, i18n.language)}
            {s.note && (
              <p style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                {codedNotes.has(s.note) ? t(`supervision.history.notes.${s.note}`) : s.note}
              </p>
            )}
          </>
        ),
      }))}
    />
  )
}

/** "staff:<id>" → the member's name where the reader may list staff (supervisors), else "staff"; "system" → 系统. */
function useActorLabel(): (actor: string) => string {
  const { t } = useTranslation()
  const me = useMe()
  const canList =
    me.data?.kind === 'staff' && me.data.grants.some((g) => g.role === 'supervisor' || g.role === 'admin')
  const users = useUsers(canList)
  return (actor) => {
    if (actor === 'system') return t('common.system')
    const id = actor.startsWith('staff:') ? actor.slice('staff:'.length) : null
    if (!id) return actor
    return users.data?.find((u) => u.id === id)?.displayName ?? t('supervision.history.staff')
  }
}
