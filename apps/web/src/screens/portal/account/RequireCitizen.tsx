import type { CitizenMe } from '@yimin/shared'
import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { Loading } from '../../../components/Loading'
import { useCitizen } from '../../../api/citizen'

/** Pages of the signed-in citizen: anyone else is sent to the phone sign-in, and comes back. */
export function RequireCitizen({ children }: { children: (me: CitizenMe) => ReactNode }) {
  const me = useCitizen()
  const location = useLocation()
  if (me.isPending) return <Loading />
  if (me.error) return <ErrorAlert error={me.error} />
  if (!me.data)
    return (
      <Navigate
        to={`/portal/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    )
  return <>{children(me.data)}</>
}
