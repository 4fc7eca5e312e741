import { DesktopOutlined, IdcardOutlined, MobileOutlined, TeamOutlined } from '@ant-design/icons'
import { Alert, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useSetupStatus } from '../../api/auth'
import { Shell } from '../../app/Shell'
import { SectionGrid } from '../../components/SectionGrid'

/** The front door: citizens to the portal, staff to sign-in, testers to the virtual phone. */
export function Landing() {
  const { t } = useTranslation()
  const setup = useSetupStatus()
  return (
    <Shell title={t('landing.title')}>
      <Typography.Paragraph style={{ fontSize: 16 }}>{t('landing.intro')}</Typography.Paragraph>
      {setup.data?.isSetupNeeded && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('landing.setupNeeded')}
          action={<Link to="/setup">{t('landing.goToSetup')}</Link>}
        />
      )}
      <SectionGrid
        sections={[
          { key: 'landing.portal', icon: <TeamOutlined />, to: '/portal' },
          { key: 'landing.staff', icon: <IdcardOutlined />, to: '/signin' },
          { key: 'landing.virtualPhone', icon: <MobileOutlined />, to: '/virtual-phone' },
          { key: 'landing.device', icon: <DesktopOutlined />, to: '/device' },
        ]}
      />
    </Shell>
  )
}
