import { createBrowserRouter } from 'react-router'
import { AdminHome } from '../screens/admin/AdminHome'
import { CounterHome } from '../screens/counter/CounterHome'
import { DeviceActivation } from '../screens/device/DeviceActivation'
import { HallDisplay } from '../screens/hall-display/HallDisplay'
import { KioskHome } from '../screens/kiosk/KioskHome'
import { Landing } from '../screens/landing/Landing'
import { NotFound } from '../screens/not-found/NotFound'
import { PortalHome } from '../screens/portal/PortalHome'
import { RatingPad } from '../screens/rating-pad/RatingPad'
import { SetupForm } from '../screens/setup/SetupForm'
import { SignIn } from '../screens/signin/SignIn'
import { SupervisionHome } from '../screens/supervision/SupervisionHome'
import { VirtualPhone } from '../screens/virtual-phone/VirtualPhone'
import { WindowDisplay } from '../screens/window-display/WindowDisplay'
import { WorkbenchHome } from '../screens/workbench/WorkbenchHome'
import { RequireDevice, RequireStaff } from './guards'

export const router = createBrowserRouter([
  { path: '/', element: <Landing /> },
  { path: '/signin', element: <SignIn /> },
  { path: '/setup', element: <SetupForm /> },
  { path: '/portal', element: <PortalHome /> },
  { path: '/virtual-phone', element: <VirtualPhone /> },
  { path: '/device', element: <DeviceActivation /> },
  { path: '/counter', element: <RequireStaff roles={['clerk']}>{(me) => <CounterHome me={me} />}</RequireStaff> },
  { path: '/workbench', element: <RequireStaff roles={['handler', 'reviewer', 'approver']}>{(me) => <WorkbenchHome me={me} />}</RequireStaff> },
  { path: '/supervision', element: <RequireStaff roles={['supervisor']}>{(me) => <SupervisionHome me={me} />}</RequireStaff> },
  { path: '/admin', element: <RequireStaff roles={['admin']}>{(me) => <AdminHome me={me} />}</RequireStaff> },
  { path: '/kiosk', element: <RequireDevice kind="kiosk">{(me) => <KioskHome me={me} />}</RequireDevice> },
  { path: '/display/hall', element: <RequireDevice kind="hall_display">{(me) => <HallDisplay me={me} />}</RequireDevice> },
  { path: '/display/window', element: <RequireDevice kind="window_display">{(me) => <WindowDisplay me={me} />}</RequireDevice> },
  { path: '/rating-pad', element: <RequireDevice kind="rating_pad">{(me) => <RatingPad me={me} />}</RequireDevice> },
  { path: '*', element: <NotFound /> },
])
