import { roles } from '@yimin/shared'
import { createBrowserRouter } from 'react-router'
import { AdminLayout } from '../screens/admin/AdminLayout'
import { CalendarSection } from '../screens/admin/calendar/CalendarSection'
import { BundlesSection } from '../screens/admin/catalog/BundlesSection'
import { CatalogList } from '../screens/admin/catalog/CatalogList'
import { MatterEditorPage } from '../screens/admin/catalog/MatterEditor'
import { DevicesPanel } from '../screens/admin/devices/DevicesPanel'
import { HallSection } from '../screens/admin/hall/HallSection'
import { OrganisationSection } from '../screens/admin/org/OrganisationSection'
import { QueueSection } from '../screens/admin/queue/QueueSection'
import { SmsTemplatesSection } from '../screens/admin/sms-templates/SmsTemplatesSection'
import { SmsLogSection } from '../screens/admin/sms/SmsLogSection'
import { UsersPanel } from '../screens/admin/staff/UsersPanel'
import { CasePage } from '../screens/cases/CasePage'
import { CounterHome } from '../screens/counter/CounterHome'
import { DeviceActivation } from '../screens/device/DeviceActivation'
import { HallDisplay } from '../screens/hall-display/HallDisplay'
import { KioskHome } from '../screens/kiosk/KioskHome'
import { Landing } from '../screens/landing/Landing'
import { NotFound } from '../screens/not-found/NotFound'
import { BundlePage } from '../screens/portal/guide/BundlePage'
import { GuidePage } from '../screens/portal/guide/GuidePage'
import { GuideSearch } from '../screens/portal/guide/GuideSearch'
import { HallGuidePage } from '../screens/portal/guide/HallGuidePage'
import { PublicPerformance } from '../screens/performance/PublicPerformance'
import { PortalHome } from '../screens/portal/PortalHome'
import { ProgressPage } from '../screens/portal/progress/ProgressPage'
import { CitizenSignIn } from '../screens/portal/account/CitizenSignIn'
import { ApplyPage } from '../screens/portal/apply/ApplyPage'
import { ApplyStart } from '../screens/portal/apply/ApplyStart'
import { MyCasePage } from '../screens/portal/my-cases/MyCasePage'
import { MyCasesPage } from '../screens/portal/my-cases/MyCasesPage'
import { AppointmentsPage } from '../screens/portal/appointments/AppointmentsPage'
import { TicketStatusPage } from '../screens/queue/TicketStatusPage'
import { RatingPad } from '../screens/rating-pad/RatingPad'
import { AppealDecisions } from '../screens/ratings/AppealDecisions'
import { RatePage } from '../screens/ratings/RatePage'
import { RectificationWorklist } from '../screens/ratings/RectificationWorklist'
import { SetupForm } from '../screens/setup/SetupForm'
import { SignIn } from '../screens/signin/SignIn'
import { SupervisionHome } from '../screens/supervision/SupervisionHome'
import { WorkingDays } from '../screens/tools/WorkingDays'
import { VirtualPhone } from '../screens/virtual-phone/VirtualPhone'
import { WindowDisplay } from '../screens/window-display/WindowDisplay'
import { WorkbenchHome } from '../screens/workbench/WorkbenchHome'
import { AgencyWorkspace } from '../screens/trading/AgencyWorkspace'
import { CenterDesk } from '../screens/trading/CenterDesk'
import { PublicAnnouncementPage } from '../screens/trading/PublicAnnouncementPage'
import { PublicTrading } from '../screens/trading/PublicTrading'
import { RequireDevice, RequireStaff } from './guards'

export const router = createBrowserRouter([
  { path: '/', element: <Landing /> },
  { path: '/signin', element: <SignIn /> },
  { path: '/setup', element: <SetupForm /> },
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
    element: <RequireStaff roles={['supervisor']}>{(me) => <SupervisionHome me={me} />}</RequireStaff>,
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
    element: <RequireStaff roles={['supervisor']}>{(me) => <AppealDecisions me={me} />}</RequireStaff>,
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
    ],
  },
  {
    path: '/tools/working-days',
    element: <RequireStaff roles={roles}>{(me) => <WorkingDays me={me} />}</RequireStaff>,
  },
  { path: '/kiosk', element: <RequireDevice kind="kiosk">{(me) => <KioskHome me={me} />}</RequireDevice> },
  {
    path: '/display/hall',
    element: <RequireDevice kind="hall_display">{(me) => <HallDisplay me={me} />}</RequireDevice>,
  },
  {
    path: '/display/window',
    element: <RequireDevice kind="window_display">{(me) => <WindowDisplay me={me} />}</RequireDevice>,
  },
  {
    path: '/rating-pad',
    element: <RequireDevice kind="rating_pad">{(me) => <RatingPad me={me} />}</RequireDevice>,
  },
  { path: '*', element: <NotFound /> },
])
