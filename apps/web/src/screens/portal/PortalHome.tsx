import {
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  FileSearchOutlined,
  LikeOutlined,
  LoginOutlined,
} from '@ant-design/icons'
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { Shell } from '../../app/Shell'
import { SectionGrid } from '../../components/SectionGrid'

/** The citizen and enterprise portal (public). Phone-friendly down to 360 px. */
export function PortalHome() {
  const { t } = useTranslation()
  return (
    <Shell title={t('portal.title')}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('portal.intro')} />
      <SectionGrid
        sections={[
          { key: 'portal.guides', icon: <BookOutlined /> },
          { key: 'portal.apply', icon: <CloudUploadOutlined /> },
          { key: 'portal.myCases', icon: <AuditOutlined /> },
          { key: 'portal.progress', icon: <FileSearchOutlined /> },
          { key: 'portal.appointments', icon: <CalendarOutlined /> },
          { key: 'portal.ratings', icon: <LikeOutlined /> },
          { key: 'portal.signIn', icon: <LoginOutlined /> },
        ]}
      />
    </Shell>
  )
}
