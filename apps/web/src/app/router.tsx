import { roles } from '@yimin/shared'
import { lazy, Suspense } from 'react'
import { createBrowserRouter, Outlet } from 'react-router'
import { PageLoading } from '../components/PageLoading'
import { loadTexts } from '../i18n/setup'
import type { TextPack } from '../i18n/text-packs'
import { RequireDevice, RequireStaff } from './guards'

/**
 * Every screen is its own chunk, loaded when its route is first shown: the kiosk, the displays
 * and the portal never download the admin, supervision or chart code. A screen's texts come with
 * it: a small pack for the displays, the kiosk and the portal's home, the whole language for the
 * rest (`i18n/text-packs.ts`). To add a screen, add one `lazy(...)` line and one route entry.
 */
const named =
  <K extends string>(name: K) =>
  <M extends Record<K, unknown>>(module: M): { default: M[K] } => ({ default: module[name] })

/** A screen's module once its texts are here too (fetched beside it: `loadTexts`). */
const withTexts = <M,>(pack: TextPack, module: Promise<M>): Promise<M> =>
  Promise.all([module, loadTexts(pack)]).then(([loaded]) => loaded)

/** While a screen's chunk loads: the accessible "loading" status (role=status, polite). */
function ScreenOutlet() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Outlet />
    </Suspense>
  )
}

