import { useTranslation } from 'react-i18next'
import { usePadClerk } from '../../api/ratings'
import { initialsOf } from './initials'

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
