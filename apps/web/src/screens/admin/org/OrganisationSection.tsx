import { useAdminMe } from '../AdminLayout'
import { DepartmentsCard } from './DepartmentsCard'
import { DivisionsCard } from './DivisionsCard'

/** Administrative divisions and departments. */
export function OrganisationSection() {
  const canManage = useAdminMe().permissions.includes('org.manage')
  return (
    <>
      <DivisionsCard canManage={canManage} />
      <DepartmentsCard canManage={canManage} />
    </>
  )
}