const AntdLayout = lazy(() => import('./AntdProviders').then(named('AntdLayout')))
const AdminLayout = lazy(() =>
  withTexts('all', import('../screens/admin/AdminLayout')).then(named('AdminLayout')),
)
const CalendarSection = lazy(() =>
  withTexts('all', import('../screens/admin/calendar/CalendarSection')).then(named('CalendarSection')),
)
const BundlesSection = lazy(() =>
  withTexts('all', import('../screens/admin/catalog/BundlesSection')).then(named('BundlesSection')),
)
const CatalogList = lazy(() =>
  withTexts('all', import('../screens/admin/catalog/CatalogList')).then(named('CatalogList')),
)
const MatterEditorPage = lazy(() =>
  withTexts('all', import('../screens/admin/catalog/MatterEditor')).then(named('MatterEditorPage')),
)
const DevicesPanel = lazy(() =>
  withTexts('all', import('../screens/admin/devices/DevicesPanel')).then(named('DevicesPanel')),
)
const HallSection = lazy(() =>
  withTexts('all', import('../screens/admin/hall/HallSection')).then(named('HallSection')),
)
const OrganisationSection = lazy(() =>
  withTexts('all', import('../screens/admin/org/OrganisationSection')).then(named('OrganisationSection')),
)
const QueueSection = lazy(() =>
  withTexts('all', import('../screens/admin/queue/QueueSection')).then(named('QueueSection')),
)
const SmsTemplatesSection = lazy(() =>
  withTexts('all', import('../screens/admin/sms-templates/SmsTemplatesSection')).then(
    named('SmsTemplatesSection'),
  ),
)
const SmsLogSection = lazy(() =>
  withTexts('all', import('../screens/admin/sms/SmsLogSection')).then(named('SmsLogSection')),
)
const UsersPanel = lazy(() =>
  withTexts('all', import('../screens/admin/staff/UsersPanel')).then(named('UsersPanel')),
)
const CasePage = lazy(() => withTexts('all', import('../screens/cases/CasePage')).then(named('CasePage')))
const CounterHome = lazy(() =>
  withTexts('all', import('../screens/counter/CounterHome')).then(named('CounterHome')),
)
const DeviceActivation = lazy(() =>
  withTexts('all', import('../screens/device/DeviceActivation')).then(named('DeviceActivation')),
)
const HallDisplay = lazy(() =>
  withTexts('display', import('../screens/hall-display/HallDisplay')).then(named('HallDisplay')),
)
const KioskHome = lazy(() =>
  withTexts('kiosk', import('../screens/kiosk/KioskHome')).then(named('KioskHome')),
)
const Landing = lazy(() => withTexts('all', import('../screens/landing/Landing')).then(named('Landing')))
const NotFound = lazy(() => withTexts('all', import('../screens/not-found/NotFound')).then(named('NotFound')))
const BundlePage = lazy(() =>
  withTexts('all', import('../screens/portal/guide/BundlePage')).then(named('BundlePage')),
)
const GuidePage = lazy(() =>
  withTexts('all', import('../screens/portal/guide/GuidePage')).then(named('GuidePage')),
)
const GuideSearch = lazy(() =>
  withTexts('all', import('../screens/portal/guide/GuideSearch')).then(named('GuideSearch')),
)
const HallGuidePage = lazy(() =>
  withTexts('all', import('../screens/portal/guide/HallGuidePage')).then(named('HallGuidePage')),
)
const PublicPerformance = lazy(() =>
  withTexts('all', import('../screens/performance/PublicPerformance')).then(named('PublicPerformance')),
)
const PortalHome = lazy(() =>
  withTexts('portal', import('../screens/portal/home/PortalHome')).then(named('PortalHome')),
)
const ProgressPage = lazy(() =>
  withTexts('all', import('../screens/portal/progress/ProgressPage')).then(named('ProgressPage')),
)
const CitizenSignIn = lazy(() =>
  withTexts('all', import('../screens/portal/account/CitizenSignIn')).then(named('CitizenSignIn')),
)
const ApplyPage = lazy(() =>
  withTexts('all', import('../screens/portal/apply/ApplyPage')).then(named('ApplyPage')),
)
const ApplyStart = lazy(() =>
  withTexts('all', import('../screens/portal/apply/ApplyStart')).then(named('ApplyStart')),
)
const MyCasePage = lazy(() =>
  withTexts('all', import('../screens/portal/my-cases/MyCasePage')).then(named('MyCasePage')),
)
const MyCasesPage = lazy(() =>
  withTexts('all', import('../screens/portal/my-cases/MyCasesPage')).then(named('MyCasesPage')),
)
const AppointmentsPage = lazy(() =>
  withTexts('all', import('../screens/portal/appointments/AppointmentsPage')).then(named('AppointmentsPage')),
)
const BidderWorkspace = lazy(() =>
  withTexts('all', import('../screens/bidding/BidderWorkspace')).then(named('BidderWorkspace')),
)
const BidderStaff = lazy(() =>
  withTexts('all', import('../screens/bidding/BidderStaff')).then(named('BidderStaff')),
)
const BidderRegister = lazy(() =>
  withTexts('all', import('../screens/bidding/BidderRegister')).then(named('BidderRegister')),
)
const OpeningPage = lazy(() =>
  withTexts('all', import('../screens/bidding/OpeningPage')).then(named('OpeningPage')),
)
const VerifyReceipt = lazy(() =>
  withTexts('all', import('../screens/bidding/VerifyReceipt')).then(named('VerifyReceipt')),
)
const TicketStatusPage = lazy(() =>
  withTexts('all', import('../screens/queue/TicketStatusPage')).then(named('TicketStatusPage')),
)
const RatingPad = lazy(() =>
  withTexts('all', import('../screens/rating-pad/RatingPad')).then(named('RatingPad')),
)
const AppealDecisions = lazy(() =>
  withTexts('all', import('../screens/ratings/AppealDecisions')).then(named('AppealDecisions')),
)
const RatePage = lazy(() => withTexts('all', import('../screens/ratings/RatePage')).then(named('RatePage')))
const RectificationWorklist = lazy(() =>
  withTexts('all', import('../screens/ratings/RectificationWorklist')).then(named('RectificationWorklist')),
)
const SetupForm = lazy(() => withTexts('all', import('../screens/setup/SetupForm')).then(named('SetupForm')))
const SignIn = lazy(() => withTexts('all', import('../screens/signin/SignIn')).then(named('SignIn')))
const SecurityPage = lazy(() =>
  withTexts('all', import('../screens/security/SecurityPage')).then(named('SecurityPage')),
)
const SupervisionHome = lazy(() =>
  withTexts('all', import('../screens/supervision/SupervisionHome')).then(named('SupervisionHome')),
)
const WorkingDays = lazy(() =>
  withTexts('all', import('../screens/tools/WorkingDays')).then(named('WorkingDays')),
)
const AgencyWorkspace = lazy(() =>
  withTexts('all', import('../screens/trading/AgencyWorkspace')).then(named('AgencyWorkspace')),
)
const TimetableSection = lazy(() =>
  withTexts('all', import('../screens/trading/TimetableSection')).then(named('TimetableSection')),
)
const TradingBoard = lazy(() =>
  withTexts('all', import('../screens/trading/TradingBoard')).then(named('TradingBoard')),
)
const CenterDesk = lazy(() =>
  withTexts('all', import('../screens/trading/CenterDesk')).then(named('CenterDesk')),
)
const PublicAnnouncementPage = lazy(() =>
  withTexts('all', import('../screens/trading/PublicAnnouncementPage')).then(named('PublicAnnouncementPage')),
)
const PublicTrading = lazy(() =>
  withTexts('all', import('../screens/trading/PublicTrading')).then(named('PublicTrading')),
)
const ExpertPool = lazy(() =>
  withTexts('all', import('../screens/evaluation/ExpertPool')).then(named('ExpertPool')),
)
const LotProcess = lazy(() =>
  withTexts('all', import('../screens/evaluation/LotProcess')).then(named('LotProcess')),
)
const MemberTerminal = lazy(() =>
  withTexts('all', import('../screens/evaluation/MemberTerminal')).then(named('MemberTerminal')),
)
const AwardVerify = lazy(() =>
  withTexts('all', import('../screens/evaluation/AwardVerify')).then(named('AwardVerify')),
)
const VirtualPhone = lazy(() =>
  withTexts('all', import('../screens/virtual-phone/VirtualPhone')).then(named('VirtualPhone')),
)
const WindowDisplay = lazy(() =>
  withTexts('display', import('../screens/window-display/WindowDisplay')).then(named('WindowDisplay')),
)
const DeviceWall = lazy(() =>
  withTexts('all', import('../screens/supervision-wall/SupervisionWall')).then(named('DeviceWall')),
)
const StaffWall = lazy(() =>
  withTexts('all', import('../screens/supervision-wall/SupervisionWall')).then(named('StaffWall')),
)
const WorkbenchHome = lazy(() =>
  withTexts('all', import('../screens/workbench/WorkbenchHome')).then(named('WorkbenchHome')),
)

