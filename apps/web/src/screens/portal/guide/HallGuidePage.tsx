import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Shell } from '../../../app/Shell'
import { HallGuide } from '../../hall-guide/HallGuide'

/** The hall guide on the portal (大厅导航): where to go before coming to the center. */
export function HallGuidePage() {
  const { t } = useTranslation()
  return (
    <Shell title={t('hallGuide.title')} extra={<Link to="/portal">{t('portal.backToPortal')}</Link>}>
      <p>{t('hallGuide.intro')}</p>
      <HallGuide variant="portal" />
    </Shell>
  )
}
