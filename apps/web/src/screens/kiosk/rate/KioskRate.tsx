import { LikeOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { CaseRatingPanel } from '../../ratings/CaseRatingPanel'
import { KioskScreen } from '../KioskScreen'

/** Rate a service (服务评价) at the kiosk: the ratings module's shared panel in its touch layout. */
export function KioskRate({ onBack, caseNumber }: { onBack: () => void; caseNumber: string | null }) {
  const { t } = useTranslation()
  return (
    <KioskScreen title={t('kiosk.features.rate.title')} icon={<LikeOutlined />} onBack={onBack}>
      <div className="kiosk-result">
        <CaseRatingPanel large caseNumber={caseNumber ?? ''} />
      </div>
    </KioskScreen>
  )
}
