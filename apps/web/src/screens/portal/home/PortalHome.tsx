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
} from '@ant-design/icons'
import { Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useCitizen } from '../../../api/citizen'
import { Shell } from '../../../app/Shell'
import { IconGrid } from './IconGrid'
import { MyCorner, SignInButton } from './MyCorner'
import { PopularGrid } from './PopularGrid'
import './portal-home.css'

/**
 * The citizen and enterprise portal (public), laid out like the provincial service apps: search
 * on top, an icon grid of the services, sign-in in the title row, then 常办事项 and, once signed
 * in, my cases and appointments. At 360 × 740 search, the grid and sign-in need no scrolling.
 */
export function PortalHome() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const me = useCitizen()
  const services = [
    { key: 'guides', icon: <BookOutlined />, to: '/portal/guide' },
    { key: 'apply', icon: <CloudUploadOutlined />, to: '/portal/apply' },
    { key: 'myCases', icon: <AuditOutlined />, to: '/portal/my-cases' },
    { key: 'progress', icon: <FileSearchOutlined />, to: '/portal/progress' },
    { key: 'appointments', icon: <CalendarOutlined />, to: '/portal/appointments' },
    { key: 'hallGuide', icon: <EnvironmentOutlined />, to: '/portal/hall' },
    { key: 'ratings', icon: <LikeOutlined />, to: '/rate' },
    { key: 'trading', icon: <BankOutlined />, to: '/portal/trading' },
  ]
  return (
    <Shell title={t('portal.title')} extra={<SignInButton me={me.data} />}>
      <form
        role="search"
        className="yimin-portal-search"
        aria-label={t('guide.searchLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Input.Search
          id="portal-q"
          size="large"
          aria-label={t('guide.searchLabel')}
          enterButton={t('guide.search')}
          placeholder={t('guide.searchPlaceholder')}
          onSearch={(q) =>
            void navigate(`/portal/guide${q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`)
          }
        />
      </form>
      <IconGrid
        label={t('portal.home.services')}
        tiles={services.map((s) => ({
          key: s.key,
          icon: s.icon,
          to: s.to,
          label: s.key === 'trading' ? t('trading.portalLink.title') : t(`portal.${s.key}.title`),
        }))}
      />
      <MyCorner me={me.data} />
      <PopularGrid />
      <p className="yimin-portal-section">
        <Link to="/performance">
          <BarChartOutlined aria-hidden /> {t('performance.portal.title')}
        </Link>
      </p>
    </Shell>
  )
}
