import { useQuery } from '@tanstack/react-query'
import type { PadClerk as Clerk } from '@yimin/shared'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { initialsOf } from './initials'

export const padClerkKey = ['ratings', 'pad', 'clerk'] as const

/** Who serves at the pad's window, refetched when the window changes (the pad listens for it). */
export function usePadClerk() {
  return useQuery({
    queryKey: padClerkKey,
    queryFn: ({ signal }) => api<{ clerk: Clerk | null }>('/api/v1/ratings/pad/clerk', { signal }),
    refetchInterval: 5 * 60_000,
  })
}

/**
 * The clerk's card on the pad, as 评价器 show it: a round avatar (the initials: no staff photo is
 * stored), the name and the staff number (工号). Nothing when nobody serves at the window.
 */
export function PadClerk() {
  const { t } = useTranslation()
  const clerk = usePadClerk().data?.clerk
  if (!clerk) return null
  return (
    <section className="pad-clerk" aria-label={t('ratings.pad.clerk')} data-testid="pad-clerk">
      <span className="pad-avatar" aria-hidden>
        {initialsOf(clerk.name)}
      </span>
      <span className="pad-clerk-text">
        <span className="pad-clerk-role">{t('ratings.pad.servedBy')}</span>
        <bdi className="pad-clerk-name">{clerk.name}</bdi>
        {clerk.staffNumber && (
          <span className="pad-clerk-number">
            {t('ratings.pad.staffNumber')} <bdi dir="ltr">{clerk.staffNumber}</bdi>
          </span>
        )}
      </span>
    </section>
  )
}
