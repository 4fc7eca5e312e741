import type { DeviceKind, Role } from '@yimin/shared'
import { lazy, type ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { useMe, type DeviceMe, type StaffMe } from '../api/auth'
import { PageLoading } from '../components/PageLoading'
import { loadTexts } from '../i18n/setup'
import { deviceHome } from './homes'

// antd's alert and the staff shell load only when they are shown (the displays use no antd)
const ErrorAlert = lazy(() => import('../components/ErrorAlert').then((m) => ({ default: m.ErrorAlert })))
const Forbidden = lazy(() =>
  Promise.all([import('../screens/forbidden/Forbidden'), loadTexts('all')]).then(([m]) => ({
    default: m.Forbidden,
  })),
)

/** Staff screens: a signed-in staff member holding one of the roles, else sign-in. */
export function RequireStaff({
  roles,
  children,
}: {
  roles: readonly Role[]
  children: (me: StaffMe) => ReactNode
}) {
  const me = useMe()
  const location = useLocation()
  if (me.isPending) return <PageLoading />
  if (me.isError) return <ErrorAlert error={me.error} />
  if (me.data.kind !== 'staff') {
    const next = encodeURIComponent(location.pathname)
    return <Navigate to={`/signin?next=${next}`} replace />
  }
  const data = me.data
  // production: an administrator or supervisor without TOTP enrols it before anything else
  if (data.totpEnrolmentRequired && location.pathname !== '/security')
    return <Navigate to="/security" replace />
  if (!data.grants.some((g) => roles.includes(g.role))) return <Forbidden />
  return <>{children(data)}</>
}

/** Device screens: this browser must be activated as a device of that kind, else /device. */
export function RequireDevice({
  kind,
  children,
}: {
  kind: DeviceKind
  children: (me: DeviceMe) => ReactNode
}) {
  const me = useMe()
  if (me.isPending) return <PageLoading />
  if (me.isError) return <ErrorAlert error={me.error} />
  if (me.data.kind !== 'device') return <Navigate to="/device" replace />
  if (me.data.deviceKind !== kind) return <Navigate to={deviceHome[me.data.deviceKind]} replace />
  return <>{children(me.data)}</>
}
