import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  LikeOutlined,
  LoginOutlined,
} from '@ant-design/icons'
import { Alert, Card, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Shell } from '../../app/Shell'
import { SectionGrid } from '../../components/SectionGrid'
import { BundleList } from './guide/BundleList'

/** The citizen and enterprise portal (public). Phone-friendly down to 360 px. */
export function PortalHome() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Shell title={t('portal.title')}>
      <Card style={{ marginBottom: 16 }}>
        <form role="search" aria-label={t('guide.searchLabel')} onSubmit={(e) => e.preventDefault()}>
          <label
            htmlFor="portal-q"
            style={{ display: 'block', fontSize: 18, fontWeight: 600, marginBottom: 8 }}
          >
            {t('guide.searchLabel')}
          </label>
          <Input.Search
            id="portal-q"
            size="large"
            enterButton={t('guide.search')}
            placeholder={t('guide.searchPlaceholder')}
            onSearch={(q) =>
              void navigate(`/portal/guide${q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`)
            }
          />
        </form>
      </Card>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('portal.intro')} />
      <SectionGrid
        sections={[
          { key: 'portal.guides', icon: <BookOutlined />, to: '/portal/guide' },
          { key: 'portal.apply', icon: <CloudUploadOutlined />, to: '/portal/apply' },
          { key: 'portal.myCases', icon: <AuditOutlined />, to: '/portal/my-cases' },
          { key: 'portal.progress', icon: <FileSearchOutlined />, to: '/portal/progress' },
          { key: 'portal.hallGuide', icon: <EnvironmentOutlined />, to: '/portal/hall' },
          { key: 'portal.appointments', icon: <CalendarOutlined />, to: '/portal/appointments' },
          { key: 'portal.ratings', icon: <LikeOutlined />, to: '/rate' },
          { key: 'performance.portal', icon: <BarChartOutlined />, to: '/performance' },
          { key: 'trading.portalLink', icon: <BankOutlined />, to: '/portal/trading' },
          { key: 'portal.signIn', icon: <LoginOutlined />, to: '/portal/sign-in' },
        ]}
      />
      <BundleList />
    </Shell>
  )
}