export const router = createBrowserRouter([
  {
    element: <ScreenOutlet />,
    children: [
      // the screens built with antd (its theme, locale and direction around them)
      {
        element: <AntdLayout />,
        children: [
          { path: '/', element: <Landing /> },
          { path: '/signin', element: <SignIn /> },
          { path: '/setup', element: <SetupForm /> },
          {
            path: '/security',
            element: <RequireStaff roles={roles}>{(me) => <SecurityPage me={me} />}</RequireStaff>,
          },
          { path: '/portal', element: <PortalHome /> },
          { path: '/portal/guide', element: <GuideSearch /> },
          { path: '/portal/guide/:code', element: <GuidePage /> },
          { path: '/portal/bundles/:code', element: <BundlePage /> },
          { path: '/portal/progress', element: <ProgressPage /> },
          { path: '/portal/sign-in', element: <CitizenSignIn /> },
          { path: '/portal/apply', element: <ApplyStart /> },
          { path: '/portal/apply/:id', element: <ApplyPage /> },
          { path: '/portal/my-cases', element: <MyCasesPage /> },
          { path: '/portal/my-cases/:id', element: <MyCasePage /> },
          { path: '/portal/hall', element: <HallGuidePage /> },
          { path: '/portal/appointments', element: <AppointmentsPage /> },
          { path: '/portal/trading', element: <PublicTrading /> },
          { path: '/portal/trading/announcements/:id', element: <PublicAnnouncementPage /> },
          { path: '/performance', element: <PublicPerformance /> },
          {
            path: '/trading/agency',
            element: (
              <RequireStaff roles={['trading_agency', 'trading_tenderee', 'trading_supervisor']}>
                {(me) => <AgencyWorkspace me={me} />}
              </RequireStaff>
            ),
          },
          { path: '/trading/bidder/register', element: <BidderRegister /> },
          { path: '/portal/trading/verify-receipt', element: <VerifyReceipt /> },
          { path: '/portal/trading/awards/:token', element: <AwardVerify /> },
          { path: '/evaluation/terminal', element: <MemberTerminal /> },
          {
            path: '/trading/experts',
            element: <RequireStaff roles={['trading_staff']}>{(me) => <ExpertPool me={me} />}</RequireStaff>,
          },
          {
            path: '/trading/lots/:lotId',
            element: (
              <RequireStaff
                roles={['trading_staff', 'trading_agency', 'trading_tenderee', 'trading_supervisor']}
              >
                {(me) => <LotProcess me={me} />}
              </RequireStaff>
            ),
          },
          {
            path: '/trading/bidder/staff',
            element: (
              <RequireStaff roles={['trading_bidder']}>{(me) => <BidderStaff me={me} />}</RequireStaff>
            ),
          },
          {
            path: '/trading/bidder',
            element: (
              <RequireStaff roles={['trading_bidder']}>{(me) => <BidderWorkspace me={me} />}</RequireStaff>
            ),
          },
          {
            path: '/trading/openings/:lotId',
            element: (
              <RequireStaff
                roles={[
                  'trading_bidder',
                  'trading_staff',
                  'trading_agency',
                  'trading_tenderee',
                  'trading_supervisor',
                ]}
              >
                {(me) => <OpeningPage me={me} />}
              </RequireStaff>
            ),
          },
          {
            path: '/trading/board',
            element: (
              <RequireStaff roles={['trading_supervisor', 'trading_staff', 'admin']}>
                {(me) => <TradingBoard me={me} />}
              </RequireStaff>
            ),
          },
          {
            path: '/trading/center',
            element: <RequireStaff roles={['trading_staff']}>{(me) => <CenterDesk me={me} />}</RequireStaff>,
          },
          { path: '/queue/ticket/:id', element: <TicketStatusPage /> },
          { path: '/virtual-phone', element: <VirtualPhone /> },
          { path: '/rate', element: <RatePage /> },
          { path: '/device', element: <DeviceActivation /> },
          {
            path: '/counter',
            element: <RequireStaff roles={['clerk']}>{(me) => <CounterHome me={me} />}</RequireStaff>,
          },
          {
            path: '/workbench',
            element: (
              <RequireStaff roles={['handler', 'reviewer', 'approver']}>
                {(me) => <WorkbenchHome me={me} />}
              </RequireStaff>
            ),
          },
          {
            path: '/cases/:id',
            element: (
              <RequireStaff roles={['clerk', 'handler', 'reviewer', 'approver', 'supervisor']}>
                {(me) => <CasePage me={me} />}
              </RequireStaff>
            ),
          },
          {
            path: '/supervision',
            element: (
              <RequireStaff roles={['supervisor']}>{(me) => <SupervisionHome me={me} />}</RequireStaff>
            ),
          },
          {
            path: '/ratings/rectifications',
            element: (
              <RequireStaff roles={['handler', 'reviewer', 'approver', 'supervisor']}>
                {(me) => <RectificationWorklist me={me} />}
              </RequireStaff>
            ),
          },
          {
            path: '/ratings/appeals',
            element: (
              <RequireStaff roles={['supervisor']}>{(me) => <AppealDecisions me={me} />}</RequireStaff>
            ),
          },
          {
            path: '/admin',
            element: <RequireStaff roles={['admin']}>{(me) => <AdminLayout me={me} />}</RequireStaff>,
            children: [
              { index: true, element: <UsersPanel /> },
              { path: 'devices', element: <DevicesPanel /> },
              { path: 'org', element: <OrganisationSection /> },
              { path: 'hall', element: <HallSection /> },
              { path: 'catalog', element: <CatalogList /> },
              { path: 'catalog/new', element: <MatterEditorPage /> },
              { path: 'catalog/:id', element: <MatterEditorPage /> },
              { path: 'bundles', element: <BundlesSection /> },
              { path: 'queue', element: <QueueSection /> },
              { path: 'calendar', element: <CalendarSection /> },
              { path: 'sms-templates', element: <SmsTemplatesSection /> },
              { path: 'sms-log', element: <SmsLogSection /> },
              { path: 'trading-timetable', element: <TimetableSection /> },
            ],
          },
          {
            path: '/tools/working-days',
            element: <RequireStaff roles={roles}>{(me) => <WorkingDays me={me} />}</RequireStaff>,
          },
          {
            path: '/kiosk',
            element: <RequireDevice kind="kiosk">{(me) => <KioskHome me={me} />}</RequireDevice>,
          },
          {
            path: '/rating-pad',
            element: <RequireDevice kind="rating_pad">{(me) => <RatingPad me={me} />}</RequireDevice>,
          },
          { path: '*', element: <NotFound /> },
        ],
      },
      // the hall and window displays: plain HTML and CSS, no antd
      {
        path: '/display/hall',
        element: <RequireDevice kind="hall_display">{(me) => <HallDisplay me={me} />}</RequireDevice>,
      },
      {
        path: '/display/wall',
        element: <RequireDevice kind="wall_display">{(me) => <DeviceWall me={me} />}</RequireDevice>,
      },
      {
        path: '/supervision/wall',
        element: <RequireStaff roles={['supervisor']}>{() => <StaffWall />}</RequireStaff>,
      },
      {
        path: '/display/window',
        element: <RequireDevice kind="window_display">{(me) => <WindowDisplay me={me} />}</RequireDevice>,
      },
    ],
  },
])
