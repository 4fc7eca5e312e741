import {
  ApartmentOutlined,
  BankOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DesktopOutlined,
  MailOutlined,
  MessageOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  TeamOutlined,
} from '@ant-design/icons'
import { Grid, Menu } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, useLocation, useOutletContext } from 'react-router'
import type { StaffMe } from '../../api/auth'
import { Shell } from '../../app/Shell'
import { CalendarWarning } from '../../components/CalendarWarning'

/** The admin console's sections, each at its own address under /admin. */
const sections = [
  { path: '/admin', labelKey: 'admin.nav.staff', icon: <TeamOutlined aria-hidden /> },
  { path: '/admin/devices', labelKey: 'admin.nav.devices', icon: <DesktopOutlined aria-hidden /> },
  { path: '/admin/org', labelKey: 'admin.nav.organisation', icon: <ApartmentOutlined aria-hidden /> },
  { path: '/admin/hall', labelKey: 'admin.nav.hall', icon: <BankOutlined aria-hidden /> },
  { path: '/admin/catalog', labelKey: 'admin.nav.catalog', icon: <ProfileOutlined aria-hidden /> },
  { path: '/admin/bundles', labelKey: 'admin.nav.bundles', icon: <ClusterOutlined aria-hidden /> },
  { path: '/admin/queue', labelKey: 'admin.nav.queue', icon: <OrderedListOutlined aria-hidden /> },
  { path: '/admin/calendar', labelKey: 'admin.nav.calendar', icon: <CalendarOutlined aria-hidden /> },
  { path: '/admin/sms-templates', labelKey: 'admin.nav.smsTemplates', icon: <MessageOutlined aria-hidden /> },
  { path: '/admin/sms-log', labelKey: 'admin.nav.smsLog', icon: <MailOutlined aria-hidden /> },
  {
    path: '/admin/trading-timetable',
    labelKey: 'admin.nav.tradingTimetable',
    icon: <CalendarOutlined aria-hidden />,
  },
  {
    path: '/tools/working-days',
    labelKey: 'admin.nav.workingDays',
    icon: <CalculatorOutlined aria-hidden />,
  },
] as const

function currentSection(pathname: string): string {
  const match = [...sections].reverse().find((s) => s.path !== '/admin' && pathname.startsWith(s.path))
  return match?.path ?? '/admin'
}

/** The admin console: the calendar warning on every page, the section menu, the section. */
export function AdminLayout({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  const location = useLocation()
  // twelve sections do not fit one row at 1440 px: a column beside the page on wide screens
  const isWide = Grid.useBreakpoint().xl === true
  return (
    <Shell me={me} title={t('admin.title')} wide>
      <CalendarWarning linkTo="/admin/calendar" />
      <div className="yimin-admin">
        <nav aria-label={t('admin.nav.label')} className="yimin-admin-nav">
          <Menu
            mode={isWide ? 'inline' : 'horizontal'}
            disabledOverflow
            selectedKeys={[currentSection(location.pathname)]}
            style={{ borderRadius: 6, flexWrap: 'wrap', borderInlineEnd: 'none' }}
            items={sections.map((s) => ({
              key: s.path,
              icon: s.icon,
              label: (
                <Link
                  to={s.path}
                  aria-current={currentSection(location.pathname) === s.path ? 'page' : undefined}
                >
                  {t(s.labelKey)}
                </Link>
              ),
            }))}
          />
        </nav>
        <div className="yimin-admin-page">
          <Outlet context={me} />
        </div>
      </div>
    </Shell>
  )
}

/** The signed-in administrator, for the sections inside the layout. */
export function useAdminMe(): StaffMe {
  return useOutletContext<StaffMe>()
}
