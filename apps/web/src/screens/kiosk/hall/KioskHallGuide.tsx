import { EnvironmentOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { HallGuide } from '../../hall-guide/HallGuide'
import { KioskScreen } from '../KioskScreen'

/** The hall guide (大厅导航) on the kiosk: the shared guide, large. */
export function KioskHallGuide({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation()
  return (
    <KioskScreen title={t('kiosk.features.hallGuide.title')} icon={<EnvironmentOutlined />} onBack={onBack}>
      <HallGuide variant="kiosk" />
    </KioskScreen>
  )
}
