import { Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useHalls } from '../../../api/org'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { Loading } from '../../../components/Loading'
import { useLocalName } from '../../../components/names'
import { useAdminMe } from '../AdminLayout'
import { FacilitiesCard } from './FacilitiesCard'
import { FloorsCard } from './FloorsCard'
import { HallInfoCard } from './HallInfoCard'
import { QueueCategoriesCard } from './QueueCategoriesCard'

/** The hall: its floors, areas and windows, facilities, and the queue categories windows serve. */
export function HallSection() {
  const { t } = useTranslation()
  const name = useLocalName()
  const canManage = useAdminMe().permissions.includes('org.manage')
  const halls = useHalls()
  const [hallId, setHallId] = useState<string | null>(null)
  if (halls.isPending) return <Loading />
  const all = halls.data ?? []
  const hall = all.find((h) => h.id === hallId) ?? all[0] ?? null
  return (
    <>
      <ErrorAlert error={halls.error} />
      {all.length > 1 && (
        <Space style={{ marginBottom: 12 }}>
          <label htmlFor="hall-select">{t('admin.hall.pick')}</label>
          <Select
            id="hall-select"
            value={hall?.id}
            onChange={setHallId}
            options={all.map((h) => ({ value: h.id, label: name(h) }))}
            style={{ minWidth: 240 }}
          />
        </Space>
      )}
      <HallInfoCard hall={hall} canManage={canManage} />
      {hall && <FloorsCard hall={hall} canManage={canManage} />}
      {hall && <FacilitiesCard hall={hall} canManage={canManage} />}
      <QueueCategoriesCard canManage={canManage} />
    </>
  )
}
