import { roles } from '@yimin/shared'
import { Col, Row, Statistic } from 'antd'
import { lazy, Suspense, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useDevices, useUsers } from '../../api/admin'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Loading } from '../../components/Loading'

const BarChart = lazy(() => import('../../components/BarChart'))

/** Real figures the supervisor may already read: active staff per role and devices in service. */
export function StaffOverview() {
  const { t, i18n } = useTranslation()
  const users = useUsers()
  const devices = useDevices()
  const bars = useMemo(() => {
    const active = (users.data ?? []).filter((u) => !u.isDisabled)
    return roles.map((role) => ({ label: t(`roles.${role}`), value: active.filter((u) => u.grants.some((g) => g.role === role)).length }))
  }, [users.data, t])
  if (users.isPending || devices.isPending) return <Loading />
  if (users.isError || devices.isError) return <ErrorAlert error={users.error ?? devices.error} />
  const inService = devices.data.filter((d) => d.revokedAt === null).length
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} md={8}>
        <Statistic title={t('supervision.overview.activeStaff')} value={users.data.filter((u) => !u.isDisabled).length} />
        <Statistic style={{ marginTop: 16 }} title={t('supervision.overview.devicesInService')} value={inService} />
      </Col>
      <Col xs={24} md={16}>
        <Suspense fallback={<Loading />}>
          <BarChart bars={bars} label={t('supervision.overview.staffByRole')} isRtl={i18n.dir() === 'rtl'} />
        </Suspense>
        <ul className="yimin-sr-only" aria-label={t('supervision.overview.staffByRole')}>
          {bars.map((b) => (
            <li key={b.label}>
              {b.label}: {b.value}
            </li>
          ))}
        </ul>
      </Col>
    </Row>
  )
}
