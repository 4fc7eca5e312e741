import { useTranslation } from 'react-i18next'
import { useUsers } from '../api/admin'

/** "staff:<id>" → the staff member's name; "system" → 系统; anything else as it is. */
export function useActorName(): (actor: string | null | undefined) => string {
  const { t } = useTranslation()
  const users = useUsers()
  return (actor) => {
    if (!actor) return '—'
    if (actor === 'system') return t('common.system')
    const id = actor.startsWith('staff:') ? actor.slice('staff:'.length) : null
    return (id && users.data?.find((u) => u.id === id)?.displayName) || actor
  }
}
